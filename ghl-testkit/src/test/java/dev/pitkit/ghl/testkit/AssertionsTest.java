package dev.pitkit.ghl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.model.ContactNoteCreateRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;

/** The extension's assertions ({@code ghl.verify()}, {@link GhlMockAssertions}), passing and failing. */
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
    ghl.verify().authorization();
    ghl.verify().authorization(GhlMockExtension.API_KEY);
    ghl.verify().routing();
  }

  @Test
  void aWrongConnectionIsReported() {
    ghl.client().locations().getLocation("abc123");
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> ghl.verify().connection(GhlMockExtension.SUB_ACCOUNT_CONNECTION));
    assertTrue(e.getMessage().contains("GET /highlevel-pit/locations/abc123") && e.getMessage().contains(GhlMockExtension.AGENCY_CONNECTION),
        e.getMessage());
  }

  @Test
  void aViewBoundToOneConnectionSendsItEverywhere() {
    ghl.client().withConnection("conn_other").contacts().getContact("abc123");
    ghl.verify().connection("conn_other");
    assertThrows(AssertionFailedError.class, () -> ghl.verify().routing());
  }

  @Test
  void aRequestWithoutAuthorizationGets401AndIsReported() {
    HttpResponse<String> r = RawHttp.get(ghl.baseUrl() + "/highlevel-pit/contacts/abc123");
    assertEquals(401, r.statusCode());
    assertTrue(r.body().contains("\"statusCode\":401"), r.body());
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> ghl.verify().authorization());
    assertTrue(e.getMessage().contains("Authorization was missing"), e.getMessage());
  }

  @Test
  void callCountsAndBodies() {
    ContactNoteCreateRequest note = new ContactNoteCreateRequest();
    note.setBody("Called, left a message");
    ghl.client().contacts().createContactNote("abc123", note);
    ghl.client().contacts().createContactNote("abc123", note);
    ghl.verify().called("createContactNote", 2);
    ghl.verify().called("createContactNote", 2, "{\"body\":\"Called, left a message\"}");
    ghl.operation("createContactNote").verifyCalled(0, "{\"body\":\"something else\"}");
    ghl.verify().called("getContact", 0);
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> ghl.verify().called("createContactNote", 1));
    assertTrue(e.getMessage().contains("called 2 time(s), expected 1"), e.getMessage());
  }

  /** One record of a batch by the fields that tell it apart, and calls by their query parameters. */
  @Test
  void partOfABodyAndQueryParameters() {
    GhlClient client = ghl.client();
    for (String email : new String[] {"ada@example.com", "alan@example.com"}) {
      client.contacts().createContact(new dev.pitkit.ghl.model.ContactCreateRequest().locationId("loc123").firstName("A")
          .email(email));
    }
    ghl.verify().calledWithBodyIncluding("createContact", 1, "{\"email\":\"ada@example.com\"}")
        .calledWithBodyIncluding("createContact", 2, "{\"locationId\":\"loc123\",\"firstName\":\"A\"}")
        .calledWithBodyIncluding("createContact", 0, "{\"email\":\"grace@example.com\"}");
    AssertionFailedError body = assertThrows(AssertionFailedError.class,
        () -> ghl.verify().calledWithBodyIncluding("createContact", 1, "{\"firstName\":\"B\"}"));
    assertTrue(body.getMessage().contains("called 0 time(s) with a body including {\"firstName\":\"B\"}, expected 1")
        && body.getMessage().contains("\"email\":\"alan@example.com\""), body.getMessage());

    client.opportunities().searchOpportunities(new dev.pitkit.ghl.api.OpportunitiesApi.SearchOpportunitiesQueryParams()
        .locationId("loc123").status("open"));
    client.opportunities().searchOpportunities(new dev.pitkit.ghl.api.OpportunitiesApi.SearchOpportunitiesQueryParams()
        .locationId("loc123").status("won"));
    ghl.verify().calledWithQuery("searchOpportunities", 2, java.util.Map.of("location_id", "loc123"))
        .calledWithQuery("searchOpportunities", 1, java.util.Map.of("location_id", "loc123", "status", "won"));
    AssertionFailedError query = assertThrows(AssertionFailedError.class,
        () -> ghl.verify().calledWithQuery("searchOpportunities", 1, java.util.Map.of("status", "lost")));
    assertTrue(query.getMessage().contains("with query {status=lost}, expected 1 (2 call(s) in all)")
        && query.getMessage().contains("status=won"), query.getMessage());
  }

  @Test
  void assertionsChain() {
    ghl.client().contacts().getContact("abc123");
    GhlMockAssertions verify = ghl.verify();
    assertSame(verify, verify.called("getContact", 1).authorization().authorization(GhlMockExtension.API_KEY)
        .connection(GhlMockExtension.SUB_ACCOUNT_CONNECTION).routing());
    assertSame(verify, verify.called("createContactNote", 0, "{\"body\":\"x\"}"));
  }

  @Test
  void verifyingWithoutAnyRequestFails() {
    assertThrows(AssertionFailedError.class, () -> ghl.verify().routing());
  }

  @Test
  void requestsArePerTest() {
    assertEquals(0, ghl.requests().size());
    ghl.client().contacts().getContact("abc123");
    assertEquals(1, ghl.requestsFor("getContact").size());
  }
}
