package dev.pitkit.ghl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
