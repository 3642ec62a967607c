package dev.pitkit.ghl.client.error;

import dev.pitkit.ghl.client.resilience.RateLimitInfo;
import java.time.Duration;
import java.util.Optional;

/**
 * 429 Too Many Requests, after the client's own retries. {@link #rateLimit()} holds GHL's
 * {@code X-RateLimit-*} headers; {@link RateLimitInfo#dailyLimitReached()} tells the daily quota
 * (not retried: it resets only the next day) from a burst.
 */
public class RateLimitException extends GhlApiException {
  private static final long serialVersionUID = 1L;
  private final RateLimitInfo rateLimit;

  /**
   * Creates the exception.
   * @param details what is known about the failed call
   * @param rateLimit the rate limit headers of the last response
   */
  public RateLimitException(ErrorDetails details, RateLimitInfo rateLimit) {
    super(details);
    this.rateLimit = rateLimit;
  }

  /** The rate limit headers of the last response. */
  public RateLimitInfo rateLimit() {
    return rateLimit;
  }

  /** The server's {@code Retry-After}, if it sent one. */
  public Optional<Duration> retryAfter() {
    return rateLimit.retryAfter();
  }
}
