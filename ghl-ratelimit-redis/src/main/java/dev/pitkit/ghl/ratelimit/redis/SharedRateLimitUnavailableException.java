package dev.pitkit.ghl.ratelimit.redis;

import dev.pitkit.ghl.client.error.GhlException;

/**
 * Thrown by {@link RedisRateLimiter} in {@link FailureMode#FAIL_CLOSED} when Redis did not answer
 * in time: the request was not sent (nothing reached GHL), so it is always safe to try it again.
 * The message names the Redis endpoint, never a password or the API key.
 */
public class SharedRateLimitUnavailableException extends GhlException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the Redis client's failure, or null
   */
  public SharedRateLimitUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
