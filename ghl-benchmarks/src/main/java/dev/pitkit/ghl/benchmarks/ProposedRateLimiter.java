package dev.pitkit.ghl.benchmarks;

import dev.pitkit.ghl.client.resilience.RateLimitInfo;
import dev.pitkit.ghl.client.resilience.RateLimiter;
import dev.pitkit.ghl.client.resilience.SlidingWindowRateLimiter;
import dev.pitkit.ghl.client.resilience.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * NOT part of the client: a copy of {@link SlidingWindowRateLimiter} with the two changes the
 * README proposes, kept here only so {@link RateLimitedThroughput} can show their effect
 * ({@code RateLimitedThroughput 30 16 fixed}).
 * <ol>
 *   <li>{@code X-RateLimit-Remaining: 0} pauses the key until the oldest request this limiter
 *       knows of leaves the window (a whole interval from now only when it knows of none, i.e.
 *       someone else spent the budget). A client that saturates its budget is told Remaining 0
 *       at every window edge; pausing a whole interval from now each time halves its rate.</li>
 *   <li>A request's slot is stamped with the instant its response arrived (the same thread calls
 *       {@link #acquire} and {@link #onResponse}), not the instant it was reserved. The server
 *       counts a request when it arrives, which is after the reservation (Feign, the first
 *       connection, JIT on a cold JVM); stamping the response time keeps our window at or behind
 *       the server's, so a freed slot is free on the server too.</li>
 * </ol>
 */
public final class ProposedRateLimiter implements RateLimiter {
  private final ReentrantLock lock = new ReentrantLock(true);
  private final Map<String, Window> perKey = new ConcurrentHashMap<>();
  private final Window global;
  private final int keyMax;
  private final long keyWindowMs;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ThreadLocal<long[]> reserved = new ThreadLocal<>();

  /** GHL's and Maton's documented limits on the system clock, as the facade's default. */
  public ProposedRateLimiter() {
    this.keyMax = SlidingWindowRateLimiter.GHL_BURST_MAX;
    this.keyWindowMs = SlidingWindowRateLimiter.GHL_BURST_WINDOW.toMillis();
    this.global = new Window(SlidingWindowRateLimiter.MATON_MAX, SlidingWindowRateLimiter.MATON_WINDOW.toMillis());
    this.clock = Clock.systemUTC();
    this.sleeper = Sleeper.SYSTEM;
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
    reserved.set(new long[] {at});
    long wait = at - clock.millis();
    if (wait > 0) {
      sleeper.sleep(Duration.ofMillis(wait));
    }
  }

  @Override
  public void onResponse(String key, RateLimitInfo info) {
    long[] slot = reserved.get();
    reserved.remove();
    lock.lock();
    try {
      long now = clock.millis();
      Window w = window(key);
      if (slot != null && slot[0] < now) { // change 2: the slot counts from the response
        w.move(slot[0], now);
        global.move(slot[0], now);
      }
      info.burstMax().ifPresent(max -> w.max = (int) Math.max(1, Math.min(max, Integer.MAX_VALUE)));
      info.interval().ifPresent(d -> w.windowMs = Math.max(1, d.toMillis()));
      if (info.burstLimitReached()) { // change 1: until our oldest request leaves the window, not a whole window from now
        w.prune(now);
        long until = w.sent.isEmpty() ? now + w.windowMs : Math.min(now + w.windowMs, w.sent.firstKey() + w.windowMs);
        w.blockedUntil = Math.max(w.blockedUntil, until);
      }
    } finally {
      lock.unlock();
    }
  }

  private Window window(String key) {
    return perKey.computeIfAbsent(key == null ? "" : key, k -> new Window(keyMax, keyWindowMs));
  }

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

    long earliest(long from) {
      long t = from;
      while (count(t - windowMs, t + windowMs) >= max) {
        Long first = sent.higherKey(t - windowMs);
        t = first + windowMs;
      }
      return t;
    }

    int count(long exclusiveFrom, long exclusiveTo) {
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

    void move(long from, long to) {
      Integer c = sent.get(from);
      if (c == null) {
        return; // already pruned
      }
      if (c == 1) {
        sent.remove(from);
      } else {
        sent.put(from, c - 1);
      }
      sent.merge(to, 1, Integer::sum);
    }
  }
}
