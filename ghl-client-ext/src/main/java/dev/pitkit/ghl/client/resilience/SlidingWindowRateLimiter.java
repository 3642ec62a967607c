package dev.pitkit.ghl.client.resilience;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * In-memory limiter with two sliding windows: one per key (GHL: 100 requests per 10 s per
 * location) and one for the whole client (Maton: 10 requests per second per account).
 *
 * <p><b>Guarantee.</b> Every request is released at an instant {@code t} chosen so that, counting
 * it, no interval {@code [s, s + window)} of either window holds more than its maximum. The check
 * is exact: a slot is refused only when some window containing it is already full, so the limiter
 * is never slower than the limits require.
 *
 * <p><b>Fairness.</b> Callers take turns under a fair lock, in arrival order, and each reserves
 * the earliest instant at which both of its windows have room; it then sleeps outside the lock
 * until that instant. A caller's slot is fixed when it arrives, so nobody is overtaken forever
 * (no starvation), and a caller waiting on a busy location does not hold up callers of other
 * locations. An interrupted caller gives its slot back.
 *
 * <p><b>Adapting.</b> A key's window takes its size and length from GHL's
 * {@code X-RateLimit-Max} / {@code X-RateLimit-Interval-Milliseconds} headers. When GHL's
 * {@code X-RateLimit-Remaining} is lower than what this limiter thinks is left (another process
 * spends the same location's budget), the difference is booked as used now; when it reaches 0 the
 * key pauses for a whole interval.
 */
public final class SlidingWindowRateLimiter implements RateLimiter {
  /** GHL's documented burst limit per location. */
  public static final int GHL_BURST_MAX = 100;
  /** GHL's burst window. */
  public static final Duration GHL_BURST_WINDOW = Duration.ofSeconds(10);
  /** Maton's documented limit per account. */
  public static final int MATON_MAX = 10;
  /** Maton's window. */
  public static final Duration MATON_WINDOW = Duration.ofSeconds(1);

  /** How often (in acquisitions) idle per-key windows are dropped. */
  private static final int SWEEP_EVERY = 256;

  private final ReentrantLock lock = new ReentrantLock(true);
  private final Map<String, Window> perKey = new ConcurrentHashMap<>();
  private final Window global;
  private final int keyMax;
  private final long keyWindowMs;
  private final Clock clock;
  private final Sleeper sleeper;
  private int sinceSweep;

  /** GHL's and Maton's documented limits on the system clock. */
  public SlidingWindowRateLimiter() {
    this(GHL_BURST_MAX, GHL_BURST_WINDOW, MATON_MAX, MATON_WINDOW, Clock.systemUTC(), Sleeper.SYSTEM);
  }

  /**
   * A limiter with explicit limits.
   *
   * @param keyMax requests per key and window
   * @param keyWindow the per-key window (at least 1 ms)
   * @param globalMax requests per global window (all keys)
   * @param globalWindow the global window (at least 1 ms)
   * @param clock time source
   * @param sleeper how to wait
   */
  public SlidingWindowRateLimiter(int keyMax, Duration keyWindow, int globalMax, Duration globalWindow,
      Clock clock, Sleeper sleeper) {
    if (keyMax < 1 || globalMax < 1) {
      throw new IllegalArgumentException("limits must be at least 1");
    }
    if (keyWindow.toMillis() < 1 || globalWindow.toMillis() < 1) {
      throw new IllegalArgumentException("windows must be at least 1 ms");
    }
    this.keyMax = keyMax;
    this.keyWindowMs = keyWindow.toMillis();
    this.global = new Window(globalMax, globalWindow.toMillis());
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  @Override
  public void acquire(String key) throws InterruptedException {
    long at;
    Window w;
    lock.lockInterruptibly();
    try {
      long now = clock.millis();
      sweepIdle(now);
      w = key == null ? null : window(key);
      if (w != null) {
        w.prune(now);
      }
      global.prune(now);
      at = now;
      // Alternate between the two windows until both accept the same instant: the least instant
      // >= now that fits both (each earliest() never skips a feasible instant).
      while (true) {
        long k = w == null ? at : w.earliest(at);
        long g = global.earliest(k);
        if (g == k) {
          at = k;
          break;
        }
        at = g;
      }
      if (w != null) {
        w.add(at);
      }
      global.add(at);
    } finally {
      lock.unlock();
    }
    long wait = at - clock.millis();
    if (wait > 0) {
      try {
        sleeper.sleep(Duration.ofMillis(wait));
      } catch (InterruptedException e) {
        release(w, at);
        throw e;
      }
    }
  }

  @Override
  public void onResponse(String key, RateLimitInfo info) {
    if (key == null) {
      return;
    }
    lock.lock();
    try {
      long now = clock.millis();
      Window w = window(key);
      info.burstMax().ifPresent(max -> w.max = (int) Math.max(1, Math.min(max, Integer.MAX_VALUE)));
      info.interval().ifPresent(d -> w.windowMs = Math.max(1, d.toMillis()));
      if (info.burstLimitReached()) {
        w.blockedUntil = Math.max(w.blockedUntil, now + w.windowMs);
      } else if (info.burstRemaining().isPresent()) {
        long serverLeft = info.burstRemaining().getAsLong();
        long localLeft = w.max - w.count(now - w.windowMs + 1, now);
        for (long i = serverLeft; i < localLeft; i++) {
          w.add(now); // spent by someone else: book it so we do not run into GHL's 429
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private void release(Window w, long at) {
    lock.lock();
    try {
      if (w != null) {
        w.remove(at);
      }
      global.remove(at);
    } finally {
      lock.unlock();
    }
  }

  private Window window(String key) {
    return perKey.computeIfAbsent(key, k -> new Window(keyMax, keyWindowMs));
  }

  /** Drops windows of keys not used for a whole window, so many connections do not pile up. */
  private void sweepIdle(long now) {
    if (++sinceSweep < SWEEP_EVERY) {
      return;
    }
    sinceSweep = 0;
    for (Iterator<Window> it = perKey.values().iterator(); it.hasNext(); ) {
      Window w = it.next();
      w.prune(now);
      if (w.size == 0 && w.blockedUntil <= now) {
        it.remove();
      }
    }
  }

  /**
   * Reserved send instants of one budget, as a multiset of epoch millis. A request at {@code t}
   * occupies every window {@code [s, s + windowMs)} with {@code s <= t < s + windowMs}.
   */
  private static final class Window {
    private final NavigableMap<Long, Integer> sent = new TreeMap<>();
    private int size;
    int max;
    long windowMs;
    long blockedUntil;

    Window(int max, long windowMs) {
      this.max = max;
      this.windowMs = windowMs;
    }

    /** Forgets instants that no window containing {@code now} or later can hold. */
    void prune(long now) {
      while (!sent.isEmpty() && sent.firstKey() <= now - windowMs) {
        size -= sent.pollFirstEntry().getValue();
      }
    }

    /**
     * The least instant {@code >= from} (and not before {@link #blockedUntil}) at which one more
     * request keeps every window that contains it within {@link #max}, reservations already made
     * for the future included.
     *
     * <p>Of the windows containing {@code t}, the fullest can always be taken to start at a
     * reserved instant in {@code (t - windowMs, t]} or at {@code t} itself (slide it right until its
     * left edge meets a reservation: nothing leaves it), so only those are counted. If one of them
     * is full, no instant inside it is feasible, so the search jumps just past the last full one.
     */
    long earliest(long from) {
      long t = Math.max(from, blockedUntil);
      if (size < max) {
        return t;
      }
      while (true) {
        long fullStart = Long.MIN_VALUE;
        for (long s : sent.subMap(t - windowMs, false, t, false).keySet()) {
          if (count(s, s + windowMs - 1) >= max) {
            fullStart = s;
          }
        }
        if (count(t, t + windowMs - 1) >= max) {
          fullStart = t;
        }
        if (fullStart == Long.MIN_VALUE) {
          return t;
        }
        t = fullStart + windowMs;
      }
    }

    /** Reservations in {@code [from, to]}. */
    int count(long from, long to) {
      if (from > to) {
        return 0;
      }
      int n = 0;
      for (int c : sent.subMap(from, true, to, true).values()) {
        n += c;
      }
      return n;
    }

    void add(long t) {
      sent.merge(t, 1, Integer::sum);
      size++;
    }

    void remove(long t) {
      Integer c = sent.get(t);
      if (c != null) {
        if (c == 1) {
          sent.remove(t);
        } else {
          sent.put(t, c - 1);
        }
        size--;
      }
    }
  }
}
