package dev.pitkit.ghl.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitkit.ghl.testkit.internal.Json;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What GHL answers before an operation runs, answered by the JUnit extension and the standalone
 * gateway alike, in the default and the validating mode: a missing required query parameter gets
 * 422 naming it (was WireMock's plain-text 404), and an {@code x-ghl-require-one-of} rule none of
 * whose parameters is given gets 422 (was answered 200 even with {@code --validate}), and so does
 * an {@code x-ghl-together} rule given in part.
 */
class GatewayChecksTest {
  @RegisterExtension
  static GhlMockExtension ghl = GhlMockExtension.create();

  private static final String[] AUTH = {"Authorization", "Bearer " + GhlMockExtension.API_KEY};
  private static final String EVENTS = "/highlevel-pit/calendars/events?locationId=loc123&startTime=1767225600000&endTime=1767312000000";

  /** A request lacking required query parameters, and the messages GHL answers for exactly those. */
  private record Missing(String pathAndQuery, String operationId, List<String> messages) {}

  private static final List<Missing> MISSING = List.of(
      new Missing("/highlevel-pit/contacts/?limit=10", "listContacts", List.of("LocationId can't be undefined")),
      new Missing("/highlevel-pit/products/?limit=10", "listProducts", List.of("LocationId can't be undefined")),
      new Missing("/highlevel-pit/invoices/?altId=loc123&altType=location&limit=20", "listInvoices",
          List.of("Offset can't be undefined")),
      new Missing("/highlevel-pit/medias/files?altId=loc123&altType=location", "listMediaFiles",
          List.of("Type can't be undefined")),
      new Missing("/highlevel-pit/invoices/?altType=location&offset=", "listInvoices",
          List.of("AltId can't be undefined", "Limit can't be undefined", "Offset can't be undefined")));

  private static void assertGhl422(HttpResponse<String> r, String operationId, List<String> messages) {
    assertEquals(422, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
    assertEquals(operationId, r.headers().firstValue("X-Mock-Operation").orElse(null));
    JsonNode body = Json.parse(r.body());
    assertEquals(422, body.path("statusCode").asInt(), r.body());
    assertEquals("Unprocessable Entity", body.path("error").asText(), r.body());
    List<String> actual = new ArrayList<>();
    body.path("message").forEach(m -> actual.add(m.asText()));
    assertEquals(messages, actual, r.body());
  }

  @Test
  void theExtensionAnswersAMissingRequiredQueryParameterWithGhls422NamingIt() {
    for (Missing m : MISSING) {
      assertGhl422(RawHttp.get(ghl.baseUrl() + m.pathAndQuery(), AUTH), m.operationId(), m.messages());
    }
    // and still reports each one after the test, naming the operation (taken here so this test passes)
    List<String> reported = ghl.takeUnmatchedRequests();
    assertEquals(MISSING.size(), reported.size(), reported::toString);
    assertTrue(reported.get(0).contains("lacks a required query parameter (answered GHL's 422)")
        && reported.get(0).contains("closest stub: listContacts")
        && reported.get(0).contains("missing required query parameter(s): locationId"), reported.get(0));
    ghl.takeRequestViolations();
  }

  @Test
  void theExtensionEnforcesRequireOneOf() {
    HttpResponse<String> none = RawHttp.get(ghl.baseUrl() + EVENTS, AUTH);
    assertGhl422(none, "listCalendarEvents", List.of("Either of calendarId, userId or groupId is required"));
    for (String one : List.of("calendarId=cal123", "userId=user123", "groupId=grp123")) {
      assertEquals(200, RawHttp.get(ghl.baseUrl() + EVENTS + "&" + one, AUTH).statusCode(), one);
    }
    assertEquals(422, RawHttp.get(ghl.baseUrl() + EVENTS + "&calendarId=", AUTH).statusCode(), "an empty value is not given");
  }

  @Test
  void parametersThatGoTogetherAreGivenAllOrNone() {
    String logs = ghl.baseUrl() + "/highlevel-pit/voice-ai/dashboard/call-logs?locationId=loc123";
    for (String part : List.of("&startDate=1767225600000", "&endDate=1767312000000", "&startDate=1767225600000&endDate=")) {
      assertGhl422(RawHttp.get(logs + part, AUTH), "listVoiceAiCallLogs",
          List.of("Both startDate and endDate must be provided together"));
    }
    for (String whole : List.of("", "&startDate=1767225600000&endDate=1767312000000")) {
      assertEquals(200, RawHttp.get(logs + whole, AUTH).statusCode(), whole);
    }
    String documents = ghl.baseUrl() + "/highlevel-pit/proposals/document?locationId=loc123&dateTo=2026-02-03T18:30:00.000Z";
    assertGhl422(RawHttp.get(documents, AUTH), "listProposalDocuments", List.of("Both dateFrom and dateTo must be provided together"));
    ghl.takeRequestViolations();
  }

  @Test
  void anUploadNeedsAFilePartOrAFileUrl() throws Exception {
    String boundary = "b0undary";
    String url = ghl.baseUrl() + "/highlevel-pit/medias/upload-file";
    String[] headers = {AUTH[0], AUTH[1], "Content-Type", "multipart/form-data; boundary=" + boundary};
    String nameOnly = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nbrochure.pdf\r\n--" + boundary + "--\r\n";
    assertGhl422(RawHttp.send("POST", url, nameOnly, headers), "uploadMediaFile", List.of("Either of file or fileUrl is required"));

    String hosted = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"hosted\"\r\n\r\ntrue\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"fileUrl\"\r\n\r\nhttps://example.com/b.pdf\r\n--" + boundary + "--\r\n";
    assertEquals(200, RawHttp.send("POST", url, hosted, headers).statusCode(), "a multipart field counts as given");
    ghl.takeRequestViolations();
  }

  @Test
  void aUsersOwnStubStillAnswersAsConfigured() {
    ghl.stubFor(get(urlPathEqualTo("/highlevel-pit/contacts/")).willReturn(okJson("{\"contacts\":[]}")));
    HttpResponse<String> r = RawHttp.get(ghl.baseUrl() + "/highlevel-pit/contacts/?limit=10", AUTH);
    assertEquals(200, r.statusCode());
    assertEquals("{\"contacts\":[]}", r.body());
    ghl.takeRequestViolations();
  }

  @Test
  void theStandaloneGatewayAnswersTheSameByDefaultAndWhenValidating() {
    for (boolean validate : new boolean[] {false, true}) {
      try (GhlMockServer gw = GhlMockServer.start(GhlMockServer.Options.defaults().port(0).validateRequests(validate))) {
        for (Missing m : MISSING) {
          HttpResponse<String> r = RawHttp.get(gw.baseUrl() + m.pathAndQuery(), AUTH);
          if (validate) {
            // the spec validator's 422, which names each missing parameter too
            assertEquals(422, r.statusCode(), r.body());
            String firstMissing = m.messages().get(0).substring(0, 1).toLowerCase() + m.messages().get(0).substring(1)
                .replace(" can't be undefined", "");
            assertTrue(r.body().contains("'" + firstMissing + "'"), r.body());
          } else {
            assertGhl422(r, m.operationId(), m.messages());
          }
        }
        assertGhl422(RawHttp.get(gw.baseUrl() + EVENTS, AUTH), "listCalendarEvents",
            List.of("Either of calendarId, userId or groupId is required"));
        assertEquals(200, RawHttp.get(gw.baseUrl() + EVENTS + "&groupId=grp123", AUTH).statusCode(), "validate=" + validate);
      }
    }
  }
}
