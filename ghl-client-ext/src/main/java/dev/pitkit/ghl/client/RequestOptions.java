package dev.pitkit.ghl.client;

import dev.pitkit.ghl.client.internal.Require;
import jakarta.annotation.Nullable;
import java.time.Duration;

/**
 * Per-view or per-call settings that override the client's: the {@code Maton-Connection} to use
 * (for every GHL operation, or for one kind: {@link Builder#subAccountConnection}), retries and the
 * timeout. Immutable; unset fields ({@code null}) inherit. Every value is checked
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

  /** The values, a record for equals and hashCode. */
  private record Values(String connection, String agencyConnection, String subAccountConnection, Integer maxRetries,
      Duration maxRetryDelay, Boolean retryNonIdempotent, Duration timeout) {}

  private final Values v;

  private RequestOptions(Values v) {
    this.v = v;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Maton connection id for every GHL operation (agency and sub-account alike), or null to inherit. */
  public @Nullable String connection() {
    return v.connection;
  }

  /** Maton connection id for agency operations, over {@link #connection()}; or null to inherit. */
  public @Nullable String agencyConnection() {
    return v.agencyConnection;
  }

  /** Maton connection id for sub-account operations, over {@link #connection()}; or null to inherit. */
  public @Nullable String subAccountConnection() {
    return v.subAccountConnection;
  }

  /** Retries after the first attempt, or null to inherit. */
  public @Nullable Integer maxRetries() {
    return v.maxRetries;
  }

  /** Longest single wait between attempts, or null to inherit. */
  public @Nullable Duration maxRetryDelay() {
    return v.maxRetryDelay;
  }

  /** Whether POST is also retried after a timeout or 5xx (may duplicate writes), or null to inherit. */
  public @Nullable Boolean retryNonIdempotent() {
    return v.retryNonIdempotent;
  }

  /** Bound of each attempt's whole response (headers and body), or null to inherit. */
  public @Nullable Duration timeout() {
    return v.timeout;
  }

  /**
   * These options with {@code other}'s set fields winning. A {@link #connection()} in {@code other}
   * replaces both kinds' connections of these options, as the later choice.
   */
  public RequestOptions merge(RequestOptions other) {
    boolean allKinds = other.v.connection != null;
    return new RequestOptions(new Values(
        allKinds ? other.v.connection : v.connection,
        other.v.agencyConnection != null || allKinds ? other.v.agencyConnection : v.agencyConnection,
        other.v.subAccountConnection != null || allKinds ? other.v.subAccountConnection : v.subAccountConnection,
        other.v.maxRetries != null ? other.v.maxRetries : v.maxRetries,
        other.v.maxRetryDelay != null ? other.v.maxRetryDelay : v.maxRetryDelay,
        other.v.retryNonIdempotent != null ? other.v.retryNonIdempotent : v.retryNonIdempotent,
        other.v.timeout != null ? other.v.timeout : v.timeout));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestOptions r && v.equals(r.v);
  }

  @Override
  public int hashCode() {
    return v.hashCode();
  }

  @Override
  public String toString() {
    return "RequestOptions[connection=" + v.connection + ", agencyConnection=" + v.agencyConnection
        + ", subAccountConnection=" + v.subAccountConnection + ", maxRetries=" + v.maxRetries + ", maxRetryDelay="
        + v.maxRetryDelay + ", retryNonIdempotent=" + v.retryNonIdempotent + ", timeout=" + v.timeout + "]";
  }

  /** Builds {@link RequestOptions}; each setter checks its value. */
  public static final class Builder {
    private String connection;
    private String agencyConnection;
    private String subAccountConnection;
    private Integer maxRetries;
    private Duration maxRetryDelay;
    private Boolean retryNonIdempotent;
    private Duration timeout;

    private Builder() {}

    /** Sends this {@code Maton-Connection} on every GHL operation. */
    public Builder connection(String id) {
      this.connection = Require.headerSafe(id, "connection id");
      return this;
    }

    /**
     * Sends this {@code Maton-Connection} on agency operations only (locations, snapshots, SaaS),
     * over {@link #connection(String)}.
     */
    public Builder agencyConnection(String id) {
      this.agencyConnection = Require.headerSafe(id, "agencyConnection");
      return this;
    }

    /**
     * Sends this {@code Maton-Connection} on sub-account operations only (one location's CRM data),
     * over {@link #connection(String)}: agency operations keep the agency connection.
     */
    public Builder subAccountConnection(String id) {
      this.subAccountConnection = Require.headerSafe(id, "subAccountConnection");
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
      return new RequestOptions(new Values(connection, agencyConnection, subAccountConnection, maxRetries, maxRetryDelay,
          retryNonIdempotent, timeout));
    }
  }
}
