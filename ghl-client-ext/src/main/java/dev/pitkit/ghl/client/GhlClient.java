package dev.pitkit.ghl.client;

import dev.pitkit.ghl.api.GhlApis;
import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.client.internal.ClientCore;
import dev.pitkit.ghl.client.internal.CloseSignal;
import dev.pitkit.ghl.client.internal.LibraryVersion;
import dev.pitkit.ghl.client.internal.MonotonicClock;
import dev.pitkit.ghl.client.internal.Require;
import dev.pitkit.ghl.client.internal.Secret;
import dev.pitkit.ghl.client.internal.WithMatonLimit;
import dev.pitkit.ghl.client.pagination.Pager;
import dev.pitkit.ghl.client.resilience.RateLimiter;
import dev.pitkit.ghl.client.resilience.RetryPolicy;
import dev.pitkit.ghl.client.resilience.Sleeper;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The GoHighLevel API through the Maton gateway.
 *
 * <pre>{@code
 * GhlClient ghl = GhlClient.builder()
 *     .apiKey(System.getenv("MATON_API_KEY"))
 *     .agencyConnection("conn_agency")        // for x-ghl-token: agency operations
 *     .subAccountConnection("conn_sub")       // for sub-account (CRM) operations
 *     .build();
 * ContactResponse c = ghl.contacts().getContact("abc123");
 * ghl.paginate(ContactsApi.class, api -> api.listContacts("loc123", 100, null, null, null),
 *         ContactsListResponse::getContacts)
 *     .stream().limit(500).forEach(...);
 * }</pre>
 *
 * <p>Each accessor ({@link GhlApis}, generated from the spec's tags: {@code contacts()},
 * {@code locations()}, ...) returns the generated Feign interface of one area; every call through it gets
 * {@code Authorization}, the {@code Maton-Connection} its spec operation needs (agency or
 * sub-account), GHL's {@code Version} header, validation before sending, retries, client-side
 * rate limiting and typed {@link dev.pitkit.ghl.client.error.GhlException}s.
 *
 * <p>Immutable and thread-safe. Build one per application: the per-method request plans, the HTTP
 * client and the rate limiter are shared by the client and all its {@link #withConnection views}.
 * {@link #close()} the client built by {@code build()} when the application stops; views share it
 * and closing one does nothing.
 */
public final class GhlClient implements GhlApis, AutoCloseable {
  private final ClientCore core;
  private final RequestOptions options;
  private final boolean view;
  private final Map<Class<?>, Object> apis = new ConcurrentHashMap<>();

  private GhlClient(ClientCore core, RequestOptions options, boolean view) {
    this.core = core;
    this.options = options;
    this.view = view;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A cheap view of this client that sends {@code connectionId} as {@code Maton-Connection} on
   * every GHL operation, agency and sub-account alike (Maton's own connection API never gets one).
   * Shares everything else.
   *
   * @param connectionId a Maton connection id
   * @return the view
   * @throws GhlConfigurationException if the id is null, blank or holds whitespace/control characters
   */
  public GhlClient withConnection(String connectionId) {
    return withOptions(RequestOptions.builder().connection(connectionId).build());
  }

  /**
   * A cheap view for one location of an agency: it sends {@code connectionId} as
   * {@code Maton-Connection} on sub-account operations (CRM data), while agency operations keep the
   * agency connection (where {@link #withConnection} replaces both). Shares everything else.
   *
   * @param connectionId the Maton connection id of the location's sub-account token
   * @return the view
   * @throws GhlConfigurationException if the id is null, blank or holds whitespace/control characters
   */
  public GhlClient withSubAccountConnection(String connectionId) {
    return withOptions(RequestOptions.builder().subAccountConnection(connectionId).build());
  }

  /** A cheap view with {@code overrides} applied on top of this view's options. */
  public GhlClient withOptions(RequestOptions overrides) {
    return new GhlClient(core, options.merge(Require.nonNull(overrides, "options")), true);
  }

  /**
   * Releases what this client owns: its own JDK {@code HttpClient} (closed on JDK 21 and newer,
   * where it can be, which waits for the requests on the wire to be answered; on 17 its connections
   * are left to idle out). Calls made afterwards, through it or any of its views, fail with
   * {@link GhlConfigurationException}, and so do calls under way when they would send again (after
   * waiting for the rate limiter or to retry; a thread waiting in a {@code rateLimiter(...)} of the
   * caller's own is interrupted); a request already on the wire gets its answer. A caller's
   * {@code httpClient(...)}, {@code transport(...)} or {@code rateLimiter(...)} is not closed: it
   * belongs to the caller. On a
   * view, does nothing (close the client the views came from). Closing twice is harmless.
   */
  @Override
  public void close() {
    if (!view) {
      core.close();
    }
  }

  /** The options this view applies. */
  public RequestOptions options() {
    return options;
  }

  /** Any generated API interface, routed and validated like the accessors of {@link GhlApis}. */
  @Override
  public <T> T api(Class<T> apiType) {
    return apiType.cast(apis.computeIfAbsent(apiType, t -> core.api(t, options)));
  }

  /**
   * Auto-pagination over a list operation, in the style its spec declares. {@code firstCall}
   * makes the first request (it is recorded, not sent); {@code items} picks the items of a page.
   *
   * <pre>{@code
   * ghl.paginate(InvoicesApi.class, api -> api.listInvoices("loc123", "location", 100, 0, null, null),
   *         InvoicesListResponse::getInvoices)
   *     .forEach(invoice -> ...);
   * }</pre>
   *
   * @param apiType the generated interface
   * @param firstCall the first page's call
   * @param items the page's items
   * @param <A> the interface
   * @param <R> the response type
   * @param <T> the item type
   * @return a lazy pager carrying this view's connection and options to every page
   */
  public <A, R, T> Pager<R, T> paginate(Class<A> apiType, Function<A, R> firstCall, Function<R, List<T>> items) {
    return Pager.of(api(apiType), apiType, firstCall, items);
  }

  /**
   * Sends a request to a GHL endpoint the generated API does not have (yet), or with a field or
   * value the spec does not list, down the same pipeline as every generated method: this view's
   * connection or the one {@link GhlRawRequest#token()} names, GHL's {@code Version}, checks before
   * sending, the rate limiter, retries by the same rules (a 429 or a request that never left, for every
   * method; a timeout or 5xx for POST and PATCH only with {@code retryNonIdempotent}), typed errors,
   * this view's timeout and the call listener.
   *
   * <pre>{@code
   * GhlRawResponse r = ghl.rawRequest(GhlRawRequest.builder("GET", "/contacts/{contactId}")
   *     .pathParam("contactId", "abc123").build());
   * ContactResponse contact = r.as(ContactResponse.class);
   * }</pre>
   *
   * @param request the request
   * @return its 2xx answer, read whole
   * @throws dev.pitkit.ghl.client.error.GhlValidationException when the request is malformed (not sent)
   * @throws dev.pitkit.ghl.client.error.GhlApiException for a status outside 2xx, by status
   * @throws dev.pitkit.ghl.client.error.GhlException as any call (I/O, timeout, configuration)
   */
  public GhlRawResponse rawRequest(GhlRawRequest request) {
    return new GhlRawResponse(core.raw(Require.nonNull(request, "request"), options));
  }

  @Override
  public String toString() {
    return "GhlClient{" + core.describe(options) + "}";
  }

  /** The library version, as in the User-Agent. */
  public static String version() {
    return LibraryVersion.VERSION;
  }

  /** The User-Agent every request carries: library and Java version. */
  static String userAgent() {
    return "ghl-maton-java/" + version() + " Java/" + System.getProperty("java.version");
  }

  /**
   * Builds a {@link GhlClient}. Every value is checked in {@link #build()}; nothing is sent.
   * Environment variables (read by {@link #fromEnv()}): {@code MATON_API_KEY},
   * {@code GHL_AGENCY_CONNECTION}, {@code GHL_SUB_ACCOUNT_CONNECTION}, {@code MATON_BASE_URL},
   * {@code GHL_LOG_LEVEL}, {@code GHL_VERSION}.
   */
  public static final class Builder {
    /** The Maton gateway. */
    public static final String DEFAULT_BASE_URL = "https://api.maton.ai";
    /** The default of {@link #maxResponseBytes(long)}: 64 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;
    private static final Clock SYSTEM_CLOCK = Clock.systemUTC();

    private String apiKey;
    private String baseUrl = DEFAULT_BASE_URL;
    private String agencyConnection;
    private String subAccountConnection;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private LogLevel logLevel = LogLevel.NONE;
    private String versionOverride;
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private RateLimiter rateLimiter;
    private boolean rateLimiting = true;
    private Clock clock = SYSTEM_CLOCK;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private feign.Client transport;
    private HttpClient httpClient;
    private GhlCallListener callListener = GhlCallListener.NONE;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;

    private Builder() {}

    /** Reads the settings from the process environment (see the class comment). */
    public Builder fromEnv() {
      return fromEnv(System.getenv());
    }

    /**
     * Reads the settings from {@code env}; variables that are absent leave the setting alone. A
     * value {@link #build()} would refuse (an empty one, say) is refused here, naming the variable.
     */
    public Builder fromEnv(Map<String, String> env) {
      Require.nonNull(env, "env");
      // checked here, as build() would, so that a refusal names the variable as well as the setting
      ifSet(env, "MATON_API_KEY", v -> apiKey(Require.headerSafe(v, "apiKey")));
      ifSet(env, "GHL_AGENCY_CONNECTION", v -> agencyConnection(Require.headerSafe(v, "agencyConnection")));
      ifSet(env, "GHL_SUB_ACCOUNT_CONNECTION", v -> subAccountConnection(Require.headerSafe(v, "subAccountConnection")));
      ifSet(env, "MATON_BASE_URL", v -> {
        Require.baseUrl(v);
        baseUrl(v);
      });
      ifSet(env, "GHL_LOG_LEVEL", level -> {
        try {
          logLevel(LogLevel.valueOf(level.trim().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new GhlConfigurationException("GHL_LOG_LEVEL must be one of NONE, BASIC, HEADERS, BODY");
        }
      });
      ifSet(env, "GHL_VERSION", v -> versionOverride(Require.headerSafe(v, "versionOverride")));
      return this;
    }

    private static void ifSet(Map<String, String> env, String name, Consumer<String> setter) {
      String value = env.get(name);
      if (value != null) {
        try {
          setter.accept(value);
        } catch (GhlConfigurationException e) {
          throw e.getMessage().startsWith(name) ? e : new GhlConfigurationException(name + ": " + e.getMessage());
        }
      }
    }

    /** The Maton API key (required). Sent only as {@code Authorization: Bearer ...}; never logged. */
    public Builder apiKey(String key) {
      this.apiKey = key;
      return this;
    }

    /** Gateway URL; default {@code https://api.maton.ai}. Must be https unless loopback. */
    public Builder baseUrl(String url) {
      this.baseUrl = url;
      return this;
    }

    /** Connection used for {@code x-ghl-token: agency} operations (locations, snapshots). */
    public Builder agencyConnection(String id) {
      this.agencyConnection = id;
      return this;
    }

    /** Connection used for {@code x-ghl-token: sub-account} operations (all CRM data). */
    public Builder subAccountConnection(String id) {
      this.subAccountConnection = id;
      return this;
    }

    /** Connect timeout; default 10 s. */
    public Builder connectTimeout(Duration d) {
      this.connectTimeout = d;
      return this;
    }

    /** Read timeout; default 60 s. */
    public Builder readTimeout(Duration d) {
      this.readTimeout = d;
      return this;
    }

    /**
     * The longest response body read, in bytes, after gzip or deflate are undone; default
     * {@link #DEFAULT_MAX_RESPONSE_BYTES} (64 MiB). A success with a longer body fails with
     * {@code GhlInvalidResponseException} and is not retried; an error status keeps its first
     * {@code bytes} (its details are at the start). Bounds the memory one response can take.
     */
    public Builder maxResponseBytes(long bytes) {
      this.maxResponseBytes = Require.positive(bytes, "maxResponseBytes");
      return this;
    }

    /** Wire logging; default {@link LogLevel#NONE}. */
    public Builder logLevel(LogLevel level) {
      this.logLevel = level;
      return this;
    }

    /** Sends this GHL {@code Version} on every GHL operation instead of the spec's per-operation value. */
    public Builder versionOverride(String version) {
      this.versionOverride = version;
      return this;
    }

    /** Retries after the first attempt; default 2. */
    public Builder maxRetries(int n) {
      this.retryPolicy = retryPolicy.withMaxRetries(Require.nonNegative(n, "maxRetries"));
      return this;
    }

    /** Longest single wait between attempts; default 30 s. */
    public Builder maxRetryDelay(Duration d) {
      this.retryPolicy = retryPolicy.withMaxDelay(Require.nonNegative(d, "maxRetryDelay"));
      return this;
    }

    /**
     * The whole retry policy. It replaces what {@link #maxRetries(int)} and {@link #maxRetryDelay(Duration)}
     * set before it; call those after it to change its values.
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Require.nonNull(policy, "retryPolicy");
      return this;
    }

    /**
     * Client-side rate limiting on (default) or off. Off means no limiter at all; the later of this
     * and {@link #rateLimiter(RateLimiter)} wins, as that turns limiting on.
     */
    public Builder rateLimiting(boolean enabled) {
      this.rateLimiting = enabled;
      return this;
    }

    /**
     * A custom limiter (e.g. one shared by several JVMs) in place of the default in-memory one
     * (GHL's 100 requests / 10 s per connection and Maton's 10 / s). Maton's 10 requests per second
     * per API key still applies in this client, in front of yours: each request takes a permit of
     * yours first, then a slot of Maton's window. Turns rate limiting on, should an earlier
     * {@code rateLimiting(false)} (a preset builder's, such as the testkit's) have turned it off.
     */
    public Builder rateLimiter(RateLimiter limiter) {
      this.rateLimiter = Require.nonNull(limiter, "rateLimiter");
      this.rateLimiting = true;
      return this;
    }

    /**
     * Time source for Retry-After dates and, when set, the rate limiter's windows (tests); by
     * default the windows run on {@link System#nanoTime()}, so a system clock step cannot stretch a wait.
     */
    public Builder clock(Clock clock) {
      this.clock = Require.nonNull(clock, "clock");
      return this;
    }

    /** How the client waits (tests inject a fake). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Require.nonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Told about every call and retry, for metrics and tracing (see {@link GhlCallListener});
     * default {@link GhlCallListener#NONE}.
     */
    public Builder callListener(GhlCallListener listener) {
      this.callListener = Require.nonNull(listener, "callListener");
      return this;
    }

    /**
     * Sends through this JDK {@link HttpClient} instead of one of the client's own: for a proxy
     * ({@code ProxySelector}), an {@code SSLContext}, an executor, or an {@code Authenticator} of
     * yours. Its connect timeout and HTTP version apply, so {@link #connectTimeout(Duration)} does
     * not; {@link #readTimeout(Duration)}, retries, rate limiting and everything else do. Plain
     * {@code http://} base URLs are still sent as HTTP/1.1. It must not follow redirects
     * ({@code HttpClient.Redirect.NEVER}, the JDK's default): a followed redirect would carry the
     * API key to wherever it points, so this setter refuses any other policy. A request the JDK
     * writes again on its own is counted in {@code attempts()} and by the rate limiter like any.
     * Default: a client with {@code connectTimeout}, no redirects, HTTP/2 over https.
     */
    public Builder httpClient(HttpClient client) {
      Require.nonNull(client, "httpClient");
      if (client.followRedirects() != HttpClient.Redirect.NEVER) {
        throw new GhlConfigurationException("the HttpClient follows redirects (" + client.followRedirects()
            + "): build it with followRedirects(HttpClient.Redirect.NEVER), so that no redirect can carry the API key"
            + " to another server");
      }
      this.httpClient = client;
      return this;
    }

    /** Replaces the JDK HttpClient transport (advanced; benchmarks and tests). */
    public Builder transport(feign.Client client) {
      this.transport = Require.nonNull(client, "transport");
      return this;
    }

    /** Checks everything and builds the client. */
    public GhlClient build() {
      if (apiKey == null) {
        throw new GhlConfigurationException("apiKey is required: set GhlClient.builder().apiKey(...) or MATON_API_KEY");
      }
      Require.headerSafe(apiKey, "apiKey");
      String url = Require.baseUrl(baseUrl);
      Require.headerSafeIfSet(agencyConnection, "agencyConnection");
      Require.headerSafeIfSet(subAccountConnection, "subAccountConnection");
      Require.headerSafeIfSet(versionOverride, "versionOverride");
      if (logLevel == null) {
        throw new GhlConfigurationException("logLevel must not be null (use LogLevel.NONE to turn wire logging off)");
      }
      if (transport != null && httpClient != null) {
        throw new GhlConfigurationException("set transport(...) or httpClient(...), not both");
      }
      Require.positive(connectTimeout, "connectTimeout");
      Require.positive(readTimeout, "readTimeout");
      Clock windows = clock == SYSTEM_CLOCK ? MonotonicClock.INSTANCE : clock; // no clock steps in waits
      CloseSignal closing = new CloseSignal();
      Sleeper waits = closing.around(sleeper); // close() ends a wait for the limiter or a retry
      RateLimiter limiter = !rateLimiting ? RateLimiter.NONE
          : rateLimiter != null ? new WithMatonLimit(rateLimiter, windows, waits, closing)
          : WithMatonLimit.documentedLimits(windows, waits);
      ClientCore core = new ClientCore(new ClientCore.Settings(new Secret(apiKey), url, agencyConnection,
          subAccountConnection, connectTimeout, readTimeout, logLevel, versionOverride, retryPolicy, limiter, clock,
          waits, userAgent(), httpClient, transport, callListener, maxResponseBytes), closing);
      return new GhlClient(core, RequestOptions.NONE, false);
    }

    @Override
    public String toString() {
      return "GhlClient.Builder{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "****") + "}";
    }
  }
}
