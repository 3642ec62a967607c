package dev.pitkit.ghl.ratelimit.redis;

import dev.pitkit.ghl.client.error.GhlException;
import java.time.Duration;

/**
 * Thrown by {@link RedisRateLimiter} when the connection's shared daily budget is spent (GHL:
 * 200,000 requests a day per location), counted by every instance or reported by GHL's
 * {@code X-RateLimit-Daily-Remaining: 0}. The request was not sent. Waiting seconds does not help:
 * the budget comes back when the day (UTC, by Redis' clock) ends.
 */
public class DailyBudgetSpentException extends GhlException {
  private static final long serialVersionUID = 1L;
  private final String connection;
  private final Duration untilReset;

  /**
   * Creates the exception.
   *
   * @param connection the connection id whose budget is spent
   * @param untilReset how long until the day's budget comes back
   */
  public DailyBudgetSpentException(String connection, Duration untilReset) {
    super("the daily request budget of connection " + connection + " is spent (shared by every instance);"
        + " it comes back in " + untilReset.toMinutes() + " min, when the UTC day ends", null);
    this.connection = connection;
    this.untilReset = untilReset;
  }

  /** The connection id whose budget is spent. */
  public String connection() {
    return connection;
  }

  /** How long until the day's budget comes back. */
  public Duration untilReset() {
    return untilReset;
  }
}
