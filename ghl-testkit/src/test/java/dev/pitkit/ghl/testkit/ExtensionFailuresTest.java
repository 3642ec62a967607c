package dev.pitkit.ghl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.pitkit.ghl.testkit.scenarios.InstanceFieldScenario;
import dev.pitkit.ghl.testkit.scenarios.SpecViolationScenario;
import dev.pitkit.ghl.testkit.scenarios.ValidationOffScenario;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The extension fails a downstream test (in afterEach) when its code sends a request that
 * violates the spec or matches no stub; observed by running scenario classes with the JUnit
 * Platform test kit.
 */
class ExtensionFailuresTest {

  private static String failureOf(String method) {
    org.junit.platform.testkit.engine.EngineExecutionResults all = EngineTestKit.engine("junit-jupiter")
        .selectors(selectMethod(SpecViolationScenario.class, method))
        .execute();
    Events tests = all.testEvents();
    assertEquals(1, tests.finished().count(), () -> all.allEvents().list().toString());
    if (tests.failed().count() == 0) {
      return null;
    }
    TestExecutionResult result = tests.failed().list().get(0).getPayload(TestExecutionResult.class).orElseThrow();
    return result.getThrowable().orElseThrow().getMessage();
  }

  @Test
  void aMisspeltParameterFailsTheTest() {
    String message = failureOf("misspeltParameter");
    assertTrue(message != null && message.contains("violates the spec") && message.contains("limitt"), message);
  }

  @Test
  void aMissingRequiredBodyFieldFailsTheTest() {
    String message = failureOf("missingRequiredBodyField");
    assertTrue(message != null && message.contains("POST /highlevel-pit/opportunities/") && message.contains("required"), message);
  }

  @Test
  void aMissingRequiredQueryParameterFailsTheTestNamingTheClosestStub() {
    String message = failureOf("missingRequiredQueryParameter");
    assertTrue(message != null
        && message.contains("GET /highlevel-pit/contacts/?limit=10 lacks a required query parameter (answered GHL's 422)")
        && message.contains("closest stub: listContacts") && message.contains("required query: locationId")
        && message.contains("missing required query parameter(s): locationId"), message);
  }

  @Test
  void anUnknownPathFailsTheTest() {
    String message = failureOf("unknownPath");
    assertTrue(message != null && message.contains("no stub matched GET /highlevel-pit/contact/abc123")
        && message.contains("closest stub: "), message);
    // an operation, with its route: not a helper mapping such as listContacts-end-of-list
    assertTrue(!message.contains("end-of-list") && !message.contains("missing-query")
        && message.matches("(?s).*closest stub: \\w+ \\((GET|POST|PUT|PATCH|DELETE) /.*"), message);
  }

  @Test
  void aValidRequestPasses() {
    assertEquals(null, failureOf("validRequest"));
  }

  @Test
  void aPerTestGatewayReportsToo() {
    Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(InstanceFieldScenario.class)).execute().testEvents();
    tests.assertStatistics(s -> s.started(1).failed(1));
    String message = tests.failed().list().get(0).getPayload(TestExecutionResult.class).orElseThrow()
        .getThrowable().orElseThrow().getMessage();
    assertTrue(message.contains("2 problem(s)") && message.contains("closest stub: listProducts")
        && message.contains("missing required query parameter(s): locationId") && message.contains("'limitt' is unexpected"), message);
  }

  @Test
  void bothChecksCanBeTurnedOff() {
    Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(ValidationOffScenario.class)).execute().testEvents();
    tests.assertStatistics(s -> s.started(1).succeeded(1).failed(0));
  }
}
