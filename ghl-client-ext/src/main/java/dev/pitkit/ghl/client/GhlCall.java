package dev.pitkit.ghl.client;

import dev.pitkit.ghl.client.error.GhlException;
import dev.pitkit.ghl.client.resilience.RateLimitInfo;
import java.time.Duration;
import java.util.Objects;

/**
 * One call of a generated method through the facade, as a {@link GhlCallListener} sees it. No field
 * but {@link #connection()} carries ids, query values or bodies, so the others are safe as metric tags
 * or span attributes (a connection id is not secret, but one tag value per connection is unbounded:
 * tag with {@link #connectionKind()}).
 * Immutable; built by the client (or, in a listener's tests, with {@link #builder()}).
 */
public final class GhlCall {
  private final String operationId;
  private final String method;
  private final String path;
  private final String connection;
  private final String connectionKind;
  private final int attempts;
  private final int status;
  private final Duration duration;
  private final GhlException error;
  private final Duration rateLimitWait;
  private final RateLimitInfo rateLimit;

  private GhlCall(Builder b) {
    this.operationId = b.operationId;
    this.method = b.method;
    this.path = b.path;
    this.connection = b.connection;
    this.connectionKind = b.connectionKind;
    this.attempts = b.attempts;
    this.status = b.status;
    this.duration = b.duration;
    this.error = b.error;
    this.rateLimitWait = b.rateLimitWait;
    this.rateLimit = b.rateLimit;
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The spec's operationId, e.g. {@code getContact}. */
  public String operationId() {
    return operationId;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The spec's path template, e.g. {@code /highlevel-pit/contacts/{contactId}}. */
  public String path() {
    return path;
  }

  /** The {@code Maton-Connection} used, or null (Maton's own operations, or none chosen). */
  public String connection() {
    return connection;
  }

  /**
   * The kind of connection the operation needs, from the spec's {@code x-ghl-token}: {@code agency},
   * {@code sub-account} or {@code maton} (Maton's own API, no connection); null when not known. A
   * bounded value, unlike {@link #connection()}: the one to use as a metric tag.
   */
  public String connectionKind() {
    return connectionKind;
  }

  /**
   * How long the call waited for the client-side rate limiter, all attempts together; zero when it
   * did not wait or the call started before the limiter was asked (and in {@link GhlCallListener#onStart}).
   */
  public Duration rateLimitWait() {
    return rateLimitWait == null ? Duration.ZERO : rateLimitWait;
  }

  /**
   * The rate limit headers of the last response ({@code X-RateLimit-Remaining}, daily quota, ...):
   * the server's view of the budget left. {@link RateLimitInfo#none()} when no response was read.
   */
  public RateLimitInfo rateLimit() {
    return rateLimit == null ? RateLimitInfo.none() : rateLimit;
  }

  /** Requests sent (the JDK's own resends included); 0 when the call was refused before sending. */
  public int attempts() {
    return attempts;
  }

  /** The last HTTP status received, or 0 when there was none. */
  public int status() {
    return status;
  }

  /** From the call to its end, waits for the rate limiter and retries included. */
  public Duration duration() {
    return duration;
  }

  /** What the call threw, or null when it returned. */
  public GhlException error() {
    return error;
  }

  /** True when the call returned (no exception). */
  public boolean succeeded() {
    return error == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GhlCall c && attempts == c.attempts && status == c.status
        && Objects.equals(operationId, c.operationId) && Objects.equals(method, c.method)
        && Objects.equals(path, c.path) && Objects.equals(connection, c.connection)
        && Objects.equals(connectionKind, c.connectionKind) && Objects.equals(duration, c.duration)
        && Objects.equals(error, c.error) && Objects.equals(rateLimitWait, c.rateLimitWait)
        && Objects.equals(rateLimit, c.rateLimit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operationId, method, path, connection, connectionKind, attempts, status, duration, error,
        rateLimitWait, rateLimit);
  }

  @Override
  public String toString() {
    return "GhlCall[operationId=" + operationId + ", method=" + method + ", path=" + path + ", connection=" + connection
        + ", connectionKind=" + connectionKind + ", attempts=" + attempts + ", status=" + status + ", duration="
        + duration + ", rateLimitWait=" + rateLimitWait + ", error=" + error + "]";
  }

  /** Builds a {@link GhlCall}. */
  public static final class Builder {
    private String operationId;
    private String method;
    private String path;
    private String connection;
    private String connectionKind;
    private int attempts;
    private int status;
    private Duration duration;
    private GhlException error;
    private Duration rateLimitWait;
    private RateLimitInfo rateLimit;

    private Builder() {}

    /** The spec's operationId. */
    public Builder operationId(String operationId) {
      this.operationId = operationId;
      return this;
    }

    /** The HTTP method. */
    public Builder method(String method) {
      this.method = method;
      return this;
    }

    /** The spec's path template. */
    public Builder path(String path) {
      this.path = path;
      return this;
    }

    /** The {@code Maton-Connection} used, or null. */
    public Builder connection(String connection) {
      this.connection = connection;
      return this;
    }

    /** The kind of connection the operation needs ({@code agency}, {@code sub-account}, {@code maton}), or null. */
    public Builder connectionKind(String connectionKind) {
      this.connectionKind = connectionKind;
      return this;
    }

    /** Time spent waiting for the rate limiter. */
    public Builder rateLimitWait(Duration rateLimitWait) {
      this.rateLimitWait = rateLimitWait;
      return this;
    }

    /** The rate limit headers of the last response, or null. */
    public Builder rateLimit(RateLimitInfo rateLimit) {
      this.rateLimit = rateLimit;
      return this;
    }

    /** Requests sent. */
    public Builder attempts(int attempts) {
      this.attempts = attempts;
      return this;
    }

    /** The last HTTP status, or 0. */
    public Builder status(int status) {
      this.status = status;
      return this;
    }

    /** How long the call took. */
    public Builder duration(Duration duration) {
      this.duration = duration;
      return this;
    }

    /** What the call threw, or null. */
    public Builder error(GhlException error) {
      this.error = error;
      return this;
    }

    /** The event. */
    public GhlCall build() {
      return new GhlCall(this);
    }
  }
}
