package dev.pitkit.ghl.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A WireMock transformer, one instance per server, that injects faults into matched responses:
 * rules added by the JUnit extension's helpers and the standalone server's flags, and (when
 * enabled) the per-request header {@value #FAULT_HEADER}. Optionally answers requests that violate
 * the spec with a GHL-style 422 first. Gateway 401s and unmatched requests pass untouched.
 */
public final class FaultInjector implements ResponseDefinitionTransformerV2 {
  /** Per-request fault header: {@code 429}, {@code 500} (any 4xx/5xx), {@code reset}, {@code empty}, {@code delay=MS}, {@code stall=MS}, {@code retry-after=S}, {@code no-retry-after}. */
  public static final String FAULT_HEADER = "X-Mock-Fault";
  /** Default {@code Retry-After} of a header-requested 429, in seconds. */
  public static final int DEFAULT_RETRY_AFTER_SECONDS = 1;

  private final StubCatalog catalog;
  private final boolean headerFaults;
  private final Function<LoggedRequest, List<String>> requestValidator;
  private final List<FaultRule> rules = new CopyOnWriteArrayList<>();

  /**
   * @param catalog to name the operation of a request answered by a non-testkit stub
   * @param headerFaults whether {@value #FAULT_HEADER} is honoured
   * @param requestValidator spec violations of a request (empty when valid), or null for none
   */
  public FaultInjector(StubCatalog catalog, boolean headerFaults, Function<LoggedRequest, List<String>> requestValidator) {
    this.catalog = catalog;
    this.headerFaults = headerFaults;
    this.requestValidator = requestValidator;
  }

  @Override
  public String getName() {
    return "ghl-fault-injector";
  }

  /** Adds a rule; rules are tried in the order added. */
  public void add(FaultRule rule) {
    rules.add(rule);
  }

  /** Removes every rule. */
  public void clear() {
    rules.clear();
  }

  /** The rules that may still fire. */
  public List<FaultRule> activeRules() {
    List<FaultRule> out = new ArrayList<>();
    for (FaultRule r : rules) {
      if (r.active()) {
        out.add(r);
      }
    }
    return out;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    ResponseDefinition rd = event.getResponseDefinition();
    StubMapping stub = event.getStubMapping();
    if (!event.getWasMatched() || stub == null || isGateway(stub)) {
      return rd;
    }
    LoggedRequest request = event.getRequest();
    ResponseDefinition out = rd;
    if (requestValidator != null) {
      List<String> violations = requestValidator.apply(request);
      if (!violations.isEmpty()) {
        // GHL's answer to the request; faults still apply on top (Maton's 429 comes before GHL)
        out = FaultRule.keepOperation(rd, jsonBuilder(422, ErrorBodies.validationFailed(violations))).build();
      }
    }
    String op = operationOf(stub, request);
    String connection = request.getHeader("Maton-Connection");
    for (FaultRule r : rules) {
      if (r.kind() == FaultRule.Kind.DELAY && r.appliesTo(op, connection) && r.fire()) {
        out = r.apply(out);
      }
    }
    boolean replaced = false;
    for (FaultRule r : rules) { // each rule counts every call it applies to; the first one due answers
      if (r.kind() != FaultRule.Kind.DELAY && r.appliesTo(op, connection) && r.due() && !replaced && r.take()) {
        out = r.apply(out);
        replaced = true;
      }
    }
    if (headerFaults) {
      String header = request.getHeader(FAULT_HEADER);
      if (header != null && !header.isBlank()) {
        out = applyHeader(out, header);
      }
    }
    return out;
  }

  private String operationOf(StubMapping stub, LoggedRequest request) {
    if (stub.getMetadata() != null) {
      Object ghl = stub.getMetadata().get("ghl");
      if (ghl instanceof java.util.Map<?, ?> m && m.get("operationId") != null) {
        return String.valueOf(m.get("operationId"));
      }
    }
    return catalog.resolve(request.getMethod().getName(), request.getUrl()).map(OperationStub::operationId).orElse(null);
  }

  static boolean isGateway(StubMapping stub) {
    return stub.getName() != null && stub.getName().startsWith(StubLayout.GATEWAY_PREFIX);
  }

  /** Applies an {@value #FAULT_HEADER} value; an unknown token answers 400 explaining the syntax. */
  static ResponseDefinition applyHeader(ResponseDefinition rd, String header) {
    Integer status = null;
    Integer retryAfter = null;
    boolean noRetryAfter = false;
    long delayMs = 0;
    long stallMs = 0;
    FaultRule.Kind fault = null;
    for (String raw : header.split("[,;\\s]+")) {
      String token = raw.trim().toLowerCase(Locale.ROOT);
      if (token.isEmpty()) {
        continue;
      }
      try {
        if (token.matches("[45]\\d\\d")) {
          status = Integer.parseInt(token);
        } else if (token.equals("reset")) {
          fault = FaultRule.Kind.RESET;
        } else if (token.equals("empty")) {
          fault = FaultRule.Kind.EMPTY;
        } else if (token.startsWith("delay=")) {
          delayMs = Long.parseLong(token.substring(6));
          if (delayMs < 0) {
            return badHeader(rd, raw);
          }
        } else if (token.startsWith("stall=")) {
          stallMs = Long.parseLong(token.substring(6));
          if (stallMs < FaultRule.STALL_PIECES) {
            return badHeader(rd, raw);
          }
        } else if (token.startsWith("retry-after=")) {
          retryAfter = Integer.parseInt(token.substring(12));
          if (retryAfter < 0) {
            return badHeader(rd, raw);
          }
        } else if (token.equals("no-retry-after")) {
          noRetryAfter = true;
        } else {
          return badHeader(rd, raw);
        }
      } catch (NumberFormatException e) {
        return badHeader(rd, raw);
      }
    }
    if (status == null && fault == null && retryAfter != null) {
      status = 429; // retry-after=S on its own: a 429 with that Retry-After
    }
    ResponseDefinition out = rd;
    if (fault != null) {
      out = FaultRule.fault(null, 1, 1, fault).apply(out);
    } else if (status != null) {
      Duration ra = noRetryAfter ? null
          : retryAfter != null ? Duration.ofSeconds(retryAfter)
          : status == 429 ? Duration.ofSeconds(DEFAULT_RETRY_AFTER_SECONDS) : null;
      out = FaultRule.respond(null, 1, 1, status, ra, null).apply(out);
    }
    if (delayMs > 0) {
      out = FaultRule.delay(null, 1, 1, Duration.ofMillis(delayMs)).apply(out);
    }
    if (stallMs > 0 && fault == null) {
      out = FaultRule.stall(null, 1, 1, Duration.ofMillis(stallMs)).apply(out);
    }
    return out;
  }

  private static ResponseDefinition badHeader(ResponseDefinition rd, String token) {
    String body = "{\"statusCode\":400,\"message\":\"" + FAULT_HEADER + ": unknown token '" + token.replaceAll("[\"\\\\]", "")
        + "' (use 429, 500 or any 4xx/5xx status, reset, empty, delay=MS, stall=MS (at least 50), retry-after=S, no-retry-after)\",\"error\":\"Bad Request\"}";
    return FaultRule.keepOperation(rd, jsonBuilder(400, body)).build();
  }

  private static ResponseDefinitionBuilder jsonBuilder(int status, String body) {
    return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(body);
  }
}
