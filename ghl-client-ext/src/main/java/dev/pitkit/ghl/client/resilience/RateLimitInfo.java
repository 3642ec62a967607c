package dev.pitkit.ghl.client.resilience;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * GHL's rate limit headers of one response, plus {@code Retry-After}.
 *
 * <p>GHL sends {@code X-RateLimit-Max} / {@code X-RateLimit-Remaining} /
 * {@code X-RateLimit-Interval-Milliseconds} for the burst window (100 per 10 s per location) and
 * {@code X-RateLimit-Limit-Daily} / {@code X-RateLimit-Daily-Remaining} for the day (200,000).
 * Any of them may be missing.
 */
public final class RateLimitInfo implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final RateLimitInfo NONE = new RateLimitInfo(null, null, null, null, null, null);

  private final Long burstMax;
  private final Long burstRemaining;
  private final Long intervalMillis;
  private final Long dailyLimit;
  private final Long dailyRemaining;
  private final Duration retryAfter;

  private RateLimitInfo(Long burstMax, Long burstRemaining, Long intervalMillis, Long dailyLimit,
      Long dailyRemaining, Duration retryAfter) {
    this.burstMax = burstMax;
    this.burstRemaining = burstRemaining;
    this.intervalMillis = intervalMillis;
    this.dailyLimit = dailyLimit;
    this.dailyRemaining = dailyRemaining;
    this.retryAfter = retryAfter;
  }

  /** Reads the headers (names in any case); {@code clock} resolves an HTTP-date {@code Retry-After}. */
  public static RateLimitInfo parse(Map<String, ? extends Collection<String>> headers, Clock clock) {
    return new RateLimitInfo(
        positive(number(headers, "x-ratelimit-max")),
        number(headers, "x-ratelimit-remaining"),
        positive(number(headers, "x-ratelimit-interval-milliseconds")),
        number(headers, "x-ratelimit-limit-daily"),
        number(headers, "x-ratelimit-daily-remaining"),
        retryAfter(header(headers, "retry-after"), clock));
  }

  /** Burst window size ({@code X-RateLimit-Max}); a value below 1 is left out. */
  public OptionalLong burstMax() {
    return opt(burstMax);
  }

  /** Requests left in the burst window ({@code X-RateLimit-Remaining}). */
  public OptionalLong burstRemaining() {
    return opt(burstRemaining);
  }

  /** Burst window length ({@code X-RateLimit-Interval-Milliseconds}); a value below 1 ms is left out. */
  public Optional<Duration> interval() {
    return Optional.ofNullable(intervalMillis).map(Duration::ofMillis);
  }

  /** Daily quota ({@code X-RateLimit-Limit-Daily}). */
  public OptionalLong dailyLimit() {
    return opt(dailyLimit);
  }

  /** Requests left today ({@code X-RateLimit-Daily-Remaining}). */
  public OptionalLong dailyRemaining() {
    return opt(dailyRemaining);
  }

  /** The server's {@code Retry-After} (seconds or HTTP date), never negative. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** True when the daily quota is spent: waiting seconds will not help. */
  public boolean dailyLimitReached() {
    return dailyRemaining != null && dailyRemaining <= 0;
  }

  /** True when the burst window is spent. */
  public boolean burstLimitReached() {
    return burstRemaining != null && burstRemaining <= 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RateLimitInfo r && Objects.equals(burstMax, r.burstMax)
        && Objects.equals(burstRemaining, r.burstRemaining) && Objects.equals(intervalMillis, r.intervalMillis)
        && Objects.equals(dailyLimit, r.dailyLimit) && Objects.equals(dailyRemaining, r.dailyRemaining)
        && Objects.equals(retryAfter, r.retryAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(burstMax, burstRemaining, intervalMillis, dailyLimit, dailyRemaining, retryAfter);
  }

  @Override
  public String toString() {
    return "RateLimitInfo{burst " + burstRemaining + "/" + burstMax + " per " + intervalMillis
        + " ms, daily " + dailyRemaining + "/" + dailyLimit + ", retryAfter " + retryAfter + "}";
  }

  private static OptionalLong opt(Long v) {
    return v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }

  static String header(Map<String, ? extends Collection<String>> headers, String name) {
    for (Map.Entry<String, ? extends Collection<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().iterator().next().trim();
      }
    }
    return null;
  }

  private static Long number(Map<String, ? extends Collection<String>> headers, String name) {
    String v = header(headers, name);
    if (v == null) {
      return null;
    }
    return DECIMAL.matcher(v).matches() ? (long) Double.parseDouble(v) : null;
  }

  /** A decimal number: not NaN, Infinity, hex or Java's {@code 10d} / {@code 10f}, which parseDouble takes too. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

  /** A size or length below 1 means nothing (a negative interval would be a negative wait). */
  private static Long positive(Long v) {
    return v == null || v < 1 ? null : v;
  }

  /**
   * The HTTP-date forms RFC 9110 (section 5.6.7) asks a recipient to accept: IMF-fixdate (RFC 1123),
   * the obsolete RFC 850 form and asctime's.
   */
  private static final List<DateTimeFormatter> HTTP_DATES = List.of(
      DateTimeFormatter.RFC_1123_DATE_TIME,
      new DateTimeFormatterBuilder().appendPattern("EEEE, dd-MMM-") // two-digit years: 1970 to 2069
          .appendValueReduced(ChronoField.YEAR, 2, 2, 1970).appendPattern(" HH:mm:ss zzz").toFormatter(Locale.US),
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC));

  static Duration retryAfter(String value, Clock clock) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    if (DECIMAL.matcher(value).matches()) {
      double seconds = Double.parseDouble(value);
      return seconds < 0 ? Duration.ZERO : Duration.ofMillis((long) (seconds * 1000));
    } else {
      for (DateTimeFormatter format : HTTP_DATES) {
        try {
          Duration d = Duration.between(clock.instant(), ZonedDateTime.parse(value, format).toInstant());
          return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException notThisForm) {
          // try the next form
        }
      }
      return null;
    }
  }

  /** An empty value (no headers seen). */
  public static RateLimitInfo none() {
    return NONE;
  }
}
