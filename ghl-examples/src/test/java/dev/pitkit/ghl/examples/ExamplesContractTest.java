package dev.pitkit.ghl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.testkit.GhlMockExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The focused examples, run against the testkit exactly as a downstream user would test their own
 * GHL code: no network, no credentials, requests validated against the spec.
 */
class ExamplesContractTest {
  @RegisterExtension
  static GhlMockExtension ghl = GhlMockExtension.create();

  @Test
  void routingExampleUsesTheRightConnectionForEachCall() {
    String result = RoutingExample.run(ghl.client());
    assertTrue(result.contains(" / "), result);
    assertEquals(GhlMockExtension.AGENCY_CONNECTION,
        ghl.requestsFor("getLocation").get(0).getHeader("Maton-Connection"));
    List<String> contactConnections = ghl.requestsFor("getContact").stream()
        .map(r -> r.getHeader("Maton-Connection")).toList();
    assertEquals(List.of(GhlMockExtension.SUB_ACCOUNT_CONNECTION, "conn_other_location", GhlMockExtension.SUB_ACCOUNT_CONNECTION),
        contactConnections);
  }

  @Test
  void paginationExampleWalksEveryPage() {
    ghl.operation("listContacts").pages(3, 2);
    List<String> emails = PaginationExample.contactEmails(ghl.client(), "loc123");
    assertEquals(6, emails.size());
    ghl.verify().called("listContacts", 3);
    ghl.verify().routing();
  }

  @Test
  void errorHandlingExampleExplainsEachFailure() {
    ghl.operation("getContact").willReturnError(404);
    assertTrue(ErrorHandlingExample.describeContact(ghl.client(), "missing").startsWith("no such contact"));
  }

  @Test
  void rateLimitsAreRetriedWithoutSleeping() {
    ghl.operation("getContact").nextCalls(1).rateLimited(Duration.ofSeconds(2));
    assertEquals("found John", ErrorHandlingExample.describeContact(ghl.client(), "abc123"));
    assertEquals(List.of(Duration.ofSeconds(2)), ghl.sleeps());
  }

  @Test
  void rawFeignExampleIsRoutedLikeTheFacade() {
    String result = RawFeignExample.run(ghl.baseUrl(), GhlMockExtension.API_KEY, GhlMockExtension.AGENCY_CONNECTION,
        GhlMockExtension.SUB_ACCOUNT_CONNECTION);
    assertTrue(result.contains(" @ "), result);
    assertEquals(GhlMockExtension.SUB_ACCOUNT_CONNECTION, ghl.requestsFor("getContact").get(0).getHeader("Maton-Connection"));
    assertEquals(GhlMockExtension.AGENCY_CONNECTION, ghl.requestsFor("getLocation").get(0).getHeader("Maton-Connection"));
    ghl.verify().routing(); // Authorization, connection and Version of every request, as the spec declares them
  }

  @Test
  void invalidInputNeverLeavesTheProcess() {
    String violation = ErrorHandlingExample.invalidTask(ghl.client());
    assertTrue(violation.startsWith("body.completed"), violation);
    assertEquals(0, ghl.callCount("createContactTask"));
  }
}
