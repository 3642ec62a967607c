package dev.pitkit.ghl.ratelimit.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.error.GhlException;
import dev.pitkit.ghl.testkit.GhlMockExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Through {@code GhlClient.builder().rateLimiter(...)}: no call is lost when Redis dies and comes back mid-run. */
class GhlClientIntegrationTest {
  @RegisterExtension
  static final RedisServerExtension REDIS = new RedisServerExtension();

  @RegisterExtension
  static final GhlMockExtension GHL = GhlMockExtension.create();

  @Test
  void everyCallIsServedWhileRedisDiesAndReturns() throws Exception {
    try (RedisRateLimiter shared = RedisRateLimiter.builder().apiKey(GHL.apiKey()).url(REDIS.url())
        .matonLimit(1000, Duration.ofSeconds(1)).burstLimit(1000, Duration.ofSeconds(10))
        .commandTimeout(Duration.ofSeconds(2)).reconnectInterval(Duration.ofMillis(100)).build()) {
      GhlClient ghl = GHL.clientBuilder().rateLimiting(true).rateLimiter(shared).build();
      int calls = 0;
      for (int i = 0; i < 5; i++, calls++) {
        assertEquals("abc123", ghl.contacts().getContact("abc123").getContact().getId());
      }
      assertTrue(shared.isRedisAvailable());
      long inRedis = REDIS.with(r -> r.zcard(shared.keys(GHL.subAccountConnection()).burst));
      assertEquals(5, inRedis, "every call took a shared permit");
      REDIS.kill();
      for (int i = 0; i < 5; i++, calls++) {
        assertEquals("abc123", ghl.contacts().getContact("abc123").getContact().getId());
      }
      assertTrue(!shared.isRedisAvailable());
      REDIS.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!shared.isRedisAvailable()) {
        assertTrue(System.nanoTime() < deadline, "Redis not used again within 30 s");
        ghl.contacts().getContact("abc123");
        calls++;
        Thread.sleep(50);
      }
      assertEquals(calls, GHL.callCount("getContact"), "no call lost");
      assertEquals(1, shared.outageCount());
    }
  }

  @Test
  void failClosedRefusesTheCallUnsent() throws Exception {
    try (RedisRateLimiter shared = RedisRateLimiter.builder().apiKey(GHL.apiKey()).url(RedisFaultTest.deadUrl())
        .failureMode(FailureMode.FAIL_CLOSED).build()) {
      GhlClient ghl = GHL.clientBuilder().rateLimiting(true).rateLimiter(shared).build();
      GhlException e = assertThrows(SharedRateLimitUnavailableException.class, () -> ghl.contacts().getContact("abc123"));
      assertTrue(!e.getMessage().contains(GHL.apiKey()), e.getMessage());
      assertEquals(0, GHL.callCount("getContact"), "nothing was sent");
    }
  }

  @Test
  void aSpentDailyBudgetRefusesTheCallUnsent() throws Exception {
    try (RedisRateLimiter shared = RedisRateLimiter.builder().apiKey(GHL.apiKey()).url(REDIS.url()).dailyLimit(2)
        .commandTimeout(Duration.ofSeconds(2)).build()) {
      GhlClient ghl = GHL.clientBuilder().rateLimiting(true).rateLimiter(shared).build();
      ghl.contacts().getContact("abc123");
      ghl.contacts().getContact("abc123");
      assertThrows(DailyBudgetSpentException.class, () -> ghl.contacts().getContact("abc123"));
      assertEquals(2, GHL.callCount("getContact"));
    }
  }
}
