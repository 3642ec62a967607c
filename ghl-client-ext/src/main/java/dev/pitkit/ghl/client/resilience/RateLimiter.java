package dev.pitkit.ghl.client.resilience;

/**
 * Client-side request budget, consulted before every request (and every retry) is sent.
 *
 * <p>The key identifies the GHL resource whose budget a request spends; the client uses the
 * {@code Maton-Connection} id (one connection = one location or one agency). Requests that spend
 * no GHL budget (Maton's own connection API) pass a {@code null} key and count only against the
 * account-wide budget. {@link SlidingWindowRateLimiter} is the in-memory default; implement this
 * interface over a shared store (Redis, a database, ...) when several JVMs spend one budget:
 *
 * <pre>{@code
 * GhlClient ghl = GhlClient.builder().apiKey(key).rateLimiter(new MyRedisRateLimiter(redis)).build();
 * }</pre>
 *
 * <p>Implementations must be thread-safe: one limiter serves every thread of the client and all
 * its views.
 */
public interface RateLimiter {
  /**
   * Blocks until a request for {@code key} may be sent.
   *
   * @param key the budget to spend (the connection id), or {@code null} for account-wide only
   * @throws InterruptedException at once when the calling thread is interrupted while waiting
   */
  void acquire(String key) throws InterruptedException;

  /**
   * Learns from the rate limit headers of a response for {@code key} (called for every response,
   * success or error). The default ignores them.
   *
   * @param key the budget the request spent, or {@code null}
   * @param info the response's {@code X-RateLimit-*} and {@code Retry-After} headers
   */
  default void onResponse(String key, RateLimitInfo info) {}

  /** A limiter that never waits ({@code GhlClient.builder().rateLimiting(false)}). */
  RateLimiter NONE = key -> {};
}
