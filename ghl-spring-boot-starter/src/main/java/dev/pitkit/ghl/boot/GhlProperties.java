package dev.pitkit.ghl.boot;

import dev.pitkit.ghl.client.LogLevel;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code ghl.*} properties the starter configures its {@code GhlClient} from. Spring's relaxed
 * binding also reads them from the environment ({@code GHL_API_KEY}, {@code GHL_CONNECTIONS_AGENCY},
 * ...). The API key is never logged, and no {@code toString} shows it.
 */
@ConfigurationProperties(prefix = "ghl")
public class GhlProperties {
  /** The Maton API key (required), sent only as "Authorization: Bearer ...". E.g. ghl.api-key=${MATON_API_KEY}. */
  private String apiKey;

  /** The Maton gateway URL; https unless the host is loopback. */
  private String baseUrl = "https://api.maton.ai";

  /** Connect timeout of each request. */
  private Duration connectTimeout = Duration.ofSeconds(10);

  /** Deadline of each attempt's whole response (headers and body). */
  private Duration readTimeout = Duration.ofSeconds(60);

  /** Retries after the first attempt (408, 429, 5xx and connection failures; POST only when nothing was sent). */
  private int maxRetries = 2;

  /** Longest single wait between two attempts. */
  private Duration maxRetryDelay = Duration.ofSeconds(30);

  /** The longest response body read (after gzip or deflate); a longer success fails, not retried. */
  private DataSize maxResponseSize = DataSize.ofMegabytes(64);

  /** Wire logging (logger dev.pitkit.ghl.client.http); secrets are masked at every level. */
  private LogLevel logLevel = LogLevel.NONE;

  /** Sends this GHL "Version" header on every GHL operation instead of each operation's own. */
  private String versionOverride;

  /** The Maton connections. */
  private final Connections connections = new Connections();

  /** Client-side rate limiting. */
  private final RateLimit rateLimit = new RateLimit();

  /** Micrometer metrics. */
  private final Metrics metrics = new Metrics();

  /** Micrometer Observations (tracing spans). */
  private final Observations observations = new Observations();

  /** The Actuator health indicator of the Maton connections. */
  private final Health health = new Health();

  /** The Maton API key. */
  public String getApiKey() {
    return apiKey;
  }

  /** Sets the Maton API key. */
  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  /** The gateway URL. */
  public String getBaseUrl() {
    return baseUrl;
  }

  /** Sets the gateway URL. */
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The connect timeout. */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /** Sets the connect timeout. */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** The read timeout. */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /** Sets the read timeout. */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /** Retries after the first attempt. */
  public int getMaxRetries() {
    return maxRetries;
  }

  /** Sets the retries after the first attempt. */
  public void setMaxRetries(int maxRetries) {
    this.maxRetries = maxRetries;
  }

  /** The longest wait between attempts. */
  public Duration getMaxRetryDelay() {
    return maxRetryDelay;
  }

  /** Sets the longest wait between attempts. */
  public void setMaxRetryDelay(Duration maxRetryDelay) {
    this.maxRetryDelay = maxRetryDelay;
  }

  /** The longest response body read. */
  public DataSize getMaxResponseSize() {
    return maxResponseSize;
  }

  /** Sets the longest response body read. */
  public void setMaxResponseSize(DataSize maxResponseSize) {
    this.maxResponseSize = maxResponseSize;
  }

  /** The wire log level. */
  public LogLevel getLogLevel() {
    return logLevel;
  }

  /** Sets the wire log level. */
  public void setLogLevel(LogLevel logLevel) {
    this.logLevel = logLevel;
  }

  /** The GHL Version sent instead of each operation's own, or null. */
  public String getVersionOverride() {
    return versionOverride;
  }

  /** Sets the GHL Version sent instead of each operation's own. */
  public void setVersionOverride(String versionOverride) {
    this.versionOverride = versionOverride;
  }

  /** The Maton connections. */
  public Connections getConnections() {
    return connections;
  }

  /** Rate limiting. */
  public RateLimit getRateLimit() {
    return rateLimit;
  }

  /** Metrics. */
  public Metrics getMetrics() {
    return metrics;
  }

  /** Observations. */
  public Observations getObservations() {
    return observations;
  }

  /** Health. */
  public Health getHealth() {
    return health;
  }

  /** {@code ghl.connections.*}: which stored GHL token the gateway injects. */
  public static class Connections {
    /** Maton connection id used for agency operations (locations, snapshots). */
    private String agency;

    /** Maton connection id used for sub-account operations (all CRM data of one location). */
    private String subAccount;

    /** The agency connection id. */
    public String getAgency() {
      return agency;
    }

    /** Sets the agency connection id. */
    public void setAgency(String agency) {
      this.agency = agency;
    }

    /** The sub-account connection id. */
    public String getSubAccount() {
      return subAccount;
    }

    /** Sets the sub-account connection id. */
    public void setSubAccount(String subAccount) {
      this.subAccount = subAccount;
    }
  }

  /** {@code ghl.rate-limit.*}. */
  public static class RateLimit {
    /**
     * Whether requests wait for a client-side budget: GHL's 100 requests / 10 s per connection and
     * Maton's 10 / s in memory, or the application's own RateLimiter bean (e.g. one shared on Redis).
     */
    private boolean enabled = true;

    /** Whether rate limiting is on. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Turns rate limiting on or off. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** {@code ghl.metrics.*}. */
  public static class Metrics {
    /** Whether calls are recorded in the application's MeterRegistry (ghl.client.* meters). */
    private boolean enabled = true;

    /** Tag meters with the connection id instead of its kind (agency, sub-account): one time series per id. */
    private boolean tagConnectionId = false;

    /** Whether metrics are on. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Turns metrics on or off. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** Whether the connection id is a tag. */
    public boolean isTagConnectionId() {
      return tagConnectionId;
    }

    /** Tags the connection id instead of its kind. */
    public void setTagConnectionId(boolean tagConnectionId) {
      this.tagConnectionId = tagConnectionId;
    }
  }

  /** {@code ghl.observations.*}. */
  public static class Observations {
    /** Whether each call is a Micrometer Observation (a span named after the operation) in the application's ObservationRegistry. */
    private boolean enabled = true;

    /** Whether observations are on. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Turns observations on or off. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** {@code ghl.health.*}. */
  public static class Health {
    /** Whether the "ghl" health indicator reports the configured Maton connections (GET /connections/{id}, through the client's rate budget). */
    private boolean enabled = false;

    /** How long a health result is reused before the connections are asked again (0: every time). */
    private Duration cacheTtl = Duration.ofSeconds(60);

    /** Deadline of each connection check (no retries); a probe waits at most this per connection, rate limiter included. */
    private Duration timeout = Duration.ofSeconds(5);

    /** Whether the health indicator is on. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Turns the health indicator on or off. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** How long a result is reused. */
    public Duration getCacheTtl() {
      return cacheTtl;
    }

    /** Sets how long a result is reused. */
    public void setCacheTtl(Duration cacheTtl) {
      this.cacheTtl = cacheTtl;
    }

    /** The deadline of each check. */
    public Duration getTimeout() {
      return timeout;
    }

    /** Sets the deadline of each check. */
    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }
  }
}
