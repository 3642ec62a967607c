package dev.pitkit.ghl.client;

import com.google.auto.value.AutoValue;
import dev.pitkit.ghl.client.error.GhlException;
import dev.pitkit.ghl.client.resilience.RateLimitInfo;
import jakarta.annotation.Nullable;
import java.time.Duration;

/**
 * One call of a generated method through the facade, as a {@link GhlCallListener} sees it. No field
 * but {@link #connection()} carries ids, query values or bodies, so the others are safe as metric tags
 * or span attributes (a connection id is not secret, but one tag value per connection is unbounded:
 * tag with {@link #connectionKind()}).
 * Immutable, with value equality; built by the client (or, in a listener's tests, with {@link #builder()}).
 */
@AutoValue
public abstract class GhlCall {
  GhlCall() {} // AutoValue writes the only implementation

  /** A builder with nothing set: numbers 0, {@link #rateLimitWait()} zero, {@link #rateLimit()} none, the rest null. */
  public static Builder builder() {
    return new AutoValue_GhlCall.Builder().attempts(0).status(0).rateLimitWait(Duration.ZERO)
        .rateLimit(RateLimitInfo.none());
  }

  /** The spec's operationId, e.g. {@code getContact}. */
  public abstract @Nullable String operationId();

  /** The HTTP method. */
  public abstract @Nullable String method();

  /** The spec's path template, e.g. {@code /highlevel-pit/contacts/{contactId}}. */
  public abstract @Nullable String path();

  /** The {@code Maton-Connection} used, or null (Maton's own operations, or none chosen). */
  public abstract @Nullable String connection();

  /**
   * The kind of connection the operation needs, from the spec's {@code x-ghl-token}: {@code agency},
   * {@code sub-account} or {@code maton} (Maton's own API, no connection); null when not known. A
   * bounded value, unlike {@link #connection()}: the one to use as a metric tag.
   */
  public abstract @Nullable String connectionKind();

  /** Requests sent (the JDK's own resends included); 0 when the call was refused before sending. */
  public abstract int attempts();

  /** The last HTTP status received, or 0 when there was none. */
  public abstract int status();

  /** From the call to its end, waits for the rate limiter and retries included. */
  public abstract @Nullable Duration duration();

  /**
   * How long the call waited for the client-side rate limiter, all attempts together; zero when it
   * did not wait or the call started before the limiter was asked (and in {@link GhlCallListener#onStart}).
   * Measured on the JVM's monotonic clock ({@link System#nanoTime()}), not a {@code clock(...)} given to
   * the client's builder.
   */
  public abstract Duration rateLimitWait();

  /**
   * The rate limit headers of the last response ({@code X-RateLimit-Remaining}, daily quota, ...):
   * the server's view of the budget left. {@link RateLimitInfo#none()} when no response was read.
   */
  public abstract RateLimitInfo rateLimit();

  /** What the call threw, or null when it returned. */
  public abstract @Nullable GhlException error();

  /** True when the call returned (no exception). */
  public boolean succeeded() {
    return error() == null;
  }

  /** Builds a {@link GhlCall}. */
  @AutoValue.Builder
  public abstract static class Builder {
    Builder() {}

    /** The spec's operationId. */
    public abstract Builder operationId(@Nullable String operationId);

    /** The HTTP method. */
    public abstract Builder method(@Nullable String method);

    /** The spec's path template. */
    public abstract Builder path(@Nullable String path);

    /** The {@code Maton-Connection} used, or null. */
    public abstract Builder connection(@Nullable String connection);

    /** The kind of connection the operation needs ({@code agency}, {@code sub-account}, {@code maton}), or null. */
    public abstract Builder connectionKind(@Nullable String connectionKind);

    /** Requests sent. */
    public abstract Builder attempts(int attempts);

    /** The last HTTP status, or 0. */
    public abstract Builder status(int status);

    /** How long the call took. */
    public abstract Builder duration(@Nullable Duration duration);

    /** Time spent waiting for the rate limiter (not null). */
    public abstract Builder rateLimitWait(Duration rateLimitWait);

    /** The rate limit headers of the last response (not null: {@link RateLimitInfo#none()} for none). */
    public abstract Builder rateLimit(RateLimitInfo rateLimit);

    /** What the call threw, or null. */
    public abstract Builder error(@Nullable GhlException error);

    /** The event. */
    public abstract GhlCall build();
  }
}
