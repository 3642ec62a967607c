package dev.pitkit.ghl.client;

import dev.pitkit.ghl.client.error.GhlException;
import dev.pitkit.ghl.client.resilience.RateLimitInfo;
import java.time.Duration;

/**
 * One call of a generated method through the facade, as a {@link GhlCallListener} sees it. No field
 * but {@link #connection()} carries ids, query values or bodies, so the others are safe as metric tags
 * or span attributes (a connection id is not secret, but one tag value per connection is unbounded:
 * tag with {@link #connectionKind()}).
 * Immutable; built by the client (or, in a listener's tests, with {@link #builder()}).
 */
public final class GhlCall {
  /** The values, a record for equals and hashCode. */
  private record Values(String operationId, String method, String path, String connection, String connectionKind,
      int attempts, int status, Duration duration, GhlException error, Duration rateLimitWait, RateLimitInfo rateLimit) {}

  private final Values v;

  private GhlCall(Builder b) {
    this.v = new Values(b.operationId, b.method, b.path, b.connection, b.connectionKind, b.attempts, b.status,
        b.duration, b.error, b.rateLimitWait, b.rateLimit);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The spec's operationId, e.g. {@code getContact}. */
  public String operationId() {
    return v.operationId;
  }

  /** The HTTP method. */
  public String method() {
    return v.method;
  }

  /** The spec's path template, e.g. {@code /highlevel-pit/contacts/{contactId}}. */
  public String path() {
    return v.path;
  }

  /** The {@code Maton-Connection} used, or null (Maton's own operations, or none chosen). */
  public String connection() {
    return v.connection;
  }

  /**
   * The kind of connection the operation needs, from the spec's {@code x-ghl-token}: {@code agency},
   * {@code sub-account} or {@code maton} (Maton's own API, no connection); null when not known. A
   * bounded value, unlike {@link #connection()}: the one to use as a metric tag.
   */
  public String connectionKind() {
    return v.connectionKind;
  }

  /**
   * How long the call waited for the client-side rate limiter, all attempts together; zero when it
   * did not wait or the call started before the limiter was asked (and in {@link GhlCallListener#onStart}).
   */
  public Duration rateLimitWait() {
    return v.rateLimitWait == null ? Duration.ZERO : v.rateLimitWait;
  }

  /**
   * The rate limit headers of the last response ({@code X-RateLimit-Remaining}, daily quota, ...):
   * the server's view of the budget left. {@link RateLimitInfo#none()} when no response was read.
   */
  public RateLimitInfo rateLimit() {
    return v.rateLimit == null ? RateLimitInfo.none() : v.rateLimit;
  }

  /** Requests sent (the JDK's own resends included); 0 when the call was refused before sending. */
  public int attempts() {
    return v.attempts;
  }

  /** The last HTTP status received, or 0 when there was none. */
  public int status() {
    return v.status;
  }

  /** From the call to its end, waits for the rate limiter and retries included. */
  public Duration duration() {
    return v.duration;
  }

  /** What the call threw, or null when it returned. */
  public GhlException error() {
    return v.error;
  }

  /** True when the call returned (no exception). */
  public boolean succeeded() {
    return v.error == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GhlCall c && v.equals(c.v);
  }

  @Override
  public int hashCode() {
    return v.hashCode();
  }

  @Override
  public String toString() {
    return "GhlCall[operationId=" + v.operationId + ", method=" + v.method + ", path=" + v.path + ", connection="
        + v.connection + ", connectionKind=" + v.connectionKind + ", attempts=" + v.attempts + ", status=" + v.status
        + ", duration=" + v.duration + ", rateLimitWait=" + v.rateLimitWait + ", error=" + v.error + "]";
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
