package dev.pitkit.ghl.testkit;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.testkit.internal.FaultInjector;
import dev.pitkit.ghl.testkit.internal.OperationStub;
import dev.pitkit.ghl.testkit.internal.StubCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the per-operation helpers ({@link OperationStubs}, {@link CallFaults}) and the assertions
 * ({@link GhlMockAssertions}) need of a mock gateway, so that the JUnit extension and the standalone
 * server offer the same ones.
 */
interface MockGateway {
  /** Adds a stub (the helpers' own, at {@link GhlMockExtension#HELPER_PRIORITY}). */
  void addStubMapping(StubMapping mapping);

  /** The fault rules of this gateway. */
  FaultInjector faults();

  /** The catalog of the spec's operations. */
  StubCatalog catalog();

  /** The requests received, newest first (WireMock's journal order). */
  List<ServeEvent> serveEvents();

  /** Which requests count, for messages: "in this test", "since the server started or was reset". */
  String journalScope();

  /**
   * Why {@code actual} is not the {@code Maton-Connection} an operation of {@code token}
   * ({@code agency}, {@code sub-account}, {@code maton}) should carry here, or null when it is.
   */
  String connectionProblem(String token, String actual);

  /** The requests received, oldest first. */
  default List<LoggedRequest> requests() {
    List<ServeEvent> events = serveEvents();
    List<LoggedRequest> out = new ArrayList<>(events.size());
    for (int i = events.size() - 1; i >= 0; i--) {
      out.add(events.get(i).getRequest());
    }
    return out;
  }

  /** The operation a request was addressed to (by method and path), if any. */
  default Optional<OperationStub> operationOf(LoggedRequest r) {
    return catalog().resolve(r.getMethod().getName(), r.getUrl());
  }

  /** The requests addressed to {@code operationId}, oldest first; an unknown id is refused with suggestions. */
  default List<LoggedRequest> requestsFor(String operationId) {
    catalog().operation(operationId);
    List<LoggedRequest> out = new ArrayList<>();
    for (LoggedRequest r : requests()) {
      if (operationOf(r).map(op -> op.operationId().equals(operationId)).orElse(false)) {
        out.add(r);
      }
    }
    return out;
  }
}
