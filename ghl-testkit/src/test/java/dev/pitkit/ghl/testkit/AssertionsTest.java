package dev.pitkit.ghl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.model.ContactNoteCreateRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;

/** The extension's assertions, passing and failing. */
class AssertionsTest {
  @RegisterExtension
  static GhlMockExtension ghl = GhlMockExtension.create();

  @Test
  void routingIsVerifiedForAgencySubAccountAndMatonOperations() {
    GhlClient client = ghl.client();
    client.locations().getLocation("abc123");          // agency
    client.contacts().getContact("abc123");            // sub-account, Version 2021-07-28
    client.calendars().getCalendar("cal123");          // sub-account, Version 2021-04-15
    client.connections().listConnections("highlevel-pit", null); // maton: no Maton-Connection, no Version
    ghl.verifyAuthorization();
    ghl.verifyAuthorization(GhlMockExtension.API_KEY);
    ghl.verifyRouting();
  }

  @Test
  void aWrongConnectionIsReported() {
    ghl.client().locations().getLocation("abc123");
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> ghl.verifyConnection(GhlMockExtension.SUB_ACCOUNT_CONNECTION));
    assertTrue(e.getMessage().contains("GET /highlevel-pit/locations/abc123") && e.getMessage().contains(GhlMockExtension.AGENCY_CONNECTION),
        e.getMessage());
  }

  @Test
  void aViewBoundToOneConnectionSendsItEverywhere() {
    ghl.client().withConnection("conn_other").contacts().getContact("abc123");
    ghl.verifyConnection("conn_other");
    assertThrows(AssertionFailedError.class, ghl::verifyRouting);
  }

  @Test
  void aRequestWithoutAuthorizationGets401AndIsReported() {
    HttpResponse<String> r = RawHttp.get(ghl.baseUrl() + "/highlevel-pit/contacts/abc123");
    assertEquals(401, r.statusCode());
    assertTrue(r.body().contains("\"statusCode\":401"), r.body());
    AssertionFailedError e = assertThrows(AssertionFailedError.class, ghl::verifyAuthorization);
    assertTrue(e.getMessage().contains("Authorization was missing"), e.getMessage());
  }

  @Test
  void callCountsAndBodies() {
    ContactNoteCreateRequest note = new ContactNoteCreateRequest();
    note.setBody("Called, left a message");
    ghl.client().contacts().createContactNote("abc123", note);
    ghl.client().contacts().createContactNote("abc123", note);
    ghl.verifyCalled("createContactNote", 2);
    ghl.verifyCalled("createContactNote", 2, "{\"body\":\"Called, left a message\"}");
    ghl.operation("createContactNote").verifyCalled(0, "{\"body\":\"something else\"}");
    ghl.verifyCalled("getContact", 0);
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> ghl.verifyCalled("createContactNote", 1));
    assertTrue(e.getMessage().contains("called 2 time(s), expected 1"), e.getMessage());
  }

  @Test
  void verifyingWithoutAnyRequestFails() {
    assertThrows(AssertionFailedError.class, ghl::verifyRouting);
  }

  @Test
  void requestsArePerTest() {
    assertEquals(0, ghl.requests().size());
    ghl.client().contacts().getContact("abc123");
    assertEquals(1, ghl.requestsFor("getContact").size());
  }
}
