package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.model.Connection;
import dev.pitkit.ghl.model.ConnectionCreateRequest;
import dev.pitkit.ghl.model.ConnectionResponse;
import dev.pitkit.ghl.model.ConnectionsListResponse;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code Maton-Connection} routing by {@code x-ghl-token}: agency operations get the agency
 * connection, CRM operations the sub-account one, a view or per-call override wins, Maton's own
 * connection API gets none; a missing connection fails before the network and says which.
 */
class RoutingTest {
  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  private GhlClient ghl;

  @BeforeEach
  void setUp() {
    ghl = FacadeTestSupport.clientOnEmptyAnswers(wm);
  }

  private LoggedRequest call(Consumer<GhlClient> call, GhlClient client) {
    wm.resetRequests();
    call.accept(client);
    return FacadeTestSupport.onlyRequest(wm);
  }

  private static String connection(LoggedRequest r) {
    return r.containsHeader("Maton-Connection") ? r.getHeader("Maton-Connection") : null;
  }

  @Test
  void agencyOperationsGetTheAgencyConnection() {
    assertEquals(FacadeTestSupport.AGENCY, connection(call(c -> c.locations().getLocation("loc1"), ghl)));
    assertEquals(FacadeTestSupport.AGENCY, connection(call(c -> c.locations().searchLocations("comp1", 0, 20, null, null), ghl)));
    assertEquals(FacadeTestSupport.AGENCY, connection(call(c -> c.snapshots().listSnapshots("comp1"), ghl)));
  }

  @Test
  void subAccountOperationsGetTheSubAccountConnection() {
    assertEquals(FacadeTestSupport.SUB, connection(call(c -> c.contacts().getContact("c1"), ghl)));
    assertEquals(FacadeTestSupport.SUB, connection(call(c -> c.calendars().listCalendars("loc1", null, null), ghl)));
    assertEquals(FacadeTestSupport.SUB, connection(call(c -> c.tags().listLocationTags("loc1"), ghl)));
    assertEquals(FacadeTestSupport.SUB, connection(call(c -> c.conversations().getConversation("cv1"), ghl)));
  }

  @Test
  void aViewOverridesBothKindsAndKeepsItsConnection() {
    GhlClient view = ghl.withConnection("conn_view");
    for (int i = 0; i < 3; i++) {
      assertEquals("conn_view", connection(call(c -> c.locations().getLocation("loc1"), view)));
      assertEquals("conn_view", connection(call(c -> c.contacts().getContact("c1"), view)));
    }
    // an accessor fetched once keeps routing through its view
    var contacts = view.contacts();
    assertEquals("conn_view", connection(call(c -> contacts.getContact("c2"), ghl)));
    // the parent is untouched
    assertEquals(FacadeTestSupport.SUB, connection(call(c -> c.contacts().getContact("c1"), ghl)));
  }

  /** One location of an agency: its CRM calls take its connection, agency calls still the agency's. */
  @Test
  void aSubAccountViewKeepsTheAgencyConnectionForAgencyOperations() {
    GhlClient location = ghl.withSubAccountConnection("conn_location_7");
    assertEquals("conn_location_7", connection(call(c -> c.contacts().getContact("c1"), location)));
    assertEquals(FacadeTestSupport.AGENCY, connection(call(c -> c.locations().getLocation("loc7"), location)));
    assertEquals(null, connection(call(c -> c.connections().getConnection("conn_x"), location)), "Maton's own: none");
    GhlClient agencyToo = location.withOptions(RequestOptions.builder().agencyConnection("conn_agency_2").build());
    assertEquals("conn_agency_2", connection(call(c -> c.locations().getLocation("loc7"), agencyToo)));
    assertEquals("conn_location_7", connection(call(c -> c.contacts().getContact("c1"), agencyToo)));

    // the later choice wins: a connection for every operation replaces the kinds', and a kind's over it
    GhlClient all = location.withConnection("conn_all");
    assertEquals("conn_all", connection(call(c -> c.contacts().getContact("c1"), all)));
    assertEquals("conn_all", connection(call(c -> c.locations().getLocation("loc7"), all)));
    GhlClient allThenSub = all.withSubAccountConnection("conn_location_8");
    assertEquals("conn_location_8", connection(call(c -> c.contacts().getContact("c1"), allThenSub)));
    assertEquals("conn_all", connection(call(c -> c.locations().getLocation("loc7"), allThenSub)));

    GhlClient subOnly = GhlClient.builder().apiKey(FacadeTestSupport.KEY).baseUrl(wm.baseUrl())
        .subAccountConnection(FacadeTestSupport.SUB).maxRetries(0).build();
    GhlConfigurationException e = assertThrows(GhlConfigurationException.class,
        () -> subOnly.withSubAccountConnection("conn_location_7").locations().getLocation("loc7"));
    assertTrue(e.getMessage().contains("needs an agency connection"), e.getMessage());
    assertThrows(GhlConfigurationException.class, () -> ghl.withSubAccountConnection("conn with space"));
  }

  @Test
  void perCallOverrideWinsOverTheView() {
    GhlClient view = ghl.withConnection("conn_view");
    GhlClient call = view.withOptions(RequestOptions.builder().connection("conn_call").build());
    assertEquals("conn_call", connection(call(c -> c.contacts().getContact("c1"), call)));
    assertEquals("conn_call", connection(call(c -> c.locations().getLocation("l1"), call)));
    assertEquals("conn_view", connection(call(c -> c.contacts().getContact("c1"), view)));
  }

  @Test
  void matonOperationsSendNoConnectionAndNoVersionEvenFromAView() {
    for (GhlClient c : new GhlClient[] {ghl, ghl.withConnection("conn_view")}) {
      LoggedRequest r = call(x -> x.connections().listConnections("highlevel-pit", "ACTIVE"), c);
      assertFalse(r.containsHeader("Maton-Connection"));
      assertFalse(r.containsHeader("Version"));
      assertEquals("Bearer " + FacadeTestSupport.KEY, r.getHeader("Authorization"));
    }
  }

  @Test
  void agencyOperationWithOnlyASubAccountConnectionFailsBeforeTheNetwork() {
    GhlClient subOnly = GhlClient.builder().apiKey(FacadeTestSupport.KEY).baseUrl(wm.baseUrl())
        .subAccountConnection("conn_sub").rateLimiting(false).build();
    GhlConfigurationException e = assertThrows(GhlConfigurationException.class,
        () -> subOnly.locations().getLocation("loc1"));
    String m = e.getMessage();
    assertTrue(m.contains("getLocation needs an agency connection"), m);
    assertTrue(m.contains("agencyConnection(...)") && m.contains("GHL_AGENCY_CONNECTION"), m);
    assertEquals(0, wm.getAllServeEvents().size());
    // sub-account operations still work, and a view supplies the missing connection
    assertEquals("conn_sub", connection(call(c -> c.contacts().getContact("c1"), subOnly)));
    assertEquals("conn_a2", connection(call(c -> c.snapshots().listSnapshots("comp"), subOnly.withConnection("conn_a2"))));
  }

  @Test
  void subAccountOperationWithOnlyAnAgencyConnectionFailsBeforeTheNetwork() {
    GhlClient agencyOnly = GhlClient.builder().apiKey(FacadeTestSupport.KEY).baseUrl(wm.baseUrl())
        .agencyConnection("conn_agency").rateLimiting(false).build();
    GhlConfigurationException e = assertThrows(GhlConfigurationException.class,
        () -> agencyOnly.contacts().getContact("c1"));
    String m = e.getMessage();
    assertTrue(m.contains("getContact needs a sub-account connection"), m);
    assertTrue(m.contains("subAccountConnection(...)") && m.contains("GHL_SUB_ACCOUNT_CONNECTION"), m);
    assertEquals(0, wm.getAllServeEvents().size());
    assertEquals("conn_agency", connection(call(c -> c.locations().getLocation("l1"), agencyOnly)));
  }

  @Test
  void withoutAnyConnectionOnlyMatonOperationsWork() {
    GhlClient bare = GhlClient.builder().apiKey(FacadeTestSupport.KEY).baseUrl(wm.baseUrl()).rateLimiting(false).build();
    assertThrows(GhlConfigurationException.class, () -> bare.contacts().getContact("c1"));
    assertThrows(GhlConfigurationException.class, () -> bare.locations().getLocation("l1"));
    LoggedRequest r = call(c -> c.connections().getConnection("conn_1"), bare);
    assertEquals("/connections/conn_1", r.getUrl());
  }

  @Test
  void missingConnectionIsReportedBeforeValidation() {
    GhlClient agencyOnly = GhlClient.builder().apiKey(FacadeTestSupport.KEY).baseUrl(wm.baseUrl())
        .agencyConnection("conn_agency").rateLimiting(false).build();
    // the configuration problem is the one to fix first, whatever the arguments
    assertThrows(GhlConfigurationException.class, () -> agencyOnly.contacts().getContact(null));
  }

  // --- Maton connection API ---------------------------------------------------------------

  private static final String CONNECTION_JSON = "{\"connection_id\":\"8a413c45\",\"status\":\"PENDING\","
      + "\"creation_time\":\"2026-02-24T11:34:46.204677Z\",\"url\":\"https://connect.maton.ai/?session_token=5e9c1f0a7b\","
      + "\"app\":\"highlevel-pit\",\"method\":\"API_KEY\",\"metadata\":{}}";

  @Test
  void createConnectionReturnsTheUrlWhereTheTokenIsPasted() {
    wm.stubFor(post("/connections").withRequestBody(equalToJson("{\"app\":\"highlevel-pit\"}"))
        .willReturn(okJson("{\"connection\":" + CONNECTION_JSON + "}")));
    ConnectionResponse r = ghl.connections().createConnection(new ConnectionCreateRequest().app("highlevel-pit"));
    Connection c = r.getConnection();
    assertEquals("https://connect.maton.ai/?session_token=5e9c1f0a7b", c.getUrl());
    assertEquals("8a413c45", c.getConnectionId());
    assertEquals(Connection.StatusEnum.PENDING, c.getStatus());
    LoggedRequest req = FacadeTestSupport.onlyRequest(wm);
    assertEquals("application/json", req.getHeader("Content-Type"));
    assertFalse(req.containsHeader("Maton-Connection"));
  }

  @Test
  void listGetAndDeleteConnections() {
    wm.stubFor(get(urlPathEqualTo("/connections")).withQueryParam("app", equalTo("highlevel-pit"))
        .withQueryParam("status", equalTo("ACTIVE")).willReturn(okJson("{\"connections\":[" + CONNECTION_JSON + "]}")));
    wm.stubFor(get("/connections/8a413c45").willReturn(okJson("{\"connection\":" + CONNECTION_JSON + "}")));
    wm.stubFor(delete("/connections/8a413c45").willReturn(okJson("{}")));

    ConnectionsListResponse list = ghl.connections().listConnections("highlevel-pit", "ACTIVE");
    assertEquals("8a413c45", list.getConnections().get(0).getConnectionId());
    assertEquals("highlevel-pit", ghl.connections().getConnection("8a413c45").getConnection().getApp());
    ghl.connections().deleteConnection("8a413c45");
    assertEquals(3, wm.getAllServeEvents().size());
    wm.getAllServeEvents().forEach(e -> assertFalse(e.getRequest().containsHeader("Maton-Connection")));
  }

  @Test
  void unknownConnectionStatusStillDecodes() {
    wm.stubFor(get("/connections/x").willReturn(okJson("{\"connection\":{\"connection_id\":\"x\",\"status\":\"SUSPENDED\"}}")));
    Connection c = ghl.connections().getConnection("x").getConnection();
    assertEquals("x", c.getConnectionId());
  }
}
