package dev.pitkit.ghl.client.resilience;

import java.time.Duration;

/**
 * How the client waits (retry backoff, rate limiter). Injectable so tests advance a fake clock
 * instead of sleeping.
 */
@FunctionalInterface
public interface Sleeper {
  /** Waits {@code duration}; must throw {@link InterruptedException} at once when interrupted. */
  void sleep(Duration duration) throws InterruptedException;

  /** {@link Thread#sleep}. */
  Sleeper SYSTEM = d -> {
    if (!d.isZero() && !d.isNegative()) {
      Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
    }
  };
}
