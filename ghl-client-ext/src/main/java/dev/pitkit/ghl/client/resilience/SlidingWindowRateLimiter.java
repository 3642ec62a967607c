package dev.pitkit.ghl.client.resilience;

import java.time.Clock;
import java.time.Duration;
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
 * <p>Each caller reserves the earliest instant at which both windows have room, under a fair lock,
 * so callers are served in arrival order, then sleeps outside the lock until that instant. A key's
 * window adapts to GHL's {@code X-RateLimit-Max}/{@code -Interval-Milliseconds} headers, and pauses
 * for a whole interval when {@code X-RateLimit-Remaining} reaches 0.
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

  private final ReentrantLock lock = new ReentrantLock(true);
  private final Map<String, Window> perKey = new ConcurrentHashMap<>();
  private final Window global;
  private final int keyMax;
  private final long keyWindowMs;
  private final Clock clock;
  private final Sleeper sleeper;

  /** GHL's and Maton's documented limits on the system clock. */
  public SlidingWindowRateLimiter() {
    this(GHL_BURST_MAX, GHL_BURST_WINDOW, MATON_MAX, MATON_WINDOW, Clock.systemUTC(), Sleeper.SYSTEM);
  }

  /**
   * @param keyMax requests per key and window
   * @param keyWindow the per-key window
   * @param globalMax requests per global window (all keys)
   * @param globalWindow the global window
   * @param clock time source
   * @param sleeper how to wait
   */
  public SlidingWindowRateLimiter(int keyMax, Duration keyWindow, int globalMax, Duration globalWindow,
      Clock clock, Sleeper sleeper) {
    if (keyMax < 1 || globalMax < 1) {
      throw new IllegalArgumentException("limits must be at least 1");
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
    lock.lockInterruptibly();
    try {
      long now = clock.millis();
      Window w = window(key);
      w.prune(now);
      global.prune(now);
      at = Math.max(now, w.blockedUntil);
      while (true) {
        long k = w.earliest(at);
        long g = global.earliest(k);
        if (g == k) {
          at = k;
          break;
        }
        at = g;
      }
      w.add(at);
      global.add(at);
    } finally {
      lock.unlock();
    }
    long wait = at - clock.millis();
    if (wait > 0) {
      sleeper.sleep(Duration.ofMillis(wait));
    }
  }

  @Override
  public void onResponse(String key, RateLimitInfo info) {
    lock.lock();
    try {
      Window w = window(key);
      info.burstMax().ifPresent(max -> w.max = (int) Math.max(1, Math.min(max, Integer.MAX_VALUE)));
      info.interval().ifPresent(d -> w.windowMs = Math.max(1, d.toMillis()));
      if (info.burstLimitReached()) {
        w.blockedUntil = Math.max(w.blockedUntil, clock.millis() + w.windowMs);
      }
    } finally {
      lock.unlock();
    }
  }

  private Window window(String key) {
    return perKey.computeIfAbsent(key == null ? "" : key, k -> new Window(keyMax, keyWindowMs));
  }

  /** Reserved send instants of one budget, as a multiset of epoch millis. */
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

    void prune(long now) {
      while (!sent.isEmpty() && sent.firstKey() <= now - windowMs) {
        size -= sent.pollFirstEntry().getValue();
      }
    }

    /**
     * Earliest instant >= from at which one more request fits. Checks (t - window, t + window),
     * which covers every window containing t, so reservations already made in the future are
     * respected too.
     */
    long earliest(long from) {
      long t = from;
      while (count(t - windowMs, t + windowMs) >= max) {
        Long first = sent.higherKey(t - windowMs);
        t = first + windowMs;
      }
      return t;
    }

    private int count(long exclusiveFrom, long exclusiveTo) {
      if (size < max) {
        return size;
      }
      int n = 0;
      for (int c : sent.subMap(exclusiveFrom, false, exclusiveTo, false).values()) {
        n += c;
      }
      return n;
    }

    void add(long t) {
      sent.merge(t, 1, Integer::sum);
      size++;
    }
  }
}
