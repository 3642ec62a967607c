package dev.pitkit.ghl.client;

import java.time.Duration;

/**
 * An attempt that failed and is about to be retried, as a {@link GhlCallListener} sees it.
 * Immutable; built by the client (or, in a listener's tests, with {@link #builder()}).
 */
public final class GhlRetry {
  /** The values, a record for equals and hashCode. */
  private record Values(String operationId, int attempt, int status, Duration delay) {}

  private final Values v;

  private GhlRetry(Builder b) {
    this.v = new Values(b.operationId, b.attempt, b.status, b.delay);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The spec's operationId. */
  public String operationId() {
    return v.operationId;
  }

  /** The attempt that failed (1 for the first). */
  public int attempt() {
    return v.attempt;
  }

  /** Its HTTP status (e.g. 429 or 503), or 0 when it failed without one (connection error). */
  public int status() {
    return v.status;
  }

  /** How long the client waits before the next attempt. */
  public Duration delay() {
    return v.delay;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GhlRetry r && v.equals(r.v);
  }

  @Override
  public int hashCode() {
    return v.hashCode();
  }

  @Override
  public String toString() {
    return "GhlRetry[operationId=" + v.operationId + ", attempt=" + v.attempt + ", status=" + v.status + ", delay="
        + v.delay + "]";
  }

  /** Builds a {@link GhlRetry}. */
  public static final class Builder {
    private String operationId;
    private int attempt;
    private int status;
    private Duration delay;

    private Builder() {}

    /** The spec's operationId. */
    public Builder operationId(String operationId) {
      this.operationId = operationId;
      return this;
    }

    /** The attempt that failed (1 for the first). */
    public Builder attempt(int attempt) {
      this.attempt = attempt;
      return this;
    }

    /** Its HTTP status, or 0 for none. */
    public Builder status(int status) {
      this.status = status;
      return this;
    }

    /** The wait before the next attempt. */
    public Builder delay(Duration delay) {
      this.delay = delay;
      return this;
    }

    /** The event. */
    public GhlRetry build() {
      return new GhlRetry(this);
    }
  }
}
