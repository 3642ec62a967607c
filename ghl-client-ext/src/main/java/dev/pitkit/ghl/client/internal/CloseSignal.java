package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.resilience.Sleeper;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One client's closing, as its waits see it: a wait for the rate limiter or a retry backoff ends
 * when the client is closed, with the closed client's error, instead of running its course.
 */
public final class CloseSignal {
  private final CountDownLatch closed = new CountDownLatch(1);

  /**
   * Waits as {@code sleeper} does, ending early at {@link #close()} when it is the system sleeper
   * (a caller's own sleeper, e.g. a test's fake clock, waits its own way), then failing with the
   * closed client's error when the client was closed meanwhile.
   */
  public Sleeper around(Sleeper sleeper) {
    return d -> {
      if (sleeper == Sleeper.SYSTEM) {
        if (!d.isNegative() && !d.isZero()) {
          closed.await(d.toNanos(), TimeUnit.NANOSECONDS);
        }
      } else {
        sleeper.sleep(d);
      }
      if (isClosed()) {
        throw ClientCore.closedError();
      }
    };
  }

  void close() {
    closed.countDown();
  }

  boolean isClosed() {
    return closed.getCount() == 0;
  }
}
