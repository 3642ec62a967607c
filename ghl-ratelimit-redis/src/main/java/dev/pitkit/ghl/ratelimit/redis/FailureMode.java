package dev.pitkit.ghl.ratelimit.redis;

/**
 * What {@link RedisRateLimiter} does with a request when Redis does not answer in time (down,
 * restarting, unreachable, or slower than the command timeout).
 */
public enum FailureMode {
  /**
   * The default: the request is admitted by an in-JVM limiter instead (by default a
   * {@link dev.pitkit.ghl.client.resilience.SlidingWindowRateLimiter} with the same limits), so calls
   * go on at up to one instance's full budget each. While Redis is away, several instances together
   * may exceed the shared budget; GHL then answers some requests with 429, which the client retries.
   */
  FAIL_OPEN,
  /**
   * The request is refused with {@link SharedRateLimitUnavailableException} before anything is
   * sent: the budget is never exceeded, but calls fail while Redis is away.
   */
  FAIL_CLOSED
}
