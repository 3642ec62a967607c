package dev.pitkit.ghl.client;

import dev.pitkit.ghl.client.internal.HeaderValues;
import dev.pitkit.ghl.client.internal.Require;
import java.time.Duration;

/**
 * Per-view or per-call settings that override the client's: the {@code Maton-Connection} to use,
 * retries and the read timeout. Immutable; unset fields ({@code null}) inherit.
 *
 * <pre>{@code
 * ghl.withOptions(RequestOptions.builder().connection("conn_other").maxRetries(0).build())
 *    .contacts().getContact("c1");
 * }</pre>
 *
 * @param connection Maton connection id for every GHL operation (agency and sub-account alike)
 * @param maxRetries retries after the first attempt
 * @param maxRetryDelay longest single wait between attempts
 * @param retryNonIdempotent also retry POST after a timeout or 5xx (may duplicate writes)
 * @param timeout read timeout
 */
public record RequestOptions(String connection, Integer maxRetries, Duration maxRetryDelay,
    Boolean retryNonIdempotent, Duration timeout) {

  /** Nothing overridden. */
  public static final RequestOptions NONE = new RequestOptions(null, null, null, null, null);

  /**
   * Checks the values: a connection id must be a safe header value, retries and the retry delay
   * non-negative, the timeout positive. Each may be null (inherit).
   *
   * @throws dev.pitkit.ghl.client.error.GhlConfigurationException naming the setting when the
   *     connection id is blank or holds whitespace, control characters or braces, {@code maxRetries}
   *     or {@code maxRetryDelay} is negative, or {@code timeout} is zero or negative
   */
  public RequestOptions {
    if (connection != null) {
      HeaderValues.requireSafe(connection, "connection id");
    }
    if (maxRetries != null) {
      Require.nonNegative(maxRetries, "maxRetries");
    }
    if (maxRetryDelay != null) {
      Require.nonNegative(maxRetryDelay, "maxRetryDelay");
    }
    if (timeout != null) {
      Require.positive(timeout, "timeout");
    }
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
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

  /** Builds {@link RequestOptions}. */
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

    /** The options; checked as described on {@link RequestOptions#RequestOptions}. */
    public RequestOptions build() {
      return new RequestOptions(connection, maxRetries, maxRetryDelay, retryNonIdempotent, timeout);
    }
  }
}
