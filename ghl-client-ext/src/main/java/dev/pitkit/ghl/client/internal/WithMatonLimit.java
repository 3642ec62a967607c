package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.resilience.RateLimitInfo;
import dev.pitkit.ghl.client.resilience.RateLimiter;
import dev.pitkit.ghl.client.resilience.Sleeper;
import dev.pitkit.ghl.client.resilience.SlidingWindowRateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * A caller's {@link RateLimiter} with Maton's 10 requests per second per API key kept in front of
 * it, in memory: whatever limiter is plugged in, this client never sends faster than Maton allows.
 * The caller's limiter is asked first (it may wait long, e.g. for a shared budget), then Maton's
 * window, so the instant Maton's window counts is the one the request is sent at. Responses reach
 * both; what the burst window knows is the caller's limiter's.
 */
public final class WithMatonLimit implements RateLimiter {
  private final RateLimiter custom;
  private final SlidingWindowRateLimiter maton;
  private final CloseSignal closing;

  /**
   * {@code custom}, with Maton's window on {@code clock}, waiting through {@code sleeper}; a wait in
   * {@code custom} ends when {@code closing} closes (it is interrupted).
   */
  public WithMatonLimit(RateLimiter custom, Clock clock, Sleeper sleeper, CloseSignal closing) {
    this.custom = custom;
    this.maton = documentedLimits(clock, sleeper); // only its account-wide window: Maton's permits have a null key
    this.closing = closing;
  }

  /** The default limiter: GHL's and Maton's documented limits on {@code clock}. */
  public static SlidingWindowRateLimiter documentedLimits(Clock clock, Sleeper sleeper) {
    return new SlidingWindowRateLimiter(SlidingWindowRateLimiter.GHL_BURST_MAX,
        SlidingWindowRateLimiter.GHL_BURST_WINDOW, SlidingWindowRateLimiter.MATON_MAX,
        SlidingWindowRateLimiter.MATON_WINDOW, clock, sleeper);
  }

  @Override
  public Permit acquirePermit(String key) throws InterruptedException {
    Permit own = closing.interruptible(() -> custom.acquirePermit(key));
    try {
      return new Both(key, own, maton.acquirePermit(null));
    } catch (InterruptedException | RuntimeException e) { // not sent: the caller's limiter gets its slot back
      custom.onPermitUnused(own);
      throw e;
    }
  }

  @Override
  public void onPermitUnused(Permit permit) {
    if (permit instanceof Both both) {
      custom.onPermitUnused(both.own);
      maton.onPermitUnused(both.maton);
    } else {
      custom.onPermitUnused(permit);
    }
  }

  @Override
  public void onPermitResponse(Permit permit, RateLimitInfo info) {
    if (permit instanceof Both both) {
      custom.onPermitResponse(both.own, info);
      maton.onPermitResponse(both.maton, RateLimitInfo.none());
    } else {
      custom.onPermitResponse(permit, info);
    }
  }

  /** Counted in Maton's window too when the caller's limiter counts it; else it is booked with a permit of both. */
  @Override
  public boolean countResent(String key) {
    return custom.countResent(key) && maton.countResent(null);
  }

  @Override
  public Optional<Duration> untilBurstWindowFrees(String key) {
    return custom.untilBurstWindowFrees(key);
  }

  @Override
  public String toString() {
    return custom + " + Maton's " + SlidingWindowRateLimiter.MATON_MAX + " requests/s";
  }

  private record Both(String key, Permit own, Permit maton) implements Permit {}
}
