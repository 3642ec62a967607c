package dev.pitkit.ghl.client;

import java.time.Duration;
import java.util.Objects;

/**
 * An attempt that failed and is about to be retried, as a {@link GhlCallListener} sees it.
 * Immutable; built by the client (or, in a listener's tests, with {@link #builder()}).
 */
public final class GhlRetry {
  private final String operationId;
  private final int attempt;
  private final int status;
  private final Duration delay;

  private GhlRetry(Builder b) {
    this.operationId = b.operationId;
    this.attempt = b.attempt;
    this.status = b.status;
    this.delay = b.delay;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The spec's operationId. */
  public String operationId() {
    return operationId;
  }

  /** The attempt that failed (1 for the first). */
  public int attempt() {
    return attempt;
  }

  /** Its HTTP status (e.g. 429 or 503), or 0 when it failed without one (connection error). */
  public int status() {
    return status;
  }

  /** How long the client waits before the next attempt. */
  public Duration delay() {
    return delay;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GhlRetry r && attempt == r.attempt && status == r.status
        && Objects.equals(operationId, r.operationId) && Objects.equals(delay, r.delay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operationId, attempt, status, delay);
  }

  @Override
  public String toString() {
    return "GhlRetry[operationId=" + operationId + ", attempt=" + attempt + ", status=" + status + ", delay=" + delay + "]";
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
