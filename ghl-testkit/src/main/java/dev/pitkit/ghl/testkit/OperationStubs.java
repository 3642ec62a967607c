package dev.pitkit.ghl.testkit;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.testkit.internal.ErrorBodies;
import dev.pitkit.ghl.testkit.internal.Json;
import dev.pitkit.ghl.testkit.internal.OperationStub;
import dev.pitkit.ghl.testkit.internal.StubLayout;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Per-operation helpers of a {@link GhlMockExtension} or a {@link GhlMockServer}, by the spec's operationId:
 * <pre>{@code
 * PageChain chain = ghl.operation("listContacts").pages(3, 2);   // 3 pages of 2, cursor style
 * ghl.operation("getContact").willReturn(404, "{\"statusCode\":404,\"message\":\"Not found\"}");
 * ghl.operation("getContact").nextCalls(2).rateLimited(Duration.ofSeconds(1));
 * ghl.operation("createContact").verifyCalled(1, "{\"firstName\":\"Ada\",\"locationId\":\"loc123\"}");
 * }</pre>
 * Stubs added here live until the end of the test (the extension resets to the spec stubs), or on a
 * {@link GhlMockServer} until its {@link GhlMockServer#reset() reset()}.
 */
public final class OperationStubs {
  private final MockGateway gateway;
  private final OperationStub op;

  OperationStubs(MockGateway gateway, OperationStub op) {
    this.gateway = gateway;
    this.op = op;
  }

  /** The operationId. */
  public String operationId() {
    return op.operationId();
  }

  /** HTTP method and path template, e.g. {@code GET /highlevel-pit/contacts/{contactId}}. */
  public String route() {
    return op.method() + " " + op.path();
  }

  /**
   * The spec's example response body (a copy, as JSON text; for an operation whose answer is not
   * JSON, such as a recording, the example's text).
   */
  public String exampleBody() {
    return op.bodyText();
  }

  /**
   * Stubs the list so a complete walk spans {@code pages} pages of {@code perPage} items, in the
   * operation's own pagination style (from {@code x-ghl-pagination}).
   *
   * @throws IllegalArgumentException when the operation is not paginated
   */
  public PageChain pages(int pages, int perPage) {
    if (pages < 1 || perPage < 1) {
      throw new IllegalArgumentException("pages and perPage must be >= 1");
    }
    int[] sizes = new int[pages];
    java.util.Arrays.fill(sizes, perPage);
    return pageSizes(sizes);
  }

  /** Like {@link #pages(int, int)} with an item count per page, e.g. {@code pageSizes(100, 100, 37)}. */
  public PageChain pageSizes(int... sizes) {
    PageChainStubs.Built built = PageChainStubs.build(op, sizes, GhlMockExtension.HELPER_PRIORITY);
    built.stubs().forEach(gateway::addStubMapping);
    return built.chain();
  }

  /**
   * Every call answers {@code status} with {@code jsonBody} (not checked against the spec).
   *
   * @throws IllegalArgumentException when {@code jsonBody} is not JSON (see {@link #willReturn(int, String, String)})
   */
  public OperationStubs willReturn(int status, String jsonBody) {
    Json.parse(jsonBody);
    return willReturn(status, jsonBody, "application/json");
  }

  /**
   * Every call answers {@code status} with {@code body} of media type {@code contentType}: a proxy's
   * HTML error page ({@code willReturn(502, "<html>Bad gateway</html>", "text/html")}), a text answer.
   */
  public OperationStubs willReturn(int status, String body, String contentType) {
    StubMapping m = new StubMapping(StubMapping.buildFrom(op.mappingJson()).getRequest(),
        ResponseDefinitionBuilder.responseDefinition().withStatus(status)
            .withHeader("Content-Type", java.util.Objects.requireNonNull(contentType, "contentType"))
            .withHeader(StubLayout.OPERATION_HEADER, op.operationId())
            .withBody(java.util.Objects.requireNonNull(body, "body")).build());
    m.setName(op.operationId() + " custom " + status);
    m.setPriority(GhlMockExtension.HELPER_PRIORITY);
    m.setMetadata(new Metadata(Map.of("ghl", Map.of("operationId", op.operationId()))));
    gateway.addStubMapping(m);
    return this;
  }

  /** Every call answers the spec's success status with {@code jsonBody}. */
  public OperationStubs willReturn(String jsonBody) {
    return willReturn(op.status(), jsonBody);
  }

  /** Every call answers {@code status} with a GHL-style error body ({@code statusCode}, {@code message}, {@code error}). */
  public OperationStubs willReturnError(int status) {
    return willReturn(status, ErrorBodies.forStatus(status));
  }

  /** Every call is answered after {@code delay}. */
  public OperationStubs delayed(Duration delay) {
    new CallFaults(gateway.faults(), op.operationId(), -1).delayed(delay);
    return this;
  }

  /** Faults for the next {@code n} calls of this operation. */
  public CallFaults nextCalls(int n) {
    return new CallFaults(gateway.faults(), op.operationId(), n);
  }

  /** Faults for every call of this operation. */
  public CallFaults allCalls() {
    return new CallFaults(gateway.faults(), op.operationId(), -1);
  }

  /** The requests made to this operation so far (in this test, or since the server's reset), oldest first. */
  public List<LoggedRequest> requests() {
    return gateway.requestsFor(op.operationId());
  }

  /** Asserts the operation was called exactly {@code times} times. */
  public OperationStubs verifyCalled(int times) {
    new GhlMockAssertions(gateway).called(op.operationId(), times);
    return this;
  }

  /** Asserts the operation was called exactly {@code times} times with this JSON body (compared as JSON). */
  public OperationStubs verifyCalled(int times, String jsonBody) {
    new GhlMockAssertions(gateway).called(op.operationId(), times, jsonBody);
    return this;
  }
}
