package dev.pitkit.ghl.ratelimit.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.client.error.GhlConfigurationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings: checked at the setter, read from the environment, never shown. No Redis needed. */
class BuilderTest {
  @Test
  void readsTheEnvironment() {
    RedisRateLimiter.Builder b = RedisRateLimiter.builder().fromEnv(Map.of(
        "MATON_API_KEY", "test-maton-key-not-real",
        "GHL_REDIS_URL", "redis://127.0.0.1:1",
        "GHL_REDIS_USERNAME", "app",
        "GHL_REDIS_PASSWORD", "pw-not-real",
        "GHL_REDIS_TLS", "true",
        "GHL_REDIS_KEY_PREFIX", "svc:rl",
        "GHL_REDIS_TIMEOUT_MS", "75",
        "GHL_REDIS_FAILURE_MODE", "fail_closed"));
    String s = b.toString();
    assertTrue(s.contains("redis://127.0.0.1:1") && s.contains("svc:rl") && s.contains("tls=true"), s);
    assertFalse(s.contains("pw-not-real") || s.contains("test-maton-key-not-real"), s);
    try (RedisRateLimiter l = b.connectTimeout(Duration.ofMillis(100)).build()) {
      assertEquals("svc:rl", l.keyPrefix());
      assertTrue(l.toString().contains("rediss://127.0.0.1:1") && l.toString().contains("FAIL_CLOSED")
          && l.toString().contains("timeout 75 ms"), l.toString());
      assertTrue(l.keys("c").burst.startsWith("svc:rl:{"));
    }
  }

  @Test
  void refusesWhatItCannotHonour() {
    RedisRateLimiter.Builder b = RedisRateLimiter.builder();
    assertThrows(GhlConfigurationException.class, b::build); // no API key
    assertThrows(GhlConfigurationException.class, () -> b.apiKey(" "));
    assertThrows(GhlConfigurationException.class, () -> b.url("http://127.0.0.1:6379"));
    assertThrows(GhlConfigurationException.class, () -> b.keyPrefix("a b"));
    assertThrows(GhlConfigurationException.class, () -> b.keyPrefix("a{b}"));
    assertThrows(GhlConfigurationException.class, () -> b.burstLimit(0, Duration.ofSeconds(1)));
    assertThrows(GhlConfigurationException.class, () -> b.matonLimit(1, Duration.ZERO));
    assertThrows(GhlConfigurationException.class, () -> b.dailyLimit(0));
    assertThrows(GhlConfigurationException.class, () -> b.commandTimeout(null));
    assertThrows(GhlConfigurationException.class, () -> b.failureMode(null));
    assertThrows(GhlConfigurationException.class, () -> b.fallback(null));
    assertThrows(GhlConfigurationException.class, () -> b.fromEnv(Map.of("GHL_REDIS_TLS", "yes")));
    assertThrows(GhlConfigurationException.class, () -> b.fromEnv(Map.of("GHL_REDIS_TIMEOUT_MS", "soon")));
    assertThrows(GhlConfigurationException.class, () -> b.fromEnv(Map.of("GHL_REDIS_FAILURE_MODE", "maybe")));
  }

  @Test
  void keysHashTheApiKeyTheSameWayEverywhere() {
    assertEquals(RedisRateLimiter.hash("k"), RedisRateLimiter.hash("k"));
    assertEquals(32, RedisRateLimiter.hash("k").length());
    assertFalse(RedisRateLimiter.hash("k").equals(RedisRateLimiter.hash("k2")));
  }
}
