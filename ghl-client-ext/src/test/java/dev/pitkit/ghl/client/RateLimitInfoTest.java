package dev.pitkit.ghl.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.client.resilience.RateLimitInfo;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Parsing GHL's X-RateLimit-* headers and Retry-After. */
class RateLimitInfoTest {
  private final FakeRetryClock clock = new FakeRetryClock();

  private RateLimitInfo parse(String... nameValues) {
    Map<String, List<String>> h = new java.util.LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      h.put(nameValues[i], List.of(nameValues[i + 1]));
    }
    return RateLimitInfo.parse(h, clock);
  }

  @Test
  void readsAllGhlHeadersInAnyCase() {
    RateLimitInfo info = parse("x-ratelimit-limit-daily", "200000", "X-RATELIMIT-DAILY-REMAINING", "199990",
        "X-RateLimit-Interval-Milliseconds", "10000", "X-RateLimit-Max", "100", "x-ratelimit-remaining", "98");
    assertEquals(200000, info.dailyLimit().getAsLong());
    assertEquals(199990, info.dailyRemaining().getAsLong());
    assertEquals(Duration.ofSeconds(10), info.interval().orElseThrow());
    assertEquals(100, info.burstMax().getAsLong());
    assertEquals(98, info.burstRemaining().getAsLong());
    assertFalse(info.dailyLimitReached());
    assertFalse(info.burstLimitReached());
    assertTrue(info.toString().contains("98/100"));
  }

  @Test
  void missingOrGarbledHeadersAreEmpty() {
    RateLimitInfo info = parse("X-RateLimit-Remaining", "lots", "Retry-After", "soon");
    assertTrue(info.burstRemaining().isEmpty());
    assertTrue(info.retryAfter().isEmpty());
    RateLimitInfo none = RateLimitInfo.none();
    assertTrue(none.dailyLimit().isEmpty() && none.burstMax().isEmpty() && none.interval().isEmpty());
    assertFalse(none.dailyLimitReached() || none.burstLimitReached());
  }

  @Test
  void limitsReached() {
    assertTrue(parse("X-RateLimit-Daily-Remaining", "0").dailyLimitReached());
    assertTrue(parse("X-RateLimit-Remaining", "0").burstLimitReached());
  }

  @Test
  void retryAfterInSecondsFractionsAndNegatives() {
    assertEquals(Optional.of(Duration.ofSeconds(120)), parse("Retry-After", "120").retryAfter());
    assertEquals(Optional.of(Duration.ofMillis(1500)), parse("Retry-After", " 1.5 ").retryAfter());
    assertEquals(Optional.of(Duration.ZERO), parse("Retry-After", "-4").retryAfter());
  }

  @Test
  void retryAfterAsHttpDateIsMeasuredFromTheInjectedClock() {
    String future = DateTimeFormatter.RFC_1123_DATE_TIME.format(FakeRetryClock.START.plusSeconds(90).atOffset(ZoneOffset.UTC));
    String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(FakeRetryClock.START.minusSeconds(90).atOffset(ZoneOffset.UTC));
    assertEquals(Optional.of(Duration.ofSeconds(90)), parse("Retry-After", future).retryAfter());
    assertEquals(Optional.of(Duration.ZERO), parse("Retry-After", past).retryAfter());
    assertEquals(Optional.of(Duration.ofSeconds(90)), parse("Retry-After", "Mon, 02 Mar 2026 12:01:30 GMT").retryAfter());
  }

  @Test
  void retryAfterInTheObsoleteHttpDateFormsRfc9110Accepts() {
    assertEquals(Optional.of(Duration.ofSeconds(90)), parse("Retry-After", "Monday, 02-Mar-26 12:01:30 GMT").retryAfter(),
        "RFC 850");
    assertEquals(Optional.of(Duration.ofSeconds(90)), parse("Retry-After", "Mon Mar  2 12:01:30 2026").retryAfter(),
        "asctime");
    assertEquals(Optional.of(Duration.ZERO), parse("Retry-After", "Sunday, 06-Nov-94 08:49:37 GMT").retryAfter(),
        "a two-digit year from 70 on is in the 1900s");
  }

  @Test
  void onlyDecimalNumbersAreNumbers() {
    RateLimitInfo info = parse("X-RateLimit-Daily-Remaining", "NaN", "X-RateLimit-Remaining", "Infinity",
        "X-RateLimit-Max", "0x64", "Retry-After", "10d");
    assertTrue(info.dailyRemaining().isEmpty() && !info.dailyLimitReached(), "NaN is not a spent day");
    assertTrue(info.burstRemaining().isEmpty());
    assertTrue(info.burstMax().isEmpty());
    assertTrue(info.retryAfter().isEmpty(), "Java's 10d is not seconds");
    assertEquals(100, parse("X-RateLimit-Max", "1e2").burstMax().getAsLong());
  }

  @Test
  void aWindowSizeOrLengthBelowOneMeansNothing() {
    RateLimitInfo info = parse("X-RateLimit-Max", "0", "X-RateLimit-Interval-Milliseconds", "-5000",
        "X-RateLimit-Remaining", "0");
    assertTrue(info.burstMax().isEmpty());
    assertTrue(info.interval().isEmpty(), "a negative interval would be a negative wait");
    assertTrue(info.burstLimitReached());
  }
}
