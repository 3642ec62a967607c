package dev.pitkit.ghl.client;

import dev.pitkit.ghl.client.internal.HeaderValues;
import dev.pitkit.ghl.client.internal.Require;
import java.time.Duration;
import java.util.Objects;

/**
 * Per-view or per-call settings that override the client's: the {@code Maton-Connection} to use,
 * retries and the timeout. Immutable; unset fields ({@code null}) inherit. Every value is checked
 * by its builder setter: a connection id must be a safe header value, retries and the retry delay
 * non-negative, the timeout positive; anything else fails there with a
 * {@link dev.pitkit.ghl.client.error.GhlConfigurationException} naming the setting.
 *
 * <pre>{@code
 * ghl.withOptions(RequestOptions.builder().connection("conn_other").maxRetries(0).build())
 *    .contacts().getContact("c1");
 * }</pre>
 */
public final class RequestOptions {
  /** Nothing overridden. */
  public static final RequestOptions NONE = builder().build();

  private final String connection;
  private final Integer maxRetries;
  private final Duration maxRetryDelay;
  private final Boolean retryNonIdempotent;
  private final Duration timeout;

  private RequestOptions(String connection, Integer maxRetries, Duration maxRetryDelay, Boolean retryNonIdempotent,
      Duration timeout) {
    this.connection = connection;
    this.maxRetries = maxRetries;
    this.maxRetryDelay = maxRetryDelay;
    this.retryNonIdempotent = retryNonIdempotent;
    this.timeout = timeout;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Maton connection id for every GHL operation (agency and sub-account alike), or null to inherit. */
  public String connection() {
    return connection;
  }

  /** Retries after the first attempt, or null to inherit. */
  public Integer maxRetries() {
    return maxRetries;
  }

  /** Longest single wait between attempts, or null to inherit. */
  public Duration maxRetryDelay() {
    return maxRetryDelay;
  }

  /** Whether POST is also retried after a timeout or 5xx (may duplicate writes), or null to inherit. */
  public Boolean retryNonIdempotent() {
    return retryNonIdempotent;
  }

  /** Bound of each attempt's whole response (headers and body), or null to inherit. */
  public Duration timeout() {
    return timeout;
  }

  /** These options with {@code other}'s set fields winning. */
  public RequestOptions merge(RequestOptions other) {
    return new RequestOptions(
        other.connection != null ? other.connection : connection,
        other.maxRetries != null ? other.maxRetries : maxRetries,
        other.maxRetryDelay != null ? other.maxRetryDelay : maxRetryDelay,
        other.retryNonIdempotent != null ? other.retryNonIdempotent : retryNonIdempotent,
        other.timeout != null ? other.timeout : timeout);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestOptions r && Objects.equals(connection, r.connection)
        && Objects.equals(maxRetries, r.maxRetries) && Objects.equals(maxRetryDelay, r.maxRetryDelay)
        && Objects.equals(retryNonIdempotent, r.retryNonIdempotent) && Objects.equals(timeout, r.timeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(connection, maxRetries, maxRetryDelay, retryNonIdempotent, timeout);
  }

  @Override
  public String toString() {
    return "RequestOptions[connection=" + connection + ", maxRetries=" + maxRetries + ", maxRetryDelay=" + maxRetryDelay
        + ", retryNonIdempotent=" + retryNonIdempotent + ", timeout=" + timeout + "]";
  }

  /** Builds {@link RequestOptions}; each setter checks its value. */
  public static final class Builder {
    private String connection;
    private Integer maxRetries;
    private Duration maxRetryDelay;
    private Boolean retryNonIdempotent;
    private Duration timeout;

    private Builder() {}

    /** Sends this {@code Maton-Connection} on every GHL operation. */
    public Builder connection(String id) {
      this.connection = HeaderValues.requireSafe(id, "connection id");
      return this;
    }

    /** Retries after the first attempt (0: none). */
    public Builder maxRetries(int n) {
      this.maxRetries = Require.nonNegative(n, "maxRetries");
      return this;
    }

    /** Longest single wait between attempts. */
    public Builder maxRetryDelay(Duration d) {
      this.maxRetryDelay = Require.nonNegative(d, "maxRetryDelay");
      return this;
    }

    /** Opt in to retrying POST after a timeout or 5xx (GHL has no idempotency keys: may duplicate). */
    public Builder retryNonIdempotent(boolean b) {
      this.retryNonIdempotent = b;
      return this;
    }

    /** Timeout of the call's response (headers and body), per attempt; must be positive. */
    public Builder timeout(Duration d) {
      this.timeout = Require.positive(d, "timeout");
      return this;
    }

    /** The options. */
    public RequestOptions build() {
      return new RequestOptions(connection, maxRetries, maxRetryDelay, retryNonIdempotent, timeout);
    }
  }
}
