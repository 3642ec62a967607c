package dev.pitkit.ghl.client;

import dev.pitkit.ghl.client.resilience.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Fake time for retry and rate limit tests: a {@link Clock} that only moves when something sleeps
 * on it, and a {@link Sleeper} that advances it and records each requested delay. Nothing ever
 * waits for real. Thread-safe (one test thread at a time is the intended use).
 */
final class FakeRetryClock extends Clock implements Sleeper {
  /** A whole second, so HTTP dates (second resolution) line up exactly. */
  static final Instant START = Instant.parse("2026-03-02T12:00:00Z");

  private long millis;
  private final List<Duration> delays = new ArrayList<>();

  FakeRetryClock() {
    this(START);
  }

  FakeRetryClock(Instant start) {
    this.millis = start.toEpochMilli();
  }

  @Override
  public synchronized void sleep(Duration d) {
    delays.add(d);
    millis += Math.max(0, d.toMillis());
  }

  /** Every delay requested so far, in order. */
  synchronized List<Duration> delays() {
    return List.copyOf(delays);
  }

  /** Milliseconds since {@link #START}. */
  synchronized long elapsed() {
    return millis - START.toEpochMilli();
  }

  @Override
  public synchronized long millis() {
    return millis;
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
    throw new UnsupportedOperationException();
  }
}
