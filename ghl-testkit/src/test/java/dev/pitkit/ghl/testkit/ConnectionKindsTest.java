package dev.pitkit.ghl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitkit.ghl.api.UsersApi;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.error.PermissionDeniedException;
import dev.pitkit.ghl.client.error.UnauthorizedException;
import dev.pitkit.ghl.testkit.internal.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A connection of the wrong kind is answered as GHL answers it, once the gateway knows the
 * connection's kind: an agency connection on a sub-account operation gets 401 "Token's user type
 * mismatch", a sub-account one on an agency operation 403 "The token does not have access to this
 * location." (it got 200). Operations GHL allows both kinds on ({@code x-ghl-token-also}) accept
 * both; connections the gateway does not know keep being accepted.
 */
class ConnectionKindsTest {
  @RegisterExtension
  static GhlMockExtension ghl = GhlMockExtension.builder().knownAgencyConnections("conn_agency_2")
      .knownSubAccountConnections("conn_sub_2", "conn_sub_3").build();

  @RegisterExtension
  static GhlMockExtension unchecked = GhlMockExtension.builder().checkConnectionKinds(false).build();

  private static GhlClient as(GhlMockExtension gateway, String connection) {
    return gateway.client().withConnection(connection);
  }

  @Test
  void anAgencyConnectionOnASubAccountOperationGets401UserTypeMismatch() {
    for (String agency : new String[] {ghl.agencyConnection(), "conn_agency_2"}) {
      UnauthorizedException e = assertThrows(UnauthorizedException.class,
          () -> as(ghl, agency).contacts().getContact("abc123"), agency);
      assertEquals(401, e.status());
      assertEquals("Token's user type mismatch", e.errorMessage());
    }
    ghl.verify().called("getContact", 2);
  }

  @Test
  void aSubAccountConnectionOnAnAgencyOperationGets403NoAccessToThisLocation() {
    for (String sub : new String[] {ghl.subAccountConnection(), "conn_sub_2", "conn_sub_3"}) {
      PermissionDeniedException e = assertThrows(PermissionDeniedException.class,
          () -> as(ghl, sub).snapshots().listSnapshots("xyz789"), sub);
      assertEquals("The token does not have access to this location.", e.errorMessage());
    }
  }

  @Test
  void theRightKindAndTheKindsGhlAlsoAcceptsAnswerTheExample() {
    assertEquals("abc123", ghl.client().contacts().getContact("abc123").getContact().getId());   // routed by x-ghl-token
    assertEquals(2, ghl.client().snapshots().listSnapshots("xyz789").getSnapshots().size());      // the spec's example
    // x-ghl-token-also: GHL accepts a sub-account token on these agency operations, an agency one on searchUsers
    assertTrue(as(ghl, ghl.subAccountConnection()).locations().getLocation("abc123").getLocation() != null);
    assertTrue(as(ghl, "conn_sub_2").locations().searchLocations("xyz789", 0, 10, null, null).getLocations() != null);
    UsersApi.SearchUsersQueryParams search = new UsersApi.SearchUsersQueryParams().companyId("xyz789");
    assertEquals(1, as(ghl, ghl.agencyConnection()).users().searchUsers(search).getCount());
    assertEquals(1, ghl.client().users().searchUsers(search).getCount());
  }

  @Test
  void unknownConnectionsAndMatonOperationsAreAcceptedAsBefore() {
    assertEquals("abc123", as(ghl, "conn_nobody_told_the_gateway_about").contacts().getContact("abc123").getContact().getId());
    assertEquals(2, as(ghl, "conn_nobody_told_the_gateway_about").snapshots().listSnapshots("xyz789").getSnapshots().size());
    HttpResponse<String> noConnection = RawHttp.get(ghl.baseUrl() + "/highlevel-pit/contacts/abc123",
        "Authorization", "Bearer " + GhlMockExtension.API_KEY);
    assertEquals(200, noConnection.statusCode(), "no Maton-Connection: Maton picks the newest connection");
    HttpResponse<String> maton = RawHttp.get(ghl.baseUrl() + "/connections",
        "Authorization", "Bearer " + GhlMockExtension.API_KEY, "Maton-Connection", ghl.agencyConnection());
    assertEquals(200, maton.statusCode(), "Maton's own API ignores Maton-Connection");
  }

  @Test
  void verifyRoutingAcceptsTheKnownConnectionsOfTheRightKindAndNamesAKnownOneOfTheOther() {
    as(ghl, "conn_sub_2").contacts().getContact("abc123");
    as(ghl, "conn_agency_2").companies().getCompany("abc123");
    ghl.verify().routing(); // both routed as their operations' x-ghl-token calls for

    assertThrows(UnauthorizedException.class, () -> as(ghl, "conn_agency_2").contacts().getContact("abc123"));
    AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> ghl.verify().routing());
    assertTrue(e.getMessage().contains("Maton-Connection was 'conn_agency_2', a known agency connection, expected a"
        + " sub-account connection"), e.getMessage());
  }

  @Test
  void theStandaloneVerifyRefusesAConnectionKnownAsTheOtherKindWhenNoneOfTheKindIsKnown() {
    try (GhlMockServer gw = GhlMockServer.start(GhlMockServer.Options.defaults().port(0).agencyConnections("conn_a"))) {
      GhlClient client = GhlClient.builder().apiKey("test_maton_key_not_secret").baseUrl(gw.baseUrl())
          .agencyConnection("conn_a").subAccountConnection("conn_a").maxRetries(0).build();
      assertThrows(UnauthorizedException.class, () -> client.contacts().getContact("abc123"));
      AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> gw.verify().routing());
      assertTrue(e.getMessage().contains("'conn_a', a known agency connection, expected a sub-account connection"),
          e.getMessage());

      gw.reset();
      client.withConnection("conn_unknown").contacts().getContact("abc123");
      gw.verify().routing(); // no sub-account connection named: any but a known agency one
    }
  }

  @Test
  void theCheckCanBeTurnedOff() {
    assertEquals("abc123", as(unchecked, unchecked.agencyConnection()).contacts().getContact("abc123").getContact().getId());
  }

  @Test
  void theBuilderRefusesAConnectionOfBothKinds() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GhlMockExtension.builder().knownAgencyConnections("conn_x").knownSubAccountConnections("conn_x"));
    assertTrue(e.getMessage().contains("conn_x"), e.getMessage());
    // the client's own two connections given the same id: its kind is unknown, so it is accepted everywhere
    GhlMockExtension.builder().agencyConnection("conn_one").subAccountConnection("conn_one").build();
  }

  @Test
  void theStandaloneGatewayChecksTheConnectionsItIsToldAbout() throws Exception {
    String[] key = {"Authorization", "Bearer k"};
    try (GhlMockServer told = GhlMockServer.start(GhlMockServerMain.parse("--port", "0",
            "--agency-connection", "conn_a1,conn_a2", "--sub-account-connection=conn_s1"));
        GhlMockServer untold = GhlMockServer.start(0)) {
      HttpResponse<String> mismatch = RawHttp.get(told.baseUrl() + "/highlevel-pit/contacts/abc123",
          key[0], key[1], "Maton-Connection", "conn_a2");
      assertEquals(401, mismatch.statusCode());
      JsonNode body = Json.parse(mismatch.body());
      assertEquals("Token's user type mismatch", body.path("message").asText());
      assertEquals("Unauthorized", body.path("error").asText());
      assertEquals("getContact", mismatch.headers().firstValue("X-Mock-Operation").orElse(null));

      HttpResponse<String> noAccess = RawHttp.get(told.baseUrl() + "/highlevel-pit/snapshots/?companyId=xyz789",
          key[0], key[1], "Maton-Connection", "conn_s1");
      assertEquals(403, noAccess.statusCode());
      assertEquals("The token does not have access to this location.", Json.parse(noAccess.body()).path("message").asText());

      assertEquals(200, RawHttp.get(told.baseUrl() + "/highlevel-pit/contacts/abc123", key[0], key[1],
          "Maton-Connection", "conn_s1").statusCode());
      assertEquals(200, RawHttp.get(told.baseUrl() + "/highlevel-pit/locations/abc123", key[0], key[1],
          "Maton-Connection", "conn_s1").statusCode(), "x-ghl-token-also");
      assertEquals(200, RawHttp.get(told.baseUrl() + "/highlevel-pit/contacts/abc123", key[0], key[1],
          "Maton-Connection", "conn_other").statusCode(), "an unknown connection");
      assertEquals(200, RawHttp.get(untold.baseUrl() + "/highlevel-pit/contacts/abc123", key[0], key[1],
          "Maton-Connection", "conn_a2").statusCode(), "by default the standalone gateway knows no connection");
    }
  }

  @Test
  void theCommandLineRefusesAConnectionOfBothKinds() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = GhlMockServerMain.run(new String[] {"--agency-connection", "c1", "--sub-account-connection", "c1"},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), gw -> { });
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("connection c1 cannot be both agency and sub-account"), err::toString);
    assertNull(GhlMockServerMain.parse("--help"));
  }
}
