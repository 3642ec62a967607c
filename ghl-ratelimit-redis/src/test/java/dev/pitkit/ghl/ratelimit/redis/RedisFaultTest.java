package dev.pitkit.ghl.ratelimit.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.client.resilience.RateLimitInfo;
import dev.pitkit.ghl.client.resilience.RateLimiter;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Redis down at start, killed mid-run, slower than the timeout, and back again: a call is never
 * lost or stuck, the limiter falls back (fail-open) or refuses (fail-closed), logs one WARN per
 * outage, and shares the budget again once Redis answers.
 */
class RedisFaultTest {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();

  static final String KEY = "test-maton-key-not-real";
  static final String CONN = "conn_faults";

  RedisRateLimiter.Builder builder(String url) {
    return RedisRateLimiter.builder().apiKey(KEY).url(url).commandTimeout(Duration.ofMillis(500))
        .connectTimeout(Duration.ofMillis(500)).reconnectInterval(Duration.ofMillis(100));
  }

  static boolean shared(RateLimiter.Permit p) {
    return p instanceof RedisRateLimiter.SharedPermit;
  }

  /** Acquires until a permit is shared again (Redis answered), for at most 30 s. */
  static RateLimiter.Permit untilShared(RedisRateLimiter l) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      RateLimiter.Permit p = l.acquirePermit(CONN);
      l.onPermitResponse(p, RateLimitInfo.none());
      if (shared(p)) {
        return p;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the limiter did not use Redis again within 30 s");
      }
      Thread.sleep(50);
    }
  }

  static String deadUrl() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "redis://127.0.0.1:" + s.getLocalPort();
    }
  }

  @Test
  void downAtStartFailOpenAdmitsThroughTheFallback() throws Exception {
    try (RedisRateLimiter l = builder(deadUrl()).build()) {
      assertFalse(l.isRedisAvailable());
      for (int i = 0; i < 20; i++) {
        RateLimiter.Permit p = l.acquirePermit(CONN);
        assertFalse(shared(p));
        assertEquals(CONN, p.key());
        l.onPermitResponse(p, RateLimitInfo.none());
      }
      assertEquals(1, l.outageCount(), "one outage, however many calls");
    }
  }

  @Test
  void downAtStartFailClosedRefusesWithATypedException() throws Exception {
    try (RedisRateLimiter l = builder(deadUrl()).failureMode(FailureMode.FAIL_CLOSED).build()) {
      SharedRateLimitUnavailableException e = assertThrows(SharedRateLimitUnavailableException.class,
          () -> l.acquirePermit(CONN));
      assertTrue(e.getMessage().contains("fail-closed"), e.getMessage());
      // why: the refused connection, not a slow server
      assertTrue(e.getMessage().contains("is unavailable (") && e.getMessage().contains("Connection refused"), e.getMessage());
      assertFalse(e.getMessage().contains("did not answer"), e.getMessage());
      assertFalse(e.getMessage().contains(KEY));
      assertThrows(SharedRateLimitUnavailableException.class, () -> l.acquirePermit(CONN));
      assertEquals(1, l.outageCount());
    }
  }

  @Test
  void downAtStartThenRedisComesUp() throws Exception {
    REDIS.kill();
    try (RedisRateLimiter l = builder(REDIS.url()).build()) {
      assertFalse(shared(l.acquirePermit(CONN)));
      REDIS.start();
      untilShared(l);
      assertTrue(l.isRedisAvailable());
      assertEquals(1, l.outageCount());
    }
  }

  @Test
  void killedMidRunFallsBackAndComesBack() throws Exception {
    try (RedisRateLimiter l = builder(REDIS.url()).build()) {
      RateLimiter.Permit before = l.acquirePermit(CONN);
      assertTrue(shared(before));
      REDIS.kill();
      l.onPermitResponse(before, RateLimitInfo.none()); // its response arrives while Redis is away: ignored
      for (int i = 0; i < 10; i++) {
        RateLimiter.Permit p = l.acquirePermit(CONN);
        assertFalse(shared(p));
        l.onPermitResponse(p, RateLimitInfo.none());
      }
      assertEquals(1, l.outageCount());
      REDIS.start();
      RateLimiter.Permit after = untilShared(l);
      assertEquals(CONN, after.key());
      assertEquals(1, l.outageCount());
      // the restarted Redis lost the scripts and the windows: they come back with the next call
      assertEquals(1L, (long) REDIS.with(r -> r.zcard(l.keys(CONN).burst)));
    }
  }

  @Test
  void killedMidRunFailClosedRefusesThenRecovers() throws Exception {
    try (RedisRateLimiter l = builder(REDIS.url()).failureMode(FailureMode.FAIL_CLOSED).build()) {
      assertTrue(shared(l.acquirePermit(CONN)));
      REDIS.kill();
      assertThrows(SharedRateLimitUnavailableException.class, () -> l.acquirePermit(CONN));
      REDIS.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (true) {
        try {
          assertTrue(shared(l.acquirePermit(CONN)));
          break;
        } catch (SharedRateLimitUnavailableException e) {
          assertTrue(System.nanoTime() < deadline, "did not recover within 30 s");
          Thread.sleep(50);
        }
      }
      assertEquals(1, l.outageCount());
    }
  }

  @Test
  void slowerThanTheTimeoutFallsBackAndComesBack() throws Exception {
    try (RedisRateLimiter l = builder(REDIS.url()).commandTimeout(Duration.ofMillis(500)).build();
        StatefulRedisConnection<String, String> admin = REDIS.connect()) {
      assertTrue(shared(l.acquirePermit(CONN)));
      // every client's commands wait 3 s on the server: far slower than the timeout (and than 50 ms)
      admin.sync().clientPause(3000);
      RateLimiter.Permit p = l.acquirePermit(CONN);
      assertFalse(shared(p), "not stuck behind the slow Redis");
      assertEquals(1, l.outageCount());
      untilShared(l);
      assertEquals(1, l.outageCount());
    }
  }

  @Test
  void duringAnOutageCallsDoNotWaitForASlowRedisOneByOne() throws Exception {
    try (RedisRateLimiter l = builder(REDIS.url()).commandTimeout(Duration.ofMillis(500))
        .reconnectInterval(Duration.ofMinutes(10)).build();
        StatefulRedisConnection<String, String> admin = REDIS.connect()) {
      assertTrue(shared(l.acquirePermit(CONN)));
      admin.sync().configResetstat();
      admin.sync().clientPause(3000);
      for (int i = 0; i < 20; i++) {
        assertFalse(shared(l.acquirePermit(CONN)));
      }
      // once the pause is over: only the first of the 20 calls reached Redis (and timed out there)
      String stats = admin.sync().info("commandstats");
      long scripts = stats.lines().filter(line -> line.startsWith("cmdstat_evalsha:") || line.startsWith("cmdstat_eval:"))
          .mapToLong(line -> Long.parseLong(line.replaceAll("^[^:]*:calls=(\\d+),.*", "$1"))).sum();
      assertEquals(1, scripts, stats);
      assertEquals(1, l.outageCount());
    }
  }

  @Test
  void slowerThanTheTimeoutFailClosedRefuses() throws Exception {
    try (RedisRateLimiter l = builder(REDIS.url()).commandTimeout(Duration.ofMillis(500))
        .failureMode(FailureMode.FAIL_CLOSED).build();
        StatefulRedisConnection<String, String> admin = REDIS.connect()) {
      assertTrue(shared(l.acquirePermit(CONN)));
      admin.sync().clientPause(3000);
      SharedRateLimitUnavailableException e = assertThrows(SharedRateLimitUnavailableException.class,
          () -> l.acquirePermit(CONN));
      assertTrue(e.getCause() != null, "the timeout is the cause");
      assertTrue(e.getMessage().contains("did not answer within 500 ms"), e.getMessage());
    }
  }

  @Test
  void anInterruptWhileRedisIsSlowIsTheCallersNotAnOutage() throws Exception {
    try (RedisRateLimiter l = builder(REDIS.url()).commandTimeout(Duration.ofSeconds(10))
        .failureMode(FailureMode.FAIL_CLOSED).build();
        StatefulRedisConnection<String, String> admin = REDIS.connect()) {
      assertTrue(shared(l.acquirePermit(CONN)));
      admin.sync().clientPause(1500); // the next command waits on the server
      java.util.concurrent.atomic.AtomicReference<Throwable> outcome = new java.util.concurrent.atomic.AtomicReference<>();
      Thread t = new Thread(() -> {
        try {
          outcome.set(new AssertionError("admitted: " + l.acquirePermit(CONN)));
        } catch (Throwable e) {
          outcome.set(e);
        }
      });
      t.start();
      Thread.sleep(300);
      t.interrupt();
      t.join(10_000);
      assertInstanceOf(InterruptedException.class, outcome.get(), String.valueOf(outcome.get()));
      assertEquals(0, l.outageCount(), "no outage");
      assertTrue(l.isRedisAvailable());
      assertTrue(shared(l.acquirePermit(CONN)), "another caller is not refused: Redis is fine");
    }
  }

  @Test
  void slowButWithinTheTimeoutStaysShared() throws Exception {
    try (RedisRateLimiter l = builder(REDIS.url()).commandTimeout(Duration.ofSeconds(10)).build();
        StatefulRedisConnection<String, String> admin = REDIS.connect()) {
      assertTrue(shared(l.acquirePermit(CONN)));
      admin.sync().clientPause(300); // one call takes about 300 ms, over 50 ms
      RateLimiter.Permit p = l.acquirePermit(CONN);
      assertInstanceOf(RedisRateLimiter.SharedPermit.class, p);
      assertEquals(0, l.outageCount());
    }
  }

  /**
   * A cold JVM's first handshake (HELLO) can take longer than one command may: it is bounded by the
   * connect timeout, not the command timeout, so build() still connects (CLIENT PAUSE holds it here).
   */
  @Test
  void aHandshakeSlowerThanTheCommandTimeoutButWithinTheConnectTimeoutConnects() throws Exception {
    try (StatefulRedisConnection<String, String> admin = REDIS.connect()) {
      admin.sync().clientPause(700);
      try (RedisRateLimiter l = builder(REDIS.url()).commandTimeout(Duration.ofMillis(200))
          .connectTimeout(Duration.ofSeconds(5)).build()) {
        assertTrue(l.isRedisAvailable(), "the handshake was held to the command timeout");
        assertEquals(0, l.outageCount());
        assertTrue(shared(l.acquirePermit(CONN)));
      }
    }
  }

  /**
   * While Redis answers, the fallback learns GHL's headers too: an outage that begins when GHL has
   * just said the window is spent does not let the fallback send at once from an empty window.
   */
  @Test
  void theFallbackStartsAnOutageKnowingWhatGhlSaidOfTheWindow() throws Exception {
    java.util.List<Duration> waits = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (RedisRateLimiter l = builder(REDIS.url()).burstLimit(5, Duration.ofSeconds(10)).sleeper(d -> {
      waits.add(d);
      throw new InterruptedException("the test stops at the first wait");
    }).build()) {
      RateLimiter.Permit p = l.acquirePermit(CONN);
      assertTrue(shared(p));
      l.onPermitResponse(p, SharedLearningTest.headers("X-RateLimit-Max", "5", "X-RateLimit-Remaining", "0",
          "X-RateLimit-Interval-Milliseconds", "10000"));
      REDIS.kill();
      assertThrows(InterruptedException.class, () -> l.acquirePermit(CONN), "the fallback waits for the window");
      assertEquals(1, waits.size());
      assertTrue(waits.get(0).compareTo(Duration.ofSeconds(5)) > 0, "waited " + waits);
    } finally {
      REDIS.start();
    }
  }

  /** close() ends a wait in the fallback (Redis down, its window full): the caller gets the closed error. */
  @Test
  void closeEndsAWaitInTheFallback() throws Exception {
    RedisRateLimiter l = builder(deadUrl()).burstLimit(1, Duration.ofMinutes(1)).build();
    l.acquirePermit(CONN); // the fallback's one slot
    java.util.concurrent.CompletableFuture<Throwable> waiter = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        l.acquirePermit(CONN);
        return null;
      } catch (Throwable t) {
        return t;
      }
    });
    Thread.sleep(300); // time to reach the wait (earlier, it meets the closed check instead: the same error)
    l.close();
    Throwable ended = waiter.get(30, TimeUnit.SECONDS); // before: the window's minute, then a permit
    assertInstanceOf(IllegalStateException.class, ended);
    assertTrue(ended.getMessage().contains("closed"), ended.getMessage());
  }

  @Test
  void closedLimiterRefuses() {
    RedisRateLimiter l = builder(REDIS.url()).build();
    l.close();
    assertThrows(IllegalStateException.class, () -> l.acquirePermit(CONN));
  }
}
