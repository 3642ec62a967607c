package dev.pitkit.ghl.testkit.internal;

import dev.pitkit.ghl.client.resilience.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Sleeper} that never sleeps and remembers what it was asked to wait. */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedException();
    }
    sleeps.add(duration);
  }

  /** The requested waits, oldest first. */
  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /** Forgets the recorded waits. */
  public void clear() {
    sleeps.clear();
  }
}
