package dev.pitkit.ghl.client.resilience;

import jakarta.annotation.Nullable;
import java.time.Duration;
import java.util.Optional;

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
 * <p>The client calls {@link #acquirePermit} before each request it sends (and once more for each
 * request the JDK HTTP client resent on its own) and {@link #onPermitResponse(Permit, RateLimitInfo)}
 * with that permit when the request's response arrives, or its attempt ended without one after it
 * may have been sent ({@link #onPermitUnused} when it was not sent). A limiter that only counts returns
 * {@link Permit#of(String)}; one that wants to know which of its reservations a response belongs
 * to returns a {@link Permit} of its own (the default limiter re-stamps the request at its
 * response time, which is at or after the server counted it).
 *
 * <p>Implementations must be thread-safe: one limiter serves every thread of the client and all
 * its views.
 */
@FunctionalInterface
public interface RateLimiter {
  /**
   * Blocks until a request for {@code key} may be sent and returns the slot granted, to be handed
   * back to {@link #onPermitResponse(Permit, RateLimitInfo)}.
   *
   * @param key the budget to spend (the connection id), or {@code null} for account-wide only
   * @throws InterruptedException at once when the calling thread is interrupted while waiting
   */
  Permit acquirePermit(@Nullable String key) throws InterruptedException;

  /**
   * Learns from the response to the request sent with {@code permit} (called for every response,
   * success or error, at most once per permit). Also called, with {@link RateLimitInfo#none()}, when
   * the request may have reached the server but no answer came (a read timeout, a connection reset):
   * every permit ends in this method or {@link #onPermitUnused}. The default ignores it.
   *
   * @param permit what {@link #acquirePermit} returned for the request
   * @param info the response's {@code X-RateLimit-*} and {@code Retry-After} headers
   */
  default void onPermitResponse(Permit permit, RateLimitInfo info) {}

  /**
   * The request of {@code permit} was not sent after all: its caller was interrupted while waiting
   * for the rest of its turn, the client was closed, or the connection could not even be opened.
   * A limiter may give the slot back; the default keeps it counted until it leaves its window.
   * Called at most once per permit, and then never {@link #onPermitResponse}.
   *
   * @param permit what {@link #acquirePermit} returned for the request
   */
  default void onPermitUnused(Permit permit) {}

  /**
   * A request for {@code key} reached the server without a permit of its own: the JDK's HTTP client
   * sent it again by itself, its connection having closed before any answer. A limiter that can count a
   * request already sent, at once and without waiting, does so and returns true, so that the requests
   * after it are pushed back by as much. The default returns false: the client then takes a permit for
   * it ({@link #acquirePermit}, then {@link #onPermitResponse}) on a background thread, which books it
   * only when its turn comes.
   *
   * @param key the budget the request spent, or {@code null}
   * @return whether the request was counted
   */
  default boolean countResent(@Nullable String key) {
    return false;
  }

  /**
   * How long until {@code key}'s burst window has room again, when a response has just said it is
   * spent ({@code X-RateLimit-Remaining: 0}) and this limiter knows when its oldest request leaves
   * the window. Empty (the default) when it does not know; the client then waits a whole
   * {@code X-RateLimit-Interval-Milliseconds} before retrying such a 429.
   *
   * @param key the budget, or {@code null}
   */
  default Optional<Duration> untilBurstWindowFrees(@Nullable String key) {
    return Optional.empty();
  }

  /** A limiter that never waits ({@code GhlClient.builder().rateLimiting(false)}). */
  RateLimiter NONE = Permit::of;

  /**
   * One granted request slot. Implementations may return their own subtype carrying what they
   * need to recognise the reservation in {@link #onPermitResponse(Permit, RateLimitInfo)}.
   */
  interface Permit {
    /** The budget the request spends (the connection id), or {@code null} for account-wide only. */
    @Nullable String key();

    /** A permit that carries only the key. */
    static Permit of(@Nullable String key) {
      return () -> key;
    }
  }
}
