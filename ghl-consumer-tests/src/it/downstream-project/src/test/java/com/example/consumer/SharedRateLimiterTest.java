package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.ratelimit.redis.RedisRateLimiter;
import dev.pitkit.ghl.testkit.GhlMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The main README's shared rate limiter, verbatim (ReadmeSnippetsTest in ghl-examples checks the
 * text), configured from the environment. No Redis runs here (GHL_REDIS_URL is unset, so the default
 * redis://127.0.0.1:6379 is refused): the call goes through the in-JVM fallback, as the README says
 * it does by default when Redis is down. ghl-ratelimit-redis' own tests run against a real Redis.
 */
class SharedRateLimiterTest {
  @RegisterExtension
  static GhlMockExtension gateway = EnvironmentGateway.onMatonBaseUrlPort();

  @Test
  void readmeSharedLimiterRunsAsWritten() {
    RedisRateLimiter shared = RedisRateLimiter.builder()
        .fromEnv()                                   // MATON_API_KEY, GHL_REDIS_URL, GHL_REDIS_PASSWORD, GHL_REDIS_TLS, ...
        .build();                                    // one per application, like the client; close() it at shutdown
    GhlClient ghl = GhlClient.builder().fromEnv().rateLimiter(shared).build();

    assertEquals("abc123", ghl.contacts().getContact("abc123").getContact().getId());
    shared.close();
  }
}
