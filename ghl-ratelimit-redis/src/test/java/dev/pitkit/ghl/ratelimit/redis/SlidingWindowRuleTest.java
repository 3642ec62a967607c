package dev.pitkit.ghl.ratelimit.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.client.resilience.RateLimitInfo;
import dev.pitkit.ghl.client.resilience.RateLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "At most N in any window of W", kept across instances: three limiters (three JVMs' worth: each has
 * its own Redis connection and client) with four threads each spend one connection's budget; every
 * admitted instant (Redis' clock) is recorded and every window is checked.
 */
class SlidingWindowRuleTest {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();

  static final String KEY = "test-maton-key-not-real";
  static final int MAX = 20;
  static final Duration WINDOW = Duration.ofMillis(500);

  RedisRateLimiter limiter(int burstMax, Duration burstWindow, int matonMax, Duration matonWindow) {
    return RedisRateLimiter.builder().apiKey(KEY).url(REDIS.url()).burstLimit(burstMax, burstWindow)
        .matonLimit(matonMax, matonWindow).commandTimeout(Duration.ofSeconds(5)).build();
  }

  @Test
  void noWindowEverHoldsMoreThanTheLimitAcrossInstances() throws Exception {
    int instances = 3;
    int threadsEach = 4;
    int total = 6 * MAX; // six windows' worth
    List<RedisRateLimiter> limiters = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      limiters.add(limiter(MAX, WINDOW, 1000, Duration.ofSeconds(1)));
    }
    List<Long> admitted = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger left = new AtomicInteger(total);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < instances * threadsEach; i++) {
      RedisRateLimiter l = limiters.get(i % instances);
      boolean answer = i % 2 == 0; // half the permits get a response (their entry moves to the response's instant)
      Thread t = new Thread(() -> {
        try {
          go.await();
          while (left.getAndDecrement() > 0) {
            RateLimiter.Permit p = l.acquirePermit("conn_rule");
            RedisRateLimiter.SharedPermit sp = assertInstanceOf(RedisRateLimiter.SharedPermit.class, p);
            admitted.add(sp.admittedAtMicros);
            if (answer) {
              l.onPermitResponse(p, RateLimitInfo.none());
            }
          }
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      });
      t.start();
      threads.add(t);
    }
    go.countDown();
    for (Thread t : threads) {
      t.join();
    }
    limiters.forEach(RedisRateLimiter::close);
    if (failure.get() != null) {
      throw new AssertionError(failure.get());
    }
    assertEquals(total, admitted.size());
    long windowMicros = WINDOW.toNanos() / 1000;
    // the rule: no window of W holds more than MAX admissions ...
    assertEquals(MAX, Windows.fullest(admitted, windowMicros), "fullest window of " + WINDOW);
    // ... and the limiter did not get there by being slow: twice as long a window holds more
    assertTrue(Windows.fullest(admitted, 2 * windowMicros) > MAX);
  }

  /** A request the JDK resent without a permit fills the shared window at once, for every instance. */
  @Test
  void aResentRequestIsCountedAtOnceOnEveryInstance() throws Exception {
    try (RedisRateLimiter a = limiter(2, Duration.ofSeconds(10), 1000, Duration.ofSeconds(1));
        RedisRateLimiter b = limiter(2, Duration.ofSeconds(10), 1000, Duration.ofSeconds(1))) {
      a.acquirePermit("conn_resent");
      assertTrue(a.countResent("conn_resent"), "counted without waiting");
      long inWindow = REDIS.with(r -> r.zcard(a.keys("conn_resent").burst));
      assertEquals(2, inWindow, "both requests in the burst window");
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
      try {
        java.util.concurrent.Future<RateLimiter.Permit> third = pool.submit(() -> b.acquirePermit("conn_resent"));
        assertThrows(java.util.concurrent.TimeoutException.class, () -> third.get(500, java.util.concurrent.TimeUnit.MILLISECONDS),
            "another instance waits: a third request within 10 s would pass GHL's limit of 2");
        third.cancel(true);
      } finally {
        pool.shutdownNow();
      }
      assertTrue(b.countResent(null), "Maton's window alone, for a request without a connection");
    }
  }

  @Test
  void matonsWindowIsSharedByEveryConnectionOfTheApiKey() throws Exception {
    try (RedisRateLimiter a = limiter(1000, Duration.ofSeconds(10), 5, Duration.ofMillis(400));
        RedisRateLimiter b = limiter(1000, Duration.ofSeconds(10), 5, Duration.ofMillis(400))) {
      List<Long> admitted = new ArrayList<>();
      for (int i = 0; i < 15; i++) {
        RedisRateLimiter l = i % 2 == 0 ? a : b;
        admitted.add(((RedisRateLimiter.SharedPermit) l.acquirePermit(i % 3 == 0 ? "conn_x" : i % 3 == 1 ? "conn_y" : null))
            .admittedAtMicros);
      }
      assertEquals(5, Windows.fullest(admitted, 400_000));
    }
  }

  /**
   * A response moves its entries later (to its own instant): each key then lives until the moved
   * entry has left its window, not only until the admission instant's window ends, or a key gone
   * early would free its window's slots before GHL does.
   */
  @Test
  void aLateResponseKeepsItsKeysUntilTheMovedEntryLeavesTheWindow() throws Exception {
    try (RedisRateLimiter l = limiter(3, Duration.ofSeconds(1), 3, Duration.ofSeconds(1))) {
      RateLimiter.Permit p = l.acquirePermit("conn_ttl");
      Thread.sleep(1200); // the response comes later than the keys' slack (1 s) beyond the admission's window
      l.onPermitResponse(p, RateLimitInfo.none());
      RedisRateLimiter.Keys keys = l.keys("conn_ttl");
      for (String key : List.of(keys.burst, keys.maton)) {
        String member = ((RedisRateLimiter.SharedPermit) p).member;
        long movedToMs = REDIS.with(r -> r.zscore(key, member)).longValue() / 1000;
        long expiresAtMs = REDIS.with(r -> {
          List<String> time = r.time();
          return Long.parseLong(time.get(0)) * 1000 + Long.parseLong(time.get(1)) / 1000 + r.pttl(key);
        });
        assertTrue(expiresAtMs >= movedToMs + 1000, key + " expires at " + expiresAtMs
            + ", before its moved entry (" + movedToMs + ") leaves the 1 s window");
      }
    }
  }

  @Test
  void anotherApiKeyHasItsOwnWindows() throws Exception {
    try (RedisRateLimiter a = limiter(100, Duration.ofSeconds(10), 10, Duration.ofSeconds(1));
        RedisRateLimiter other = RedisRateLimiter.builder().apiKey("another-fake-key").url(REDIS.url()).build()) {
      a.acquirePermit("conn_1");
      other.acquirePermit("conn_1");
      other.acquirePermit("conn_1");
      assertEquals(1L, (long) REDIS.with(r -> r.zcard(a.keys("conn_1").burst)));
      assertEquals(2L, (long) REDIS.with(r -> r.zcard(other.keys("conn_1").burst)));
      assertEquals(2L, (long) REDIS.with(r -> r.zcard(other.keys(null).maton)));
      assertTrue(!a.keys("conn_1").burst.equals(other.keys("conn_1").burst));
    }
  }
}
