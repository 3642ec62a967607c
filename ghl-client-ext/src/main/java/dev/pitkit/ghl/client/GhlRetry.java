package dev.pitkit.ghl.client;

import com.google.auto.value.AutoValue;
import jakarta.annotation.Nullable;
import java.time.Duration;

/**
 * An attempt that failed and is about to be retried, as a {@link GhlCallListener} sees it.
 * Immutable, with value equality; built by the client (or, in a listener's tests, with
 * {@link #builder()}).
 */
@AutoValue
public abstract class GhlRetry {
  GhlRetry() {} // AutoValue writes the only implementation

  /** A builder with nothing set (numbers 0, the rest null). */
  public static Builder builder() {
    return new AutoValue_GhlRetry.Builder().attempt(0).status(0);
  }

  /** The spec's operationId. */
  public abstract @Nullable String operationId();

  /** The attempt that failed (1 for the first). */
  public abstract int attempt();

  /** Its HTTP status (e.g. 429 or 503), or 0 when it failed without one (connection error). */
  public abstract int status();

  /** How long the client waits before the next attempt. */
  public abstract @Nullable Duration delay();

  /** Builds a {@link GhlRetry}. */
  @AutoValue.Builder
  public abstract static class Builder {
    Builder() {}

    /** The spec's operationId. */
    public abstract Builder operationId(@Nullable String operationId);

    /** The attempt that failed (1 for the first). */
    public abstract Builder attempt(int attempt);

    /** Its HTTP status, or 0 for none. */
    public abstract Builder status(int status);

    /** The wait before the next attempt. */
    public abstract Builder delay(@Nullable Duration delay);

    /** The event. */
    public abstract GhlRetry build();
  }
}
