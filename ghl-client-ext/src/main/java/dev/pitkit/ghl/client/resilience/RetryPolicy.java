package dev.pitkit.ghl.client.resilience;

import dev.pitkit.ghl.client.internal.Require;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When to retry and how long to wait. Immutable.
 *
 * <ul>
 *   <li>GET, PUT, DELETE (idempotent): connection failures, 408, 429, 500, 502, 503, 504.
 *   <li>POST: 429 always (the request was refused, nothing was written) and failures to connect
 *       (nothing was sent); a timeout after sending or a 5xx only when the caller opts in with
 *       {@link #retryNonIdempotent()}, since GHL has no idempotency keys and a retry may duplicate.
 *   <li>Delay: {@code Retry-After} (seconds or HTTP date), else GHL's burst window when
 *       {@code X-RateLimit-Remaining} is 0 (wait until the window has room again when the rate
 *       limiter knows it, see {@link RateLimiter#untilBurstWindowFrees}, else
 *       {@code X-RateLimit-Interval-Milliseconds}; capped at {@link #maxDelay()}), else exponential
 *       backoff from {@link #initialDelay()} doubling per retry, capped at {@link #maxDelay()}, with
 *       jitter (75% to 100% of the value).
 *   <li>A {@code Retry-After} longer than {@link #maxDelay()} is not waited for: the call fails at
 *       once with the server's answer (retrying sooner would only be refused again).
 *   <li>A spent daily quota ({@code X-RateLimit-Daily-Remaining: 0}) is never retried: it raises
 *       {@code RateLimitException} with the limits parsed.
 * </ul>
 *
 * <pre>{@code
 * GhlClient.builder().retryPolicy(RetryPolicy.DEFAULT.withMaxRetries(4).withMaxDelay(Duration.ofSeconds(20)))
 * }</pre>
 */
public final class RetryPolicy {

  /** 2 retries, 500 ms doubling, at most 30 s per wait, POST not retried on ambiguous failures. */
  public static final RetryPolicy DEFAULT = new RetryPolicy(2, Duration.ofMillis(500), Duration.ofSeconds(30), false);

  /** No retries at all. */
  public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO, false);

  private final int maxRetries;
  private final Duration initialDelay;
  private final Duration maxDelay;
  private final boolean retryNonIdempotent;

  /** Checks the values: a negative count or delay, or a null one, fails naming the setting. */
  private RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, boolean retryNonIdempotent) {
    this.maxRetries = Require.nonNegative(maxRetries, "maxRetries");
    this.initialDelay = Require.nonNegative(initialDelay, "initialDelay");
    this.maxDelay = Require.nonNegative(maxDelay, "maxDelay");
    this.retryNonIdempotent = retryNonIdempotent;
  }

  /** Retries after the first attempt (0 disables retrying). */
  public int maxRetries() {
    return maxRetries;
  }

  /** First backoff delay. */
  public Duration initialDelay() {
    return initialDelay;
  }

  /** Longest single wait. */
  public Duration maxDelay() {
    return maxDelay;
  }

  /** Whether POST is also retried after ambiguous failures (a timeout after sending, a 5xx). */
  public boolean retryNonIdempotent() {
    return retryNonIdempotent;
  }

  /** A copy with another retry count. */
  public RetryPolicy withMaxRetries(int n) {
    return new RetryPolicy(n, initialDelay, maxDelay, retryNonIdempotent);
  }

  /** A copy with another first backoff delay. */
  public RetryPolicy withInitialDelay(Duration d) {
    return new RetryPolicy(maxRetries, d, maxDelay, retryNonIdempotent);
  }

  /** A copy with another cap on a single wait. */
  public RetryPolicy withMaxDelay(Duration d) {
    return new RetryPolicy(maxRetries, initialDelay, d, retryNonIdempotent);
  }

  /** A copy that does or does not retry POST after ambiguous failures. */
  public RetryPolicy withRetryNonIdempotent(boolean b) {
    return new RetryPolicy(maxRetries, initialDelay, maxDelay, b);
  }

  /** True for methods that may be repeated without side effects beyond the first (all but POST and PATCH). */
  public static boolean isIdempotent(String method) {
    return !"POST".equalsIgnoreCase(method) && !"PATCH".equalsIgnoreCase(method);
  }

  /** Whether a response with this status may be retried for this method (attempt budget aside). */
  public boolean retriesStatus(String method, int status) {
    if (status == 429) {
      return true;
    }
    boolean transientStatus = status == 408 || status == 500 || status == 502 || status == 503 || status == 504;
    return transientStatus && (isIdempotent(method) || retryNonIdempotent);
  }

  /**
   * Whether an I/O failure may be retried for this method. {@code nothingSent} is true when the
   * connection could not be opened, so the server cannot have acted on the request.
   */
  public boolean retriesIoFailure(String method, boolean nothingSent) {
    return nothingSent || isIdempotent(method) || retryNonIdempotent;
  }

  /** Backoff before retry number {@code retry} (1-based) when the server gave no hint: {@code initialDelay * 2^(retry-1)}, capped, jittered. */
  public Duration backoff(int retry) {
    return backoff(retry, () -> ThreadLocalRandom.current().nextDouble());
  }

  /** {@link #backoff(int)} with an explicit random source in [0, 1). */
  public Duration backoff(int retry, DoubleSupplier random) {
    long base = initialDelay.toMillis() << Math.min(Math.max(retry - 1, 0), 20);
    long capped = Math.min(base, maxDelay.toMillis());
    double jitter = 1.0 - 0.25 * random.getAsDouble();
    return Duration.ofMillis((long) (capped * jitter));
  }

  /**
   * The wait before retry number {@code retry} (1-based) after a retryable response, or null when
   * it must not be retried: the server asks for more than {@link #maxDelay()}, or the daily quota
   * is spent.
   */
  public Duration delayAfter(RateLimitInfo info, int retry) {
    return delayAfter(info, retry, null);
  }

  /**
   * As {@link #delayAfter(RateLimitInfo, int)}, when the rate limiter knows that the burst window
   * has room again after {@code untilWindowFrees} (null when it does not): a spent burst window
   * ({@code X-RateLimit-Remaining: 0}) without {@code Retry-After} then waits that long, at most
   * one interval, instead of a whole interval.
   */
  public Duration delayAfter(RateLimitInfo info, int retry, Duration untilWindowFrees) {
    if (info.dailyLimitReached()) {
      return null;
    }
    if (info.retryAfter().isPresent()) {
      Duration d = info.retryAfter().get();
      return d.compareTo(maxDelay) > 0 ? null : d;
    }
    if (info.burstLimitReached() && (info.interval().isPresent() || untilWindowFrees != null)) {
      Duration d = info.interval().orElse(null);
      if (untilWindowFrees != null && (d == null || untilWindowFrees.compareTo(d) < 0)) {
        d = untilWindowFrees.isNegative() ? Duration.ZERO : untilWindowFrees;
      }
      return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
    return backoff(retry);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RetryPolicy p && maxRetries == p.maxRetries && retryNonIdempotent == p.retryNonIdempotent
        && initialDelay.equals(p.initialDelay) && maxDelay.equals(p.maxDelay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxRetries, initialDelay, maxDelay, retryNonIdempotent);
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxRetries=" + maxRetries + ", initialDelay=" + initialDelay + ", maxDelay=" + maxDelay
        + ", retryNonIdempotent=" + retryNonIdempotent + "]";
  }
}
