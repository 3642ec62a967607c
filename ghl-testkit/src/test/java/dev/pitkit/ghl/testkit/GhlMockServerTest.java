package dev.pitkit.ghl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.testkit.internal.Json;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The standalone mock gateway, driven like the seed's curl examples (only the host changed). */
class GhlMockServerTest {
  static GhlMockServer gw;
  static final String[] AUTH = {"Authorization", "Bearer test_maton_key_not_secret"};

  @BeforeAll
  static void start() {
    gw = GhlMockServer.start(0);
  }

  @AfterAll
  static void stop() {
    gw.close();
  }

  static JsonNode json(HttpResponse<String> r) {
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
    return Json.parse(r.body());
  }

  @Test
  void seedListContactsExample() {
    // curl -s -X GET "https://api.maton.ai/highlevel-pit/contacts/?locationId={locationId}&limit=10" -H "Authorization: Bearer $MATON_API_KEY"
    HttpResponse<String> r = RawHttp.get(gw.baseUrl() + "/highlevel-pit/contacts/?locationId=loc123&limit=10", AUTH);
    assertEquals(200, r.statusCode());
    JsonNode body = json(r);
    assertTrue(body.path("contacts").isArray() && body.path("contacts").size() > 0, r.body());
  }

  @Test
  void seedListContactsWithConnectionHeader() {
    HttpResponse<String> r = RawHttp.get(gw.baseUrl() + "/highlevel-pit/contacts/?locationId=loc123", "Authorization", "Bearer k",
        "Maton-Connection", "21fd90f9-5935-43cd-b6c8-bde9d915ca80");
    assertEquals(200, r.statusCode());
  }

  @Test
  void withoutAuthorizationTheGatewayAnswers401() {
    HttpResponse<String> r = RawHttp.get(gw.baseUrl() + "/highlevel-pit/contacts/?locationId=loc123&limit=10");
    assertEquals(401, r.statusCode());
    JsonNode body = json(r);
    assertEquals(401, body.path("statusCode").asInt());
    assertEquals("Unauthorized", body.path("error").asText());
    assertEquals(401, RawHttp.get(gw.baseUrl() + "/connections", "Authorization", "Basic abc").statusCode());
  }

  @Test
  void seedConnectionExamples() throws IOException {
    // curl -s -X GET "https://api.maton.ai/connections?app=highlevel-pit&status=ACTIVE"
    HttpResponse<String> list = RawHttp.get(gw.baseUrl() + "/connections?app=highlevel-pit&status=ACTIVE", AUTH);
    assertEquals(200, list.statusCode());
    assertEquals("highlevel-pit", json(list).path("connections").get(0).path("app").asText());
    // curl -s -X POST "https://api.maton.ai/connections" -H "Content-Type: application/json" -d '{"app": "highlevel-pit"}'
    HttpResponse<String> created = RawHttp.send("POST", gw.baseUrl() + "/connections", "{\"app\": \"highlevel-pit\"}", AUTH);
    assertEquals(200, created.statusCode());
    assertTrue(json(created).path("connection").path("url").asText().startsWith("https://connect.maton.ai/"));
    // curl -s -X GET "https://api.maton.ai/connections/{connection_id}"
    HttpResponse<String> one = RawHttp.get(gw.baseUrl() + "/connections/21fd90f9-5935-43cd-b6c8-bde9d915ca80", AUTH);
    assertEquals("ACTIVE", json(one).path("connection").path("status").asText());
    // curl -s -X DELETE "https://api.maton.ai/connections/{connection_id}"
    assertEquals(200, RawHttp.send("DELETE", gw.baseUrl() + "/connections/21fd90f9-5935-43cd-b6c8-bde9d915ca80", null, AUTH).statusCode());
  }

  @Test
  void literalPathsAreNotTakenForIds() {
    HttpResponse<String> search = RawHttp.get(gw.baseUrl() + "/highlevel-pit/locations/search?companyId=xyz789", AUTH);
    assertEquals("searchLocations", search.headers().firstValue("X-Mock-Operation").orElse(null));
    HttpResponse<String> get = RawHttp.get(gw.baseUrl() + "/highlevel-pit/locations/abc123", AUTH);
    assertEquals("getLocation", get.headers().firstValue("X-Mock-Operation").orElse(null));
    HttpResponse<String> events = RawHttp.get(gw.baseUrl()
        + "/highlevel-pit/calendars/events?locationId=loc123&calendarId=cal123&startTime=1767225600000&endTime=1767312000000", AUTH);
    assertEquals("listCalendarEvents", events.headers().firstValue("X-Mock-Operation").orElse(null));
  }

  @Test
  void anUnknownPathIs404() {
    assertEquals(404, RawHttp.get(gw.baseUrl() + "/highlevel-pit/nothing-here", AUTH).statusCode());
  }

  @Test
  void faultHeader429() {
    HttpResponse<String> r = RawHttp.get(gw.baseUrl() + "/highlevel-pit/contacts/abc123", "Authorization", "Bearer k", "X-Mock-Fault", "429");
    assertEquals(429, r.statusCode());
    assertEquals("1", r.headers().firstValue("Retry-After").orElse(null));
    assertEquals(429, json(r).path("statusCode").asInt());
    HttpResponse<String> noRa = RawHttp.get(gw.baseUrl() + "/highlevel-pit/contacts/abc123", "Authorization", "Bearer k",
        "X-Mock-Fault", "429, no-retry-after");
    assertTrue(noRa.headers().firstValue("Retry-After").isEmpty());
    HttpResponse<String> ra5 = RawHttp.get(gw.baseUrl() + "/highlevel-pit/contacts/abc123", "Authorization", "Bearer k",
        "X-Mock-Fault", "429, retry-after=5");
    assertEquals("5", ra5.headers().firstValue("Retry-After").orElse(null));
    HttpResponse<String> alone = RawHttp.get(gw.baseUrl() + "/highlevel-pit/contacts/abc123", "Authorization", "Bearer k",
        "X-Mock-Fault", "retry-after=7");
    assertEquals(429, alone.statusCode(), "retry-after=S on its own is a 429");
    assertEquals("7", alone.headers().firstValue("Retry-After").orElse(null));
    for (String negative : new String[] {"delay=-5", "retry-after=-1"}) {
      HttpResponse<String> bad = RawHttp.get(gw.baseUrl() + "/highlevel-pit/contacts/abc123", "Authorization", "Bearer k",
          "X-Mock-Fault", negative);
      assertEquals(400, bad.statusCode(), negative);
      assertTrue(bad.body().contains("unknown token '" + negative + "'"), bad.body());
    }
  }

  @Test
  void faultHeader5xx() {
    HttpResponse<String> r = RawHttp.get(gw.baseUrl() + "/highlevel-pit/contacts/abc123", "Authorization", "Bearer k", "X-Mock-Fault", "503");
    assertEquals(503, r.statusCode());
    assertEquals("Service Unavailable", json(r).path("error").asText());
  }

  @Test
  void faultHeaderReset() {
    assertThrows(IOException.class, () -> RawHttp.send("POST", gw.baseUrl() + "/highlevel-pit/contacts/", "{\"locationId\":\"loc123\"}",
        "Authorization", "Bearer k", "X-Mock-Fault", "reset"));
  }

  @Test
  void faultHeaderDelay() {
    long t0 = System.nanoTime();
    HttpResponse<String> r = RawHttp.get(gw.baseUrl() + "/highlevel-pit/contacts/abc123", "Authorization", "Bearer k", "X-Mock-Fault", "delay=50");
    assertEquals(200, r.statusCode());
    assertTrue((System.nanoTime() - t0) / 1_000_000 >= 50);
  }

  @Test
  void faultHeaderStall() throws Exception {
    java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(gw.baseUrl() + "/highlevel-pit/contacts/abc123"))
        .header("Authorization", "Bearer k").header("X-Mock-Fault", "stall=800").build();
    long t0 = System.nanoTime();
    java.net.http.HttpResponse<java.io.InputStream> r = RawHttp.HTTP.send(request, java.net.http.HttpResponse.BodyHandlers.ofInputStream());
    long headersMs = (System.nanoTime() - t0) / 1_000_000;
    try (java.io.InputStream in = r.body()) {
      in.readAllBytes();
    }
    long bodyMs = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(200, r.statusCode());
    assertTrue(bodyMs >= 700, "the body is complete only after the stall: " + bodyMs + " ms");
    assertTrue(bodyMs - headersMs >= 300, "and long after the headers (" + headersMs + " ms / " + bodyMs + " ms)");
    assertEquals(400, RawHttp.get(gw.baseUrl() + "/highlevel-pit/contacts/abc123", "Authorization", "Bearer k",
        "X-Mock-Fault", "stall=10").statusCode(), "a stall too short to spread over the body is refused");
  }

  @Test
  void aBadFaultHeaderExplainsItself() {
    HttpResponse<String> r = RawHttp.get(gw.baseUrl() + "/highlevel-pit/contacts/abc123", "Authorization", "Bearer k", "X-Mock-Fault", "teapot");
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("teapot") && r.body().contains("retry-after"), r.body());
  }

  @Test
  @SuppressWarnings("deprecation") // listContacts is deprecated by GHL and still served: tested on purpose
  void theClientWorksAgainstIt() {
    GhlClient ghl = GhlClient.builder().apiKey("test_maton_key_not_secret").baseUrl(gw.baseUrl())
        .agencyConnection("conn_agency").subAccountConnection("conn_sub").rateLimiting(false).build();
    assertEquals("abc123", ghl.contacts().getContact("abc123").getContact().getId());
    assertEquals("abc123", ghl.locations().searchLocations("xyz789", null, null, null, null).getLocations().get(0).getId());
    // auto-pagination over the plain stubs ends after the example page (as the demo does)
    long n = ghl.paginate(dev.pitkit.ghl.api.ContactsApi.class, api -> api.listContacts("loc123", 20, null, null, null),
        dev.pitkit.ghl.model.ContactsListResponse::getContacts).maxItems(50).stream().count();
    assertEquals(1, n);
    long invoices = ghl.paginate(dev.pitkit.ghl.api.InvoicesApi.class,
        api -> api.listInvoices("loc123", "location", 10, 0, null, null, null, null, null, null, null, null),
        dev.pitkit.ghl.model.InvoicesListResponse::getInvoices).stream().count();
    assertEquals(1, invoices);
  }

  @Test
  void globalFaultsFromOptions() {
    try (GhlMockServer limited = GhlMockServer.start(GhlMockServer.Options.defaults().port(0).rateLimitAll().every(2).retryAfter(Duration.ofSeconds(3)))) {
      String url = limited.baseUrl() + "/highlevel-pit/contacts/abc123";
      assertEquals(200, RawHttp.get(url, AUTH).statusCode());
      HttpResponse<String> second = RawHttp.get(url, AUTH);
      assertEquals(429, second.statusCode());
      assertEquals("3", second.headers().firstValue("Retry-After").orElse(null));
      assertEquals(200, RawHttp.get(url, AUTH).statusCode());
      limited.clearFaults();
      assertEquals(200, RawHttp.get(url, AUTH).statusCode());
    }
  }

  @Test
  void everyCountsEachRequestOnceWhenSeveralFaultsAreGiven() {
    try (GhlMockServer g = GhlMockServer.start(GhlMockServer.Options.defaults().port(0).rateLimitAll().serverErrorAll(500)
        .every(3))) {
      java.util.List<Integer> statuses = new java.util.ArrayList<>();
      for (int i = 0; i < 12; i++) {
        statuses.add(RawHttp.get(g.baseUrl() + "/highlevel-pit/contacts/abc123", AUTH).statusCode());
      }
      assertEquals(java.util.List.of(200, 200, 429, 200, 200, 429, 200, 200, 429, 200, 200, 429), statuses,
          "every third request, answered by the first fault given");
    }
  }

  @Test
  void aGlobalDelayHonoursEvery() {
    try (GhlMockServer g = GhlMockServer.start(GhlMockServer.Options.defaults().port(0).delayAll(Duration.ofMillis(1)).every(3))) {
      for (int i = 0; i < 6; i++) {
        assertEquals(200, RawHttp.get(g.baseUrl() + "/highlevel-pit/contacts/abc123", AUTH).statusCode());
      }
      java.util.List<Integer> delays = new java.util.ArrayList<>();
      g.server().getAllServeEvents().forEach(e -> delays.add(0, e.getResponseDefinition().getFixedDelayMilliseconds()));
      assertEquals(java.util.Arrays.asList(null, null, 1, null, null, 1), delays);
    }
  }

  @Test
  void faultsApplyOnTopOfValidationAndKeepTheOperationHeader() {
    try (GhlMockServer strict = GhlMockServer.start(GhlMockServer.Options.defaults().port(0).validateRequests(true))) {
      String invalid = strict.baseUrl() + "/highlevel-pit/contacts/?locationId=loc123&limitt=10";
      HttpResponse<String> rejected = RawHttp.get(invalid, AUTH);
      assertEquals(422, rejected.statusCode());
      assertEquals("listContacts", rejected.headers().firstValue("X-Mock-Operation").orElse(null));
      // Maton's 429 comes before GHL sees the request
      HttpResponse<String> limited = RawHttp.get(invalid, "Authorization", "Bearer k", "X-Mock-Fault", "429");
      assertEquals(429, limited.statusCode());
      assertEquals("listContacts", limited.headers().firstValue("X-Mock-Operation").orElse(null));
      HttpResponse<String> failed = RawHttp.get(strict.baseUrl() + "/highlevel-pit/contacts/abc123", "Authorization", "Bearer k",
          "X-Mock-Fault", "503");
      assertEquals(503, failed.statusCode());
      assertEquals("getContact", failed.headers().firstValue("X-Mock-Operation").orElse(null));
    }
  }

  /** As GHL does, the mock refuses free slots over more than 31 days, and a range that ends before it starts. */
  @Test
  void aDateRangeGhlRefusesIsAnswered422() {
    String slots = gw.baseUrl() + "/highlevel-pit/calendars/cal123/free-slots?startDate=1777334400000&endDate=";
    String[] auth = {"Authorization", "Bearer test_maton_key_not_secret", "Maton-Connection", "conn_sub", "Version", "2021-04-15"};
    HttpResponse<String> tooLong = RawHttp.get(slots + (1777334400000L + 60L * 86_400_000L), auth);
    assertEquals(422, tooLong.statusCode());
    assertTrue(tooLong.body().contains("Date range cannot be more than 31 days"), tooLong.body());
    HttpResponse<String> backwards = RawHttp.get(slots + (1777334400000L - 1), auth);
    assertEquals(422, backwards.statusCode());
    assertTrue(backwards.body().contains("endDate must not be before startDate"), backwards.body());
    assertEquals(200, RawHttp.get(slots + (1777334400000L + 31L * 86_400_000L), auth).statusCode());
  }

  @Test
  void validationModeAnswers422WithTheViolations() {
    try (GhlMockServer strict = GhlMockServer.start(GhlMockServer.Options.defaults().port(0).validateRequests(true))) {
      HttpResponse<String> r = RawHttp.get(strict.baseUrl() + "/highlevel-pit/contacts/?locationId=loc123&limitt=10", AUTH);
      assertEquals(422, r.statusCode());
      assertTrue(json(r).path("message").get(0).asText().contains("limitt"), r.body());
      assertEquals(200, RawHttp.get(strict.baseUrl() + "/highlevel-pit/contacts/?locationId=loc123&limit=10", AUTH).statusCode());
    }
  }

  @Test
  void validationModeChecksTheRequiredPartsOfAnUpload() throws Exception {
    try (GhlMockServer strict = GhlMockServer.start(GhlMockServer.Options.defaults().port(0).validateRequests(true))) {
      String url = strict.baseUrl() + "/highlevel-pit/social-media-posting/loc123/csv";
      String type = "multipart/form-data; boundary=b0undary";
      String noFile = "--b0undary\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nx\r\n--b0undary--\r\n";
      HttpResponse<String> r = RawHttp.send("POST", url, noFile, "Content-Type", type, AUTH[0], AUTH[1]);
      assertEquals(422, r.statusCode(), r.body());
      assertTrue(r.body().contains("'file'"), r.body());
      String withFile = "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"posts.csv\"\r\n"
          + "Content-Type: text/csv\r\n\r\ntext\r\n--b0undary--\r\n";
      assertEquals(201, RawHttp.send("POST", url, withFile, "Content-Type", type, AUTH[0], AUTH[1]).statusCode());

      // a required map of parts: one part per entry, under the entry's own name
      String custom = strict.baseUrl() + "/highlevel-pit/forms/upload-custom-files?contactId=c1&locationId=loc123";
      String empty = "--b0undary--\r\n";
      HttpResponse<String> none = RawHttp.send("POST", custom, empty, "Content-Type", type, AUTH[0], AUTH[1]);
      assertEquals(422, none.statusCode(), none.body());
      assertTrue(none.body().contains("'files'"), none.body());
      String oneFile = withFile.replace("name=\"file\"", "name=\"fieldId_fileId\"");
      HttpResponse<String> sent = RawHttp.send("POST", custom, oneFile, "Content-Type", type, AUTH[0], AUTH[1]);
      assertEquals(200, sent.statusCode(), sent.body());
    }
  }

  @Test
  void commandLineOptions() {
    assertNull(GhlMockServerMain.parse("--help"));
    GhlMockServer.Options o = GhlMockServerMain.parse("--port", "0", "--fault-server-error=502", "--fault-every", "3", "--validate");
    try (GhlMockServer g = GhlMockServer.start(o)) {
      String url = g.baseUrl() + "/highlevel-pit/contacts/abc123";
      assertEquals(200, RawHttp.get(url, AUTH).statusCode());
      assertEquals(200, RawHttp.get(url, AUTH).statusCode());
      assertEquals(502, RawHttp.get(url, AUTH).statusCode());
    }
    assertThrows(IllegalArgumentException.class, () -> GhlMockServerMain.parse("--port"));
    assertThrows(IllegalArgumentException.class, () -> GhlMockServerMain.parse("--port", "eighty"));
    assertThrows(IllegalArgumentException.class, () -> GhlMockServerMain.parse("--frobnicate"));
    // a server error is a 5xx, as the header fault and CallFaults have it
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GhlMockServerMain.parse("--fault-server-error=200"));
    assertEquals("not a 5xx status: 200", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> GhlMockServer.Options.defaults().serverErrorAll(600));
  }
}
