package dev.pitkit.ghl.client.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The rate limiter's default time: {@link System#nanoTime()} counted from the system time at class
 * load, so a step of the system clock (an NTP correction, a VM resumed) neither stretches a pause nor
 * lets a window end early. Only the limiter's windows use it; dates from the server (Retry-After)
 * are read against the real clock.
 */
public final class MonotonicClock extends Clock {
  /** The one instance. */
  public static final MonotonicClock INSTANCE = new MonotonicClock();

  private final long originMillis = System.currentTimeMillis();
  private final long originNanos = System.nanoTime();

  private MonotonicClock() {}

  @Override
  public long millis() {
    return originMillis + (System.nanoTime() - originNanos) / 1_000_000;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the limiter's clock is UTC only");
  }
}
