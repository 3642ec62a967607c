package dev.pitkit.ghl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Requests that violate the spec are reported by the extension (here taken, so they do not fail the test). */
class RequestValidationTest {
  @RegisterExtension
  static GhlMockExtension ghl = GhlMockExtension.create();

  private static final String[] AUTH = {"Authorization", "Bearer " + GhlMockExtension.API_KEY,
      "Maton-Connection", GhlMockExtension.SUB_ACCOUNT_CONNECTION, "Version", "2021-07-28"};

  @Test
  void aMisspeltQueryParameterIsReported() {
    HttpResponse<String> r = RawHttp.get(ghl.baseUrl() + "/highlevel-pit/contacts/?locationId=loc123&limitt=10", AUTH);
    assertEquals(200, r.statusCode(), "the stub still answers: only locationId is needed to match");
    List<String> violations = ghl.takeRequestViolations();
    assertEquals(1, violations.size(), violations::toString);
    assertTrue(violations.get(0).contains("limitt"), violations::toString);
  }

  @Test
  void aMissingRequiredBodyFieldIsReported() throws Exception {
    HttpResponse<String> r = RawHttp.send("POST", ghl.baseUrl() + "/highlevel-pit/contacts/", "{\"firstName\":\"Ada\"}", AUTH);
    assertEquals(201, r.statusCode());
    List<String> violations = ghl.takeRequestViolations();
    assertEquals(1, violations.size(), violations::toString);
    assertTrue(violations.get(0).contains("locationId"), violations::toString);
  }

  /**
   * A field GHL requires inside an object the request sends ({@code x-ghl-request-required}) is
   * reported, though an answer may leave the same field out.
   */
  @Test
  void aMissingFieldOfANestedRequestObjectIsReported() throws Exception {
    String hours = "{\"locationId\":\"loc123\",\"name\":\"Demo\",\"openHours\":[{\"daysOfTheWeek\":[1],"
        + "\"hours\":[{\"openMinute\":0,\"closeHour\":17,\"closeMinute\":0}]}]}";
    RawHttp.send("POST", ghl.baseUrl() + "/highlevel-pit/calendars/", hours, AUTH);
    List<String> violations = ghl.takeRequestViolations();
    assertEquals(1, violations.size(), violations::toString);
    assertTrue(violations.get(0).contains("openHour") && violations.get(0).contains("/openHours/0/hours/0"), violations::toString);

    RawHttp.send("POST", ghl.baseUrl() + "/highlevel-pit/calendars/", hours.replace("{\"openMinute\"", "{\"openHour\":9,\"openMinute\""), AUTH);
    assertEquals(List.of(), ghl.takeRequestViolations());
  }

  @Test
  void aWrongTypeIsReported() {
    RawHttp.get(ghl.baseUrl() + "/highlevel-pit/contacts/?locationId=loc123&limit=ten", AUTH);
    List<String> violations = ghl.takeRequestViolations();
    assertEquals(1, violations.size(), violations::toString);
    assertTrue(violations.get(0).contains("[query parameter limit]") && violations.get(0).toLowerCase().contains("integer"),
        violations::toString);
  }

  @Test
  void secondsInsteadOfEpochMillisecondsAreReported() {
    RawHttp.get(ghl.baseUrl() + "/highlevel-pit/calendars/events?locationId=loc123&calendarId=cal123&startTime=1767225600&endTime=1767312000", AUTH);
    List<String> violations = ghl.takeRequestViolations();
    assertEquals(1, violations.size(), violations::toString);
    assertTrue(violations.get(0).contains("[query parameter startTime]"), violations::toString);
  }

  /**
   * An endpoint the spec does not have, called with a raw request and answered by the test's own
   * stub, is the test's business: no "path missing" violation. The request is still checked where the
   * spec does know the path, and an unstubbed one is still reported as unmatched.
   */
  @Test
  void aStubbedEndpointOutsideTheSpecIsNotAViolation() {
    ghl.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/highlevel-pit/brand-new/things"))
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"things\":[]}")));
    ghl.stubFor(com.github.tomakehurst.wiremock.client.WireMock.patch(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/highlevel-pit/contacts/c1"))
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{}")));
    dev.pitkit.ghl.client.GhlClient client = ghl.client();
    dev.pitkit.ghl.client.GhlRawResponse things = client.rawRequest(
        dev.pitkit.ghl.client.GhlRawRequest.builder("GET", "/brand-new/things").build());
    client.rawRequest(dev.pitkit.ghl.client.GhlRawRequest.builder("PATCH", "/contacts/{id}").pathParam("id", "c1")
        .jsonBody("{}").build()); // a method GHL's path has no spec entry for
    assertEquals("{\"things\":[]}", things.bodyText());
    assertEquals(List.of(), ghl.takeRequestViolations());

    client.rawRequest(dev.pitkit.ghl.client.GhlRawRequest.builder("GET", "/contacts/").queryParam("locationId", "loc123")
        .queryParam("limitt", 10).build());
    List<String> violations = ghl.takeRequestViolations();
    assertEquals(1, violations.size(), violations::toString);
    assertTrue(violations.get(0).contains("limitt"), "a known path is checked as ever: " + violations);

    assertThrows(dev.pitkit.ghl.client.error.NotFoundException.class, () -> client.rawRequest(
        dev.pitkit.ghl.client.GhlRawRequest.builder("GET", "/brand-new/other").build()));
    assertEquals(1, ghl.takeUnmatchedRequests().size(), "unstubbed: still reported");
  }

  @Test
  void aValidRequestHasNoViolations() {
    RawHttp.get(ghl.baseUrl() + "/highlevel-pit/contacts/?locationId=loc123&limit=10", AUTH);
    assertEquals(List.of(), ghl.takeRequestViolations());
  }

  @Test
  void theOfficialOpportunityDateFilterIsInTheSpec() {
    RawHttp.get(ghl.baseUrl() + "/highlevel-pit/opportunities/search?location_id=loc123&date=04-01-2026&endDate=04-30-2026", AUTH);
    assertEquals(List.of(), ghl.takeRequestViolations());
  }

  @Test
  void theOfficialSendWishlistStatusOfDeleteProductIsInTheSpec() throws Exception {
    RawHttp.send("DELETE", ghl.baseUrl() + "/highlevel-pit/products/prod123?locationId=loc123&sendWishlistStatus=true", null, AUTH);
    assertEquals(List.of(), ghl.takeRequestViolations());
  }

  @Test
  void validationCanBeSkippedForOneTest() {
    ghl.skipRequestValidation();
    RawHttp.get(ghl.baseUrl() + "/highlevel-pit/contacts/?locationId=loc123&limitt=10", AUTH);
  }
}
