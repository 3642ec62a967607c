package dev.pitkit.ghl.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A WireMock transformer, one per server, answering what GHL and the gateway answer before an
 * operation runs, for every request answered by one of the testkit's stubs (the spec's, the
 * missing-query and end-of-list ones, and the helpers' {@code willReturn} / page chains):
 *
 * <ol>
 *   <li>a known connection of the wrong kind: an agency connection on an operation GHL allows only
 *       a sub-account token for gets 401 {@code "Token's user type mismatch"}, a sub-account one on
 *       an agency operation 403 {@code "The token does not have access to this location."} (the
 *       seed's messages); {@code x-ghl-token} and {@code x-ghl-token-also} say which kinds an
 *       operation accepts; a connection the gateway was not told of, or none, is accepted;
 *   <li>a missing (or empty) required query parameter: 422 naming each one, in GHL's form
 *       ({@code "LocationId can't be undefined"});
 *   <li>an {@code x-ghl-require-one-of} rule none of whose parameters is given: 422
 *       {@code "Either of calendarId, userId or groupId is required"} (GHL's wording);
 *   <li>an {@code x-ghl-together} rule given in part: 422 {@code "Both startDate and endDate must be
 *       provided together"} (the wording of GHL's files);
 *   <li>an {@code x-ghl-range} broken (the end before the start, or too long a range): 422.
 * </ol>
 *
 * <p>A user's own stubs (no {@code metadata.ghl}) answer as configured, and the gateway's 401s and
 * unmatched requests pass untouched. Registered before the fault injector, so faults still apply
 * on top (Maton's 429 comes before GHL sees a request).
 */
public final class GatewayChecks implements ResponseDefinitionTransformerV2 {
  /** WireMock extension name. */
  public static final String NAME = "ghl-gateway-checks";
  private static final String CONNECTION_HEADER = "Maton-Connection";

  private final StubCatalog catalog;
  private final Map<String, String> connectionKinds;

  /**
   * @param catalog the operations (token kinds, required query parameters, require-one-of rules)
   * @param connectionKinds connection id to {@code agency} / {@code sub-account}; empty to accept every connection
   */
  public GatewayChecks(StubCatalog catalog, Map<String, String> connectionKinds) {
    this.catalog = catalog;
    this.connectionKinds = Map.copyOf(connectionKinds);
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    ResponseDefinition rd = event.getResponseDefinition();
    StubMapping stub = event.getStubMapping();
    if (!event.getWasMatched() || stub == null || FaultInjector.isGateway(stub)) {
      return rd;
    }
    OperationStub op = operationOf(stub);
    if (op == null) {
      return rd;
    }
    LoggedRequest request = event.getRequest();
    String refused = refusedConnection(op, request.getHeader(CONNECTION_HEADER));
    if (refused != null) {
      return json(ConnectionKinds.AGENCY.equals(refused) ? 401 : 403,
          ConnectionKinds.AGENCY.equals(refused) ? ErrorBodies.userTypeMismatch() : ErrorBodies.noLocationAccess(), op);
    }
    List<String> missing = new ArrayList<>();
    for (String name : op.requiredQuery()) {
      if (!given(request, name)) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      return json(422, ErrorBodies.missingQueryParameters(missing), op);
    }
    if (!op.requireOneOf().isEmpty() && op.requireOneOf().stream().noneMatch(name -> given(request, name))) {
      return json(422, ErrorBodies.requireOneOf(op.requireOneOf()), op);
    }
    long givenTogether = op.together().stream().filter(name -> given(request, name)).count();
    if (givenTogether > 0 && givenTogether < op.together().size()) {
      return json(422, ErrorBodies.together(op.together()), op);
    }
    String range = rangeProblem(op.range(), request);
    if (range != null) {
      return json(422, ErrorBodies.validationFailed(List.of(range)), op);
    }
    return rd;
  }

  /**
   * The kind of {@code connection} when the gateway knows it and {@code op} does not accept that
   * kind, else null.
   */
  String refusedConnection(OperationStub op, String connection) {
    if (connection == null || !(ConnectionKinds.AGENCY.equals(op.token()) || ConnectionKinds.SUB_ACCOUNT.equals(op.token()))) {
      return null;
    }
    String kind = connectionKinds.get(connection.strip());
    if (kind == null || kind.equals(op.token()) || op.tokenAlso().contains(kind)) {
      return null;
    }
    return kind;
  }

  private OperationStub operationOf(StubMapping stub) {
    if (stub.getMetadata() == null || !(stub.getMetadata().get("ghl") instanceof Map<?, ?> ghl)) {
      return null;
    }
    Object id = ghl.get("operationId");
    return id == null ? null : catalog.operations().get(String.valueOf(id));
  }

  /** What breaks the operation's {@code x-ghl-range} (both ends given as epoch milliseconds), or null. */
  static String rangeProblem(OperationStub.Range range, LoggedRequest request) {
    if (range == null || !given(request, range.from()) || !given(request, range.to())) {
      return null;
    }
    try {
      long from = Long.parseLong(request.queryParameter(range.from()).firstValue());
      long to = Long.parseLong(request.queryParameter(range.to()).firstValue());
      if (to < from) {
        return range.to() + " must not be before " + range.from();
      }
      return range.maxDays() > 0 && to - from > range.maxDays() * 86_400_000L
          ? "Date range cannot be more than " + range.maxDays() + " days" : null;
    } catch (NumberFormatException e) {
      return null; // not a number: the spec validation reports it
    }
  }

  /** A non-empty query parameter, or a non-empty part of a multipart form, named {@code name}. */
  static boolean given(LoggedRequest request, String name) {
    QueryParameter p = request.queryParameter(name);
    if (p != null && p.isPresent() && p.values().stream().anyMatch(v -> v != null && !v.isEmpty())) {
      return true;
    }
    try {
      return request.isMultipart() && request.getParts() != null && request.getParts().stream()
          .anyMatch(part -> name.equals(part.getName()) && part.getBody() != null && part.getBody().asBytes().length > 0);
    } catch (RuntimeException e) { // an unreadable multipart body: the spec validation reports it
      return false;
    }
  }

  /** Whether {@code stub} is a missing-query stub of the generated mappings. */
  public static boolean isMissingQueryStub(StubMapping stub) {
    return stub != null && stub.getName() != null && stub.getName().endsWith(StubLayout.MISSING_QUERY_SUFFIX)
        && stub.getMetadata() != null && stub.getMetadata().get("ghl") instanceof Map<?, ?> ghl
        && "missing-query".equals(ghl.get("role"));
  }

  private static ResponseDefinition json(int status, String body, OperationStub op) {
    return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withHeader(StubLayout.OPERATION_HEADER, op.operationId())
        .withBody(body).build();
  }
}
