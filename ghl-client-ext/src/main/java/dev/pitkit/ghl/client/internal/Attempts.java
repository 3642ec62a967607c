package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.GhlCallListener;
import dev.pitkit.ghl.client.resilience.RateLimitInfo;

/**
 * What one call's retry loop has sent so far, for the call's event and its exception: the
 * requests the server may have seen (the JDK's own resends included) and the last status.
 * Owned by one call on one thread, passed down explicitly.
 */
final class Attempts {
  private int sent;
  private int lastStatus;
  private long rateLimitWaitNanos;
  private RateLimitInfo lastRateLimit = RateLimitInfo.none();
  private GhlCallListener listener = GhlCallListener.NONE;

  /** Requests sent so far. */
  int sent() {
    return sent;
  }

  /** The status of the last attempt, 0 before any and when it got no answer (an I/O failure). */
  int lastStatus() {
    return lastStatus;
  }

  void add(int requests) {
    sent += requests;
  }

  void answered(int status) {
    lastStatus = status;
  }

  /** Time spent waiting for the rate limiter so far, in nanoseconds. */
  long rateLimitWaitNanos() {
    return rateLimitWaitNanos;
  }

  void waitedForRateLimiter(long nanos) {
    rateLimitWaitNanos += nanos;
  }

  /** The rate limit headers of the last response; {@link RateLimitInfo#none()} before any response was read. */
  RateLimitInfo lastRateLimit() {
    return lastRateLimit;
  }

  void rateLimit(RateLimitInfo info) {
    lastRateLimit = info;
  }

  /** The listener of this call (what {@link GhlCallListener#onStart} returned). */
  GhlCallListener listener() {
    return listener;
  }

  void listener(GhlCallListener listener) {
    this.listener = listener;
  }
}
