package dev.pitkit.ghl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.error.NotFoundException;
import dev.pitkit.ghl.client.error.RateLimitException;
import dev.pitkit.ghl.model.ContactCreateRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The standalone server offers the extension's per-operation helpers and assertions (for a server
 * shared by tests, such as a Spring test context's), its journal running from the start or the
 * last {@link GhlMockServer#reset()}.
 */
class GhlMockServerHelpersTest {
  static GhlMockServer gw;
  GhlClient ghl;

  @BeforeAll
  static void start() {
    gw = GhlMockServer.start(GhlMockServer.Options.defaults().port(0).subAccountConnections("conn_sub").agencyConnections("conn_agency"));
  }

  @AfterAll
  static void stop() {
    gw.close();
  }

  @BeforeEach
  void client() {
    gw.reset();
    ghl = GhlClient.builder().apiKey("test_maton_key_not_secret").baseUrl(gw.baseUrl())
        .agencyConnection("conn_agency").subAccountConnection("conn_sub").maxRetries(0).build();
  }

  @Test
  void stubsFaultsAndAssertionsPerOperation() {
    gw.operation("getContact").willReturnError(404);
    assertThrows(NotFoundException.class, () -> ghl.contacts().getContact("abc123"));
    gw.operation("getOpportunity").nextCalls(1).rateLimited(Duration.ofSeconds(1));
    assertThrows(RateLimitException.class, () -> ghl.opportunities().getOpportunity("opp1"));
    ghl.opportunities().getOpportunity("opp1");
    ghl.contacts().createContact(new ContactCreateRequest().locationId("loc123").firstName("Ada"));

    assertEquals(2, gw.callCount("getOpportunity"));
    assertEquals(4, gw.requests().size());
    assertEquals("/highlevel-pit/contacts/abc123", gw.requestsFor("getContact").get(0).getUrl());
    gw.verify().called("getContact", 1).called("createContact", 1, "{\"locationId\":\"loc123\",\"firstName\":\"Ada\"}")
        .authorization("test_maton_key_not_secret").routing();
    gw.operation("createContact").verifyCalled(1);
    AssertionFailedError wrong = assertThrows(AssertionFailedError.class, () -> gw.verify().called("getContact", 2));
    assertTrue(wrong.getMessage().contains("getContact was called 1 time(s), expected 2"), wrong.getMessage());
  }

  @Test
  void routingNamesAConnectionOfTheWrongKindOrNone() {
    GhlClient swapped = GhlClient.builder().apiKey("test_maton_key_not_secret").baseUrl(gw.baseUrl())
        .subAccountConnection("conn_elsewhere").build();
    swapped.contacts().getContact("abc123");
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> gw.verify().routing());
    assertTrue(e.getMessage().contains("Maton-Connection was 'conn_elsewhere', expected one of [conn_sub]"), e.getMessage());
  }

  @Test
  void resetPutsBackTheSpecStubsAndEmptiesTheJournal() {
    gw.operation("getContact").willReturnError(404);
    gw.allCalls().serverError();
    gw.reset();
    assertEquals(0, gw.requests().size());
    ghl.contacts().getContact("abc123"); // the spec's example again, no fault
    assertEquals(1, gw.callCount("getContact"));
    gw.reset();
    AssertionFailedError none = assertThrows(AssertionFailedError.class, () -> gw.verify().routing());
    assertTrue(none.getMessage().contains("no request reached the GHL mock gateway since it started or was reset"), none.getMessage());
  }

  @Test
  void anUnknownOperationIsRefusedWithSuggestions() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> gw.operation("getContacts"));
    assertTrue(e.getMessage().contains("getContact"), e.getMessage());
  }
}
