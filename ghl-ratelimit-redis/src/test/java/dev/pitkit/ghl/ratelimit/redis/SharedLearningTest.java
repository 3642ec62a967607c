package dev.pitkit.ghl.ratelimit.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.client.resilience.RateLimitInfo;
import dev.pitkit.ghl.client.resilience.RateLimiter;
import dev.pitkit.ghl.client.resilience.SlidingWindowRateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What one instance learns (headers, 429s, the daily budget) slows every instance. */
class SharedLearningTest {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();

  static final String KEY = "test-maton-key-not-real";
  static final String CONN = "conn_learn";

  RedisRateLimiter.Builder builder() {
    return RedisRateLimiter.builder().apiKey(KEY).url(REDIS.url()).commandTimeout(Duration.ofSeconds(5));
  }

  static RateLimitInfo headers(String... nameValue) {
    Map<String, List<String>> h = new LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      h.put(nameValue[i], List.of(nameValue[i + 1]));
    }
    return RateLimitInfo.parse(h, Clock.systemUTC());
  }

  static long at(RateLimiter.Permit p) {
    return ((RedisRateLimiter.SharedPermit) p).admittedAtMicros;
  }

  @Test
  void oneInstancesRemainingZeroPausesTheOthers() throws Exception {
    try (RedisRateLimiter a = builder().build(); RedisRateLimiter b = builder().build()) {
      RateLimiter.Permit p = a.acquirePermit(CONN);
      assertTrue(b.untilBurstWindowFrees(CONN).isEmpty());
      // the server says the window (1 s, learned from the header) is spent
      a.onPermitResponse(p, headers("X-RateLimit-Max", "100", "X-RateLimit-Remaining", "0",
          "X-RateLimit-Interval-Milliseconds", "1000"));
      assertTrue(b.untilBurstWindowFrees(CONN).isPresent(), "b knows the window is spent");
      RateLimiter.Permit q = b.acquirePermit(CONN);
      assertTrue(at(q) >= at(p) + 1_000_000, "b waited until a's request left the window");
    }
  }

  @Test
  void lessRemainingOnTheServerIsBookedForEveryone() throws Exception {
    try (RedisRateLimiter a = builder().burstLimit(10, Duration.ofMillis(800)).build();
        RedisRateLimiter b = builder().burstLimit(10, Duration.ofMillis(800)).build()) {
      RateLimiter.Permit p = a.acquirePermit(CONN);
      // someone outside these limiters spent 7: only 2 are left, where the limiters thought 9
      a.onPermitResponse(p, headers("X-RateLimit-Remaining", "2"));
      List<Long> times = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        times.add(at(b.acquirePermit(CONN)));
      }
      assertTrue(times.get(2) >= at(p) + 800_000, "the third waited for the booked ones to leave: " + times);
    }
  }

  @Test
  void aRetryAfterPausesEveryInstance() throws Exception {
    try (RedisRateLimiter a = builder().build(); RedisRateLimiter b = builder().build()) {
      RateLimiter.Permit p = a.acquirePermit(CONN);
      a.onPermitResponse(p, headers("Retry-After", "2"));
      Duration pause = b.untilBurstWindowFrees(CONN).orElseThrow();
      assertTrue(pause.compareTo(Duration.ZERO) > 0 && pause.compareTo(Duration.ofSeconds(2)) <= 0, pause.toString());
    }
  }

  @Test
  void theDailyBudgetIsShared() throws Exception {
    try (RedisRateLimiter a = builder().dailyLimit(3).build(); RedisRateLimiter b = builder().dailyLimit(3).build()) {
      a.acquirePermit(CONN);
      b.acquirePermit(CONN);
      a.acquirePermit(CONN);
      DailyBudgetSpentException e = assertThrows(DailyBudgetSpentException.class, () -> b.acquirePermit(CONN));
      assertEquals(CONN, e.connection());
      assertTrue(e.untilReset().compareTo(Duration.ofDays(1)) <= 0);
      assertFalse(e.getMessage().contains(KEY));
      // another connection has its own day
      a.acquirePermit("conn_other");
    }
  }

  @Test
  void aServerSaysTheDayIsSpent() throws Exception {
    try (RedisRateLimiter a = builder().build(); RedisRateLimiter b = builder().build()) {
      RateLimiter.Permit p = a.acquirePermit(CONN);
      a.onPermitResponse(p, headers("X-RateLimit-Limit-Daily", "200000", "X-RateLimit-Daily-Remaining", "0"));
      assertThrows(DailyBudgetSpentException.class, () -> b.acquirePermit(CONN));
    }
  }

  @Test
  void anInterruptedWaiterLeavesNothingBehind() throws Exception {
    CountDownLatch waiting = new CountDownLatch(1);
    try (RedisRateLimiter a = builder().burstLimit(1, Duration.ofSeconds(30)).build();
        RedisRateLimiter b = builder().burstLimit(1, Duration.ofSeconds(30)).sleeper(d -> {
          waiting.countDown();
          Thread.sleep(d.toMillis());
        }).build()) {
      a.acquirePermit(CONN);
      AtomicReference<Throwable> outcome = new AtomicReference<>();
      Thread t = new Thread(() -> {
        try {
          b.acquirePermit(CONN);
          outcome.set(new AssertionError("admitted"));
        } catch (Throwable e) {
          outcome.set(e);
        }
      });
      t.start();
      waiting.await();
      t.interrupt();
      t.join();
      assertTrue(outcome.get() instanceof InterruptedException, String.valueOf(outcome.get()));
      assertEquals(1L, (long) REDIS.with(r -> r.zcard(a.keys(CONN).burst)), "only a's request is in the window");
      assertEquals(1L, (long) REDIS.with(r -> r.zcard(a.keys(CONN).maton)));
    }
  }

  @Test
  void noHeaderPausesAConnectionForLongerThanTheLongestLearnedWindow() throws Exception {
    try (RedisRateLimiter a = builder().build(); RedisRateLimiter b = builder().build()) {
      // an hour-long window and nothing left: read as the longest learned window (a minute), for everyone
      a.onPermitResponse(a.acquirePermit(CONN), headers("X-RateLimit-Max", "100", "X-RateLimit-Remaining", "0",
          "X-RateLimit-Interval-Milliseconds", "3600000"));
      Duration pause = b.untilBurstWindowFrees(CONN).orElseThrow();
      assertTrue(pause.compareTo(SlidingWindowRateLimiter.MAX_LEARNED_WINDOW) <= 0, pause::toString);
      assertTrue(pause.compareTo(Duration.ofSeconds(50)) > 0, pause::toString);
      assertEquals("60000000", REDIS.with(r -> r.hget(a.keys(CONN).state, "win")));
    }
  }

  @Test
  void noHeaderMakesTheScriptBookMoreThanTheLargestLearnedBurst() throws Exception {
    try (RedisRateLimiter a = builder().build()) {
      a.onPermitResponse(a.acquirePermit(CONN), headers("X-RateLimit-Max", "2147483647", "X-RateLimit-Remaining", "1",
          "X-RateLimit-Interval-Milliseconds", "10000"));
      assertEquals(Integer.toString(SlidingWindowRateLimiter.MAX_LEARNED_BURST),
          REDIS.with(r -> r.hget(a.keys(CONN).state, "max")));
      // the answered request, and the others' 9,998 booked so that one slot is left, as GHL said
      assertEquals(SlidingWindowRateLimiter.MAX_LEARNED_BURST - 1L, (long) REDIS.with(r -> r.zcard(a.keys(CONN).burst)));
    }
  }

  @Test
  void closingTheLimiterFailsACallerThatWaits() throws Exception {
    CountDownLatch waiting = new CountDownLatch(1);
    try (RedisRateLimiter a = builder().burstLimit(1, Duration.ofSeconds(30)).build()) {
      RedisRateLimiter b = builder().burstLimit(1, Duration.ofSeconds(30)).sleeper(d -> {
        waiting.countDown();
        Thread.sleep(Math.min(d.toMillis(), 200));
      }).build();
      a.acquirePermit(CONN);
      AtomicReference<Throwable> outcome = new AtomicReference<>();
      Thread t = new Thread(() -> {
        try {
          outcome.set(new AssertionError("admitted: " + b.acquirePermit(CONN)));
        } catch (Throwable e) {
          outcome.set(e);
        }
      });
      t.start();
      waiting.await();
      b.close();
      t.join(10_000);
      assertTrue(outcome.get() instanceof IllegalStateException && outcome.get().getMessage().contains("closed"),
          String.valueOf(outcome.get()));
    }
  }

  @Test
  void anUnusedPermitGivesBackItsSlotAndItsDailyCountToEveryInstance() throws Exception {
    try (RedisRateLimiter a = builder().burstLimit(1, Duration.ofSeconds(30)).dailyLimit(1).build();
        RedisRateLimiter b = builder().burstLimit(1, Duration.ofSeconds(30)).dailyLimit(1).build()) {
      RateLimiter.Permit unsent = a.acquirePermit(CONN);
      a.onPermitUnused(unsent);
      RateLimiter.Permit sent = b.acquirePermit(CONN); // without the release: the day's 1 is spent
      assertTrue(at(sent) < at(unsent) + 30_000_000, "admitted without waiting out the 30 s window");
      b.onPermitUnused(RateLimiter.Permit.of(CONN)); // a permit of another limiter: the fallback's business
      a.onPermitUnused(unsent); // twice: the member is gone, nothing else is taken back
      assertThrows(DailyBudgetSpentException.class, () -> a.acquirePermit(CONN), "the sent request still counts");
    }
  }

  @Test
  void aResponseMovesTheEntryToTheResponsesInstant() throws Exception {
    try (RedisRateLimiter a = builder().build()) {
      RateLimiter.Permit p = a.acquirePermit(CONN);
      String member = ((RedisRateLimiter.SharedPermit) p).member;
      double before = REDIS.with(r -> r.zscore(a.keys(CONN).burst, member));
      assertEquals(at(p), (long) before);
      REDIS.with(r -> r.time()); // some time passes (a round trip at least)
      a.onPermitResponse(p, RateLimitInfo.none());
      double after = REDIS.with(r -> r.zscore(a.keys(CONN).burst, member));
      assertTrue(after > before, before + " -> " + after);
      assertEquals(after, REDIS.with(r -> r.zscore(a.keys(CONN).maton, member)));
    }
  }
}
