package dev.pitkit.ghl.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.client.resilience.RateLimitInfo;
import dev.pitkit.ghl.client.resilience.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The retry decisions and delays, without HTTP. */
class RetryPolicyTest {
  private final RetryPolicy policy = RetryPolicy.DEFAULT;
  private final FakeRetryClock clock = new FakeRetryClock();

  private RateLimitInfo headers(Map<String, List<String>> h) {
    return RateLimitInfo.parse(h, clock);
  }

  @Test
  void defaults() {
    assertEquals(2, policy.maxRetries());
    assertEquals(Duration.ofMillis(500), policy.initialDelay());
    assertEquals(Duration.ofSeconds(30), policy.maxDelay());
    assertFalse(policy.retryNonIdempotent());
  }

  @Test
  void backoffDoublesIsCappedAndJittersDownByAtMostAQuarter() {
    assertEquals(Duration.ofMillis(500), policy.backoff(1, () -> 0.0));
    assertEquals(Duration.ofMillis(1000), policy.backoff(2, () -> 0.0));
    assertEquals(Duration.ofMillis(2000), policy.backoff(3, () -> 0.0));
    assertEquals(Duration.ofMillis(1500), policy.backoff(3, () -> 1.0));
    assertEquals(Duration.ofSeconds(30), policy.backoff(10, () -> 0.0));
    assertEquals(Duration.ofSeconds(30), policy.backoff(1000, () -> 0.0), "no overflow for huge retry numbers");
    assertEquals(Duration.ofMillis(700), policy.withMaxDelay(Duration.ofMillis(700)).backoff(5, () -> 0.0));
    assertEquals(Duration.ofMillis(100), policy.withInitialDelay(Duration.ofMillis(100)).backoff(1, () -> 0.0));
    for (int i = 0; i < 1000; i++) {
      long ms = policy.backoff(2).toMillis();
      assertTrue(ms >= 750 && ms <= 1000, "jittered backoff " + ms);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "PUT", "DELETE"})
  void idempotentMethodsRetryTransientStatusesAndIoFailures(String method) {
    for (int status : new int[] {408, 429, 500, 502, 503, 504}) {
      assertTrue(policy.retriesStatus(method, status), method + " " + status);
    }
    for (int status : new int[] {400, 401, 403, 404, 409, 422, 501, 505}) {
      assertFalse(policy.retriesStatus(method, status), method + " " + status);
    }
    assertTrue(policy.retriesIoFailure(method, false));
    assertTrue(policy.retriesIoFailure(method, true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PATCH"})
  void nonIdempotentMethodsRetryOnly429AndUnsentRequestsUnlessOptedIn(String method) {
    assertTrue(policy.retriesStatus(method, 429));
    for (int status : new int[] {408, 500, 502, 503, 504}) {
      assertFalse(policy.retriesStatus(method, status), method + " " + status);
      assertTrue(policy.withRetryNonIdempotent(true).retriesStatus(method, status), method + " " + status + " opted in");
    }
    assertFalse(policy.retriesIoFailure(method, false), "a timeout after sending is ambiguous");
    assertTrue(policy.retriesIoFailure(method, true), "a refused connection sent nothing");
    assertTrue(policy.withRetryNonIdempotent(true).retriesIoFailure(method, false));
  }

  @Test
  void delayPrefersRetryAfterThenTheBurstWindowThenBackoff() {
    assertEquals(Duration.ofSeconds(3), policy.delayAfter(headers(Map.of("Retry-After", List.of("3"),
        "X-RateLimit-Remaining", List.of("0"), "X-RateLimit-Interval-Milliseconds", List.of("10000"))), 1));
    assertEquals(Duration.ofSeconds(10), policy.delayAfter(headers(Map.of(
        "X-RateLimit-Remaining", List.of("0"), "X-RateLimit-Interval-Milliseconds", List.of("10000"))), 1));
    assertEquals(Duration.ofSeconds(5), policy.withMaxDelay(Duration.ofSeconds(5)).delayAfter(headers(Map.of(
        "X-RateLimit-Remaining", List.of("0"), "X-RateLimit-Interval-Milliseconds", List.of("10000"))), 1),
        "the burst interval is capped");
    long backoff = policy.delayAfter(headers(Map.of("X-RateLimit-Remaining", List.of("12"),
        "X-RateLimit-Interval-Milliseconds", List.of("10000"))), 1).toMillis();
    assertTrue(backoff >= 375 && backoff <= 500, "remaining > 0: plain backoff, was " + backoff);
  }

  @Test
  void aSpentBurstWindowWaitsOnlyUntilTheLimiterSaysItHasRoom() {
    RateLimitInfo spent = headers(Map.of("X-RateLimit-Remaining", List.of("0"),
        "X-RateLimit-Interval-Milliseconds", List.of("10000")));
    assertEquals(Duration.ofMillis(3_200), policy.delayAfter(spent, 1, Duration.ofMillis(3_200)));
    assertEquals(Duration.ofSeconds(10), policy.delayAfter(spent, 1, Duration.ofSeconds(25)), "never more than an interval");
    assertEquals(Duration.ofSeconds(10), policy.delayAfter(spent, 1, null), "unknown: a whole interval");
    assertEquals(Duration.ZERO, policy.delayAfter(spent, 1, Duration.ofMillis(-5)));
    assertEquals(Duration.ofSeconds(2), policy.withMaxDelay(Duration.ofSeconds(2)).delayAfter(spent, 1, Duration.ofSeconds(3)));
    assertEquals(Duration.ofMillis(700), policy.delayAfter(headers(Map.of("X-RateLimit-Remaining", List.of("0"))), 1,
        Duration.ofMillis(700)), "no interval header, but the limiter knows");
    assertEquals(Duration.ofSeconds(3), policy.delayAfter(headers(Map.of("Retry-After", List.of("3"),
        "X-RateLimit-Remaining", List.of("0"))), 1, Duration.ofMillis(700)), "Retry-After still wins");
    assertNull(policy.delayAfter(headers(Map.of("X-RateLimit-Daily-Remaining", List.of("0"),
        "X-RateLimit-Remaining", List.of("0"))), 1, Duration.ofMillis(700)), "a spent day is still not retried");
  }

  @Test
  void noRetryForASpentDailyQuotaOrARetryAfterBeyondTheCap() {
    assertNull(policy.delayAfter(headers(Map.of("X-RateLimit-Daily-Remaining", List.of("0"),
        "Retry-After", List.of("1"))), 1));
    assertNull(policy.delayAfter(headers(Map.of("Retry-After", List.of("31"))), 1));
    assertEquals(Duration.ofSeconds(30), policy.delayAfter(headers(Map.of("Retry-After", List.of("30"))), 1));
  }

  @Test
  void rejectsNonsense() {
    assertThrows(GhlConfigurationException.class, () -> policy.withMaxRetries(-1));
    assertThrows(GhlConfigurationException.class, () -> policy.withMaxDelay(Duration.ofMillis(-1)));
    assertThrows(GhlConfigurationException.class, () -> policy.withMaxDelay(null));
    assertThrows(GhlConfigurationException.class, () -> RequestOptions.builder().maxRetries(-1).build());
  }
}
