package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.resilience.Sleeper;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One client's closing, as its waits see it: a wait for the rate limiter or a retry backoff ends
 * when the client is closed, with the closed client's error, instead of running its course; the
 * client's own waits through {@link #around}, a caller's rate limiter through {@link #interruptible}.
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

  /** A wait of the caller's own, interrupted by {@link #close()}. */
  public interface Wait<T> {
    /** Waits and returns, or throws when interrupted. */
    T get() throws InterruptedException;
  }

  /** A thread inside {@link #interruptible}; {@code done} and {@code interrupted} guarded by itself. */
  private static final class Waiter {
    final Thread thread = Thread.currentThread();
    boolean done;
    boolean interrupted;
  }

  private final java.util.Set<Waiter> waiters = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * Runs {@code wait} (a caller's rate limiter, which waits its own way, e.g. on Redis) so that
   * {@link #close()} interrupts it and it ends with the closed client's error. The interrupt close()
   * causes never outlives the wait: it is cleared before this returns (a caller's own interrupt that
   * lands in the same instant goes with it; the call fails as closed either way).
   *
   * @throws InterruptedException when the thread was interrupted otherwise
   */
  public <T> T interruptible(Wait<T> wait) throws InterruptedException {
    Waiter me = new Waiter();
    waiters.add(me);
    try {
      if (isClosed()) { // closed before close() could see this waiter
        throw ClientCore.closedError();
      }
      return wait.get();
    } catch (InterruptedException | RuntimeException e) { // some limiters turn an interrupt into an unchecked failure
      if (isClosed()) {
        throw ClientCore.closedError();
      }
      throw e;
    } finally {
      waiters.remove(me);
      synchronized (me) {
        me.done = true;
        if (me.interrupted) {
          Thread.interrupted(); // ours, not the caller's
        }
      }
    }
  }

  void close() {
    closed.countDown();
    for (Waiter w : waiters) {
      synchronized (w) {
        if (!w.done) {
          w.interrupted = true;
          w.thread.interrupt();
        }
      }
    }
  }

  boolean isClosed() {
    return closed.getCount() == 0;
  }
}
