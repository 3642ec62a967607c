package dev.pitkit.ghl.client.resilience;

/**
 * Client-side request budget, consulted before every request is sent.
 *
 * <p>The key identifies the GHL resource whose budget a request spends; the client uses the
 * {@code Maton-Connection} id (one connection = one location or one agency). A shared store (for
 * several JVMs spending one budget) implements this interface; {@link SlidingWindowRateLimiter}
 * is the in-memory default.
 */
public interface RateLimiter {
  /** Blocks until a request for {@code key} may be sent; throws at once when interrupted. */
  void acquire(String key) throws InterruptedException;

  /** Learns from the rate limit headers of a response for {@code key}. */
  default void onResponse(String key, RateLimitInfo info) {}

  /** A limiter that never waits. */
  RateLimiter NONE = key -> {};
}
