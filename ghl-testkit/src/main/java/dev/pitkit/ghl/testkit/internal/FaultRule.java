package dev.pitkit.ghl.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One fault to inject into matched responses: for one operation or all, for the next {@code n}
 * calls or every call, optionally only every {@code every}-th call.
 */
public final class FaultRule {
  /** What the fault does. */
  public enum Kind {
    /** Replace the response with a status, optional {@code Retry-After} and body. */
    RESPOND,
    /** Reset the connection ({@link Fault#CONNECTION_RESET_BY_PEER}). */
    RESET,
    /** Close the connection without a response ({@link Fault#EMPTY_RESPONSE}). */
    EMPTY,
    /** Delay the normal response. */
    DELAY,
    /**
     * Send the status line and headers almost at once, then the body so slowly that it is complete
     * only after the stall: a read timeout per socket read never fires, only a deadline on the
     * whole response does.
     */
    STALL
  }

  /** The body of a stalled response goes out in this many pieces, spread over the stall. */
  public static final int STALL_PIECES = 50;

  private final String operationId;
  /** The {@code Maton-Connection} the rule is for, or null for any. */
  private final String connection;
  private final AtomicInteger remaining;
  private final int every;
  private final AtomicLong seen = new AtomicLong();
  private final Kind kind;
  private final int status;
  private final Duration retryAfter;
  private final Duration delay;
  private final String body;
  private final Map<String, String> headers;

  private FaultRule(String operationId, int count, int every, Kind kind, int status, Duration retryAfter, Duration delay,
      String body, Map<String, String> headers) {
    this(operationId, null, count, every, kind, status, retryAfter, delay, body, headers);
  }

  private FaultRule(String operationId, String connection, int count, int every, Kind kind, int status,
      Duration retryAfter, Duration delay, String body, Map<String, String> headers) {
    if (count == 0 || count < -1) {
      throw new IllegalArgumentException("count must be positive (or -1 for every call), was " + count);
    }
    if (every < 1) {
      throw new IllegalArgumentException("every must be >= 1");
    }
    this.operationId = operationId;
    this.connection = connection;
    this.remaining = new AtomicInteger(count);
    this.every = every;
    this.kind = Objects.requireNonNull(kind);
    this.status = status;
    this.retryAfter = retryAfter;
    this.delay = delay;
    this.body = body;
    this.headers = Map.copyOf(headers);
  }

  /** A replaced response. {@code count} -1 means every call; {@code operationId} null means any. */
  public static FaultRule respond(String operationId, int count, int every, int status, Duration retryAfter, String body) {
    return respond(operationId, count, every, status, retryAfter, body, Map.of());
  }

  /** As {@link #respond(String, int, int, int, Duration, String)}, with these response headers too. */
  public static FaultRule respond(String operationId, int count, int every, int status, Duration retryAfter, String body,
      Map<String, String> headers) {
    return new FaultRule(operationId, count, every, Kind.RESPOND, status, retryAfter, null,
        body != null ? body : ErrorBodies.forStatus(status), headers);
  }

  /** A connection reset or an empty response. */
  public static FaultRule fault(String operationId, int count, int every, Kind kind) {
    if (kind != Kind.RESET && kind != Kind.EMPTY) {
      throw new IllegalArgumentException(kind + " is not a connection fault");
    }
    return new FaultRule(operationId, count, every, kind, 0, null, null, null, Map.of());
  }

  /** A delay added to the normal response. */
  public static FaultRule delay(String operationId, int count, int every, Duration delay) {
    return new FaultRule(operationId, count, every, Kind.DELAY, 0, null, checkDelay(delay), null, Map.of());
  }

  /** The normal response, its body stalled: complete only {@code stall} after the request. */
  public static FaultRule stall(String operationId, int count, int every, Duration stall) {
    return new FaultRule(operationId, count, every, Kind.STALL, 0, null, checkStall(stall), null, Map.of());
  }

  /** {@code delay} if it is a valid delay (not null or negative), for settings checked before a rule is made. */
  public static Duration checkDelay(Duration delay) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("delay must be >= 0, was " + delay);
    }
    return delay;
  }

  /** {@code stall} if it is a valid stall (at least {@value #STALL_PIECES} ms: a byte per piece). */
  public static Duration checkStall(Duration stall) {
    if (stall == null || stall.toMillis() < STALL_PIECES) {
      throw new IllegalArgumentException("stall must be at least " + STALL_PIECES + " ms, was "
          + (stall == null ? null : stall.toMillis() + " ms"));
    }
    return stall;
  }

  /** Keeps the answering operation's {@code X-Mock-Operation} on a response that replaces its own. */
  static ResponseDefinitionBuilder keepOperation(ResponseDefinition original, ResponseDefinitionBuilder replacement) {
    HttpHeader operation = original.getHeaders() == null ? null : original.getHeaders().getHeader(StubLayout.OPERATION_HEADER);
    return operation != null && operation.isPresent()
        ? replacement.withHeader(StubLayout.OPERATION_HEADER, operation.firstValue()) : replacement;
  }

  /** What this rule does. */
  public Kind kind() {
    return kind;
  }

  /**
   * This rule, not yet used, for requests sent with {@code Maton-Connection: connection} only (one
   * location among many); its calls are counted among that connection's.
   */
  public FaultRule onConnection(String connection) {
    return new FaultRule(operationId, Objects.requireNonNull(connection, "connection"), remaining.get(), every, kind,
        status, retryAfter, delay, body, headers);
  }

  /** Whether the rule is for a request of {@code op} sent with {@code connection} (its header, or null). */
  boolean appliesTo(String op, String connection) {
    return (operationId == null || operationId.equals(op)) && (this.connection == null || this.connection.equals(connection));
  }

  /** Counts this call and says whether the rule fires for it (consuming one of its calls). */
  boolean fire() {
    return due() && take();
  }

  /** Counts this call and says whether it is one the rule is due on (every {@code every}-th), while it may fire. */
  boolean due() {
    if (remaining.get() == 0) {
      return false;
    }
    return every <= 1 || seen.incrementAndGet() % every == 0;
  }

  /** Consumes one of the rule's calls; false when none was left. */
  boolean take() {
    return remaining.getAndUpdate(x -> x > 0 ? x - 1 : x) != 0;
  }

  /** True while the rule may still fire. */
  public boolean active() {
    return remaining.get() != 0;
  }

  ResponseDefinition apply(ResponseDefinition original) {
    return switch (kind) {
      case RESPOND -> {
        ResponseDefinitionBuilder b = keepOperation(original, ResponseDefinitionBuilder.responseDefinition())
            .withStatus(status)
            .withBody(body);
        if (headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
          b.withHeader("Content-Type", "application/json");
        }
        if (retryAfter != null) {
          b.withHeader("Retry-After", String.valueOf(Math.max(0, retryAfter.toSeconds())));
        }
        headers.forEach(b::withHeader);
        if (original.getFixedDelayMilliseconds() != null) {
          b.withFixedDelay(original.getFixedDelayMilliseconds());
        }
        yield b.build();
      }
      case RESET -> ResponseDefinitionBuilder.like(original).withFault(Fault.CONNECTION_RESET_BY_PEER).build();
      case EMPTY -> ResponseDefinitionBuilder.like(original).withFault(Fault.EMPTY_RESPONSE).build();
      case DELAY -> {
        int before = original.getFixedDelayMilliseconds() == null ? 0 : original.getFixedDelayMilliseconds();
        yield ResponseDefinitionBuilder.like(original).withFixedDelay(before + (int) Math.min(Integer.MAX_VALUE, delay.toMillis())).build();
      }
      case STALL -> {
        // WireMock waits stall/pieces before each piece; trailing spaces keep the JSON valid and give
        // every piece a byte, so the headers go out after one short wait and the body takes the whole stall
        String body = original.getTextBody() == null || original.getTextBody().isEmpty() ? "{}" : original.getTextBody();
        yield ResponseDefinitionBuilder.like(original).withBody(body + " ".repeat(Math.max(0, STALL_PIECES - body.length())))
            .withChunkedDribbleDelay(STALL_PIECES, (int) Math.min(Integer.MAX_VALUE, delay.toMillis())).build();
      }
    };
  }

  @Override
  public String toString() {
    return kind + (kind == Kind.RESPOND ? " " + status : "") + (kind == Kind.DELAY || kind == Kind.STALL ? " " + delay.toMillis() + "ms" : "")
        + " for " + (operationId == null ? "any operation" : operationId)
        + (remaining.get() < 0 ? " (every call)" : " (" + remaining.get() + " left)");
  }
}
