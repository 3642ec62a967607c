package dev.pitkit.ghl.ratelimit.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.client.resilience.RateLimitInfo;
import dev.pitkit.ghl.client.resilience.RateLimiter;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The API key is in no Redis key or value after a run that exercises every script (admissions,
 * responses with every header, a pause, the daily budget, an outage), and in no log line,
 * {@code toString()} or exception message.
 */
class NoSecretTest {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();

  static final String KEY = "test-maton-key-not-real";
  static final String PASSWORD = "test-redis-password-not-real";
  static final String CONN = "conn_secret_check";

  @Test
  void theApiKeyIsInNoRedisKeyOrValue() throws Exception {
    try (RedisRateLimiter l = RedisRateLimiter.builder().apiKey(KEY).url(REDIS.url()).keyPrefix("app1:rl").build()) {
      for (int i = 0; i < 5; i++) {
        RateLimiter.Permit p = l.acquirePermit(i % 2 == 0 ? CONN : null);
        l.onPermitResponse(p, RateLimitInfo.parse(Map.of("X-RateLimit-Max", List.of("100"),
            "X-RateLimit-Remaining", List.of(Integer.toString(50 - i)), "X-RateLimit-Interval-Milliseconds", List.of("10000"),
            "X-RateLimit-Limit-Daily", List.of("200000"), "X-RateLimit-Daily-Remaining", List.of("199000"),
            "Retry-After", List.of("1")), Clock.systemUTC()));
      }
      l.untilBurstWindowFrees(CONN);
    }
    Map<String, String> dump = dumpAll();
    assertTrue(dump.size() >= 3, "the run wrote keys: " + dump.keySet());
    for (Map.Entry<String, String> e : dump.entrySet()) {
      assertTrue(e.getKey().startsWith("app1:rl:{"), e.getKey());
      assertFalse(e.getKey().contains(KEY), e.getKey());
      assertFalse(e.getValue().contains(KEY), e.getKey() + " = " + e.getValue());
      assertFalse(e.getKey().contains(CONN), "connection ids are hashed too: " + e.getKey());
      // nor a part of it long enough to matter
      assertFalse(e.getKey().contains("maton-key") || e.getValue().contains("maton-key"), e.getKey());
    }
  }

  /** Every key with its whole value as text (sorted sets with scores, hashes, strings). */
  static Map<String, String> dumpAll() {
    return REDIS.with(r -> {
      Map<String, String> out = new LinkedHashMap<>();
      ScanCursor cursor = ScanCursor.INITIAL;
      do {
        KeyScanCursor<String> page = r.scan(cursor, ScanArgs.Builder.limit(100));
        for (String k : page.getKeys()) {
          out.put(k, value(r, k));
        }
        cursor = page;
      } while (!cursor.isFinished());
      return out;
    });
  }

  static String value(RedisCommands<String, String> r, String k) {
    switch (r.type(k)) {
      case "zset": {
        List<String> v = new ArrayList<>();
        for (ScoredValue<String> sv : r.zrangeWithScores(k, 0, -1)) {
          v.add(sv.getValue() + "=" + sv.getScore());
        }
        return v.toString();
      }
      case "hash":
        return r.hgetall(k).toString();
      case "string":
        return r.get(k);
      default:
        return r.type(k);
    }
  }

  @Test
  void theApiKeyAndPasswordAreInNoToStringOrMessage() throws Exception {
    RedisRateLimiter.Builder b = RedisRateLimiter.builder().apiKey(KEY).url("redis://user:" + PASSWORD + "@127.0.0.1:1")
        .password(PASSWORD.toCharArray()).connectTimeout(Duration.ofMillis(200)).failureMode(FailureMode.FAIL_CLOSED);
    assertFalse(b.toString().contains(KEY) || b.toString().contains(PASSWORD), b.toString());
    try (RedisRateLimiter l = b.build()) {
      assertFalse(l.toString().contains(KEY) || l.toString().contains(PASSWORD), l.toString());
      SharedRateLimitUnavailableException e = org.junit.jupiter.api.Assertions.assertThrows(
          SharedRateLimitUnavailableException.class, () -> l.acquirePermit(CONN));
      for (Throwable t = e; t != null; t = t.getCause()) {
        assertFalse(String.valueOf(t.getMessage()).contains(KEY) || String.valueOf(t.getMessage()).contains(PASSWORD), t.toString());
      }
    }
  }

  /**
   * Every log line of this test JVM goes to {@code target/redis-tests.log} (slf4j-simple at DEBUG,
   * set in the pom, Lettuce's own DEBUG lines included): after an outage and a recovery, it holds
   * this limiter's WARN line once, and the API key nowhere.
   */
  @Test
  void noLogLineHoldsTheApiKey() throws Exception {
    Path log = Path.of(System.getProperty("org.slf4j.simpleLogger.logFile", "target/redis-tests.log"));
    long from = Files.exists(log) ? Files.size(log) : 0;
    REDIS.with(r -> r.configSet("requirepass", PASSWORD)); // this Redis now wants the password
    try (RedisRateLimiter l = RedisRateLimiter.builder().apiKey(KEY).url(REDIS.url()).password(PASSWORD.toCharArray())
        .commandTimeout(Duration.ofSeconds(2)).reconnectInterval(Duration.ofMillis(100)).build()) {
      assertTrue(l.acquirePermit(CONN) instanceof RedisRateLimiter.SharedPermit, "authenticated");
      REDIS.kill(); // an outage: many calls, one WARN
      for (int i = 0; i < 30; i++) {
        RateLimiter.Permit p = l.acquirePermit(CONN);
        l.onPermitResponse(p, RateLimitInfo.none());
      }
      REDIS.start(); // (restarted without a password: AUTH is then accepted by its default user)
      RedisFaultTest.untilShared(l);
      assertEquals(1, l.outageCount());
    }
    byte[] all = Files.readAllBytes(log);
    String text = new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
    assertTrue(text.contains("DEBUG"), "the log holds every level");
    String endpoint = "127.0.0.1:" + REDIS.port();
    long warns = text.lines().filter(s -> s.contains("WARN") && s.contains("Redis rate limiter at " + endpoint)).count();
    assertEquals(1, warns, "one WARN line for the outage");
    assertFalse(text.contains(KEY), "the API key is in the log");
    assertFalse(text.contains(PASSWORD), "the password is in the log");
  }
}
