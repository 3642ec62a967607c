package dev.pitkit.ghl.testkit;

import dev.pitkit.ghl.client.resilience.SlidingWindowRateLimiter;
import dev.pitkit.ghl.testkit.internal.FaultInjector;
import dev.pitkit.ghl.testkit.internal.FaultRule;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What the next calls (of one operation, or of any) should suffer; obtained from
 * {@link GhlMockExtension#nextCalls(int)}, {@link GhlMockExtension#allCalls()} or the same methods of
 * {@link OperationStubs}. After the counted calls, requests get their normal stubbed answer again,
 * so a retrying client can be observed recovering.
 *
 * <pre>{@code
 * ghl.operation("getContact").nextCalls(2).rateLimited(Duration.ofSeconds(1)); // 429 + Retry-After: 1, twice
 * ghl.operation("getContact").nextCalls(1).dailyLimitReached();                 // GHL's 429 with its X-RateLimit-* headers
 * ghl.nextCalls(3).serverError(503);                                            // any operation
 * ghl.operation("createContact").nextCalls(1).connectionReset();
 * ghl.operation("getContact").nextCalls(1).stalledBody(Duration.ofSeconds(2));   // headers, then a body too slow
 * }</pre>
 */
public final class CallFaults {
  private final FaultInjector injector;
  private final String operationId;
  private final int count;
  /** The {@code Maton-Connection} the faults are for, or null for any. */
  private final String connection;

  CallFaults(FaultInjector injector, String operationId, int count) {
    this(injector, operationId, count, null);
  }

  private CallFaults(FaultInjector injector, String operationId, int count, String connection) {
    if (count == 0 || count < -1) {
      throw new IllegalArgumentException("the number of calls must be positive, was " + count);
    }
    this.injector = injector;
    this.operationId = operationId;
    this.count = count;
    this.connection = connection;
  }

  /**
   * The same faults for calls sent with {@code Maton-Connection: connectionId} only: one location
   * among many fails while the others are answered as usual (a multi-tenant job's isolation test).
   * The counted calls are that connection's.
   *
   * <pre>{@code
   * ghl.nextCalls(3).onConnection("conn_location_7").serverError(503);
   * }</pre>
   */
  public CallFaults onConnection(String connectionId) {
    return new CallFaults(injector, operationId, count, Objects.requireNonNull(connectionId, "connectionId"));
  }

  /** Adds {@code rule}, for this connection only when one was named. */
  private void add(FaultRule rule) {
    injector.add(connection == null ? rule : rule.onConnection(connection));
  }

  /** 429 Too Many Requests without {@code Retry-After} (the client backs off on its own). */
  public void rateLimited() {
    add(FaultRule.respond(operationId, count, 1, 429, null, null));
  }

  /** 429 Too Many Requests with {@code Retry-After} in whole seconds (rounded down). */
  public void rateLimited(Duration retryAfter) {
    add(FaultRule.respond(operationId, count, 1, 429, Objects.requireNonNull(retryAfter, "retryAfter"), null));
  }

  /**
   * GHL's own 429 for a spent burst budget, with the headers GHL sends on every answer:
   * {@code X-RateLimit-Remaining: 0} of {@code X-RateLimit-Max: 100} per
   * {@code X-RateLimit-Interval-Milliseconds: 10000}, and a daily budget left
   * ({@code X-RateLimit-Limit-Daily: 200000}, {@code X-RateLimit-Daily-Remaining: 199000}). No
   * {@code Retry-After}: the client waits for its burst window to free before retrying.
   * ({@link #rateLimited()} is the gateway's own 429, without GHL's headers.)
   */
  public void burstLimitReached() {
    add(FaultRule.respond(operationId, count, 1, 429, null, null, rateLimitHeaders(0, 199_000)));
  }

  /**
   * GHL's own 429 for a spent daily budget: {@code X-RateLimit-Daily-Remaining: 0} of
   * {@code X-RateLimit-Limit-Daily: 200000}, burst budget left ({@code X-RateLimit-Remaining: 99} of
   * 100 per 10 s). The client does not retry it: nothing frees before the day ends.
   */
  public void dailyLimitReached() {
    add(FaultRule.respond(operationId, count, 1, 429, null, null, rateLimitHeaders(99, 0)));
  }

  private static Map<String, String> rateLimitHeaders(int burstRemaining, int dailyRemaining) {
    return Map.of("X-RateLimit-Max", Integer.toString(SlidingWindowRateLimiter.GHL_BURST_MAX),
        "X-RateLimit-Remaining", Integer.toString(burstRemaining),
        "X-RateLimit-Interval-Milliseconds", Long.toString(SlidingWindowRateLimiter.GHL_BURST_WINDOW.toMillis()),
        "X-RateLimit-Limit-Daily", "200000", // GHL's daily quota, which no client setting names
        "X-RateLimit-Daily-Remaining", Integer.toString(dailyRemaining));
  }

  /** 500 Internal Server Error with a GHL-style body. */
  public void serverError() {
    serverError(500);
  }

  /** A 5xx status with a GHL-style body. */
  public void serverError(int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("not a 5xx status: " + status);
    }
    add(FaultRule.respond(operationId, count, 1, status, null, null));
  }

  /** Any status with this JSON body (null: a GHL-style error body for the status). */
  public void respond(int status, String jsonBody) {
    add(FaultRule.respond(operationId, count, 1, status, null, jsonBody));
  }

  /**
   * Any status with a body of another media type: a proxy's HTML error page
   * ({@code respond(502, "<html>Bad gateway</html>", "text/html")}), a plain-text answer.
   */
  public void respond(int status, String body, String contentType) {
    add(FaultRule.respond(operationId, count, 1, status, null, Objects.requireNonNull(body, "body"),
        Map.of("Content-Type", Objects.requireNonNull(contentType, "contentType"))));
  }

  /** The connection is reset by the server ({@code Fault.CONNECTION_RESET_BY_PEER}). */
  public void connectionReset() {
    add(FaultRule.fault(operationId, count, 1, FaultRule.Kind.RESET));
  }

  /** The connection is closed without any response ({@code Fault.EMPTY_RESPONSE}). */
  public void emptyResponse() {
    add(FaultRule.fault(operationId, count, 1, FaultRule.Kind.EMPTY));
  }

  /**
   * The normal response, its status line and headers sent almost at once and its body so slowly
   * that it is complete only after {@code stall} (at least 50 ms): for testing that a client's
   * timeout bounds the whole response, not only the wait for the headers. Keep it a little longer
   * than the timeout under test.
   */
  public void stalledBody(Duration stall) {
    add(FaultRule.stall(operationId, count, 1, Objects.requireNonNull(stall, "stall")));
  }

  /** The normal response, sent after {@code delay}. Keep delays tiny in unit tests. */
  public void delayed(Duration delay) {
    add(FaultRule.delay(operationId, count, 1, delay));
  }
}
