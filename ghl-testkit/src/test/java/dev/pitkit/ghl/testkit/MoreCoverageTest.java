package dev.pitkit.ghl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.error.GhlIoException;
import dev.pitkit.ghl.client.error.UnprocessableEntityException;
import dev.pitkit.ghl.testkit.internal.ErrorBodies;
import dev.pitkit.ghl.testkit.internal.FaultRule;
import dev.pitkit.ghl.testkit.internal.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Options, builders and edge cases of the public API. */
class MoreCoverageTest {
  @RegisterExtension
  static GhlMockExtension ghl = GhlMockExtension.builder()
      .apiKey("another_fake_key")
      .agencyConnection("conn_a")
      .subAccountConnection("conn_s")
      .maxRetries(1)
      .validateRequests(true)
      .failOnUnmatchedRequests(true)
      .configure(c -> c.maxRequestJournalEntries(1000))
      .build();

  @Test
  void builderSettingsReachTheClient() {
    assertEquals("another_fake_key", ghl.apiKey());
    assertEquals("conn_a", ghl.agencyConnection());
    assertEquals("conn_s", ghl.subAccountConnection());
    ghl.client().locations().getLocation("abc123");
    ghl.client().contacts().getContact("abc123");
    ghl.verify().authorization("another_fake_key");
    ghl.verify().routing();
    assertThrows(org.opentest4j.AssertionFailedError.class, () -> ghl.verify().authorization("other"));
  }

  @Test
  void maxRetriesOfTheBuilderApplies() {
    ghl.operation("getContact").nextCalls(5).serverError(500);
    assertThrows(dev.pitkit.ghl.client.error.InternalServerException.class, () -> ghl.client().contacts().getContact("abc123"));
    ghl.verify().called("getContact", 2);
  }

  @Test
  void operationStubsDescribeThemselves() {
    OperationStubs op = ghl.operation("getContact");
    assertEquals("getContact", op.operationId());
    assertEquals("GET /highlevel-pit/contacts/{contactId}", op.route());
    assertTrue(Json.parse(op.exampleBody()).path("contact").isObject());
    ghl.client().contacts().getContact("abc123");
    assertEquals(1, op.requests().size());
    op.verifyCalled(1);
  }

  @Test
  void respondWithAnyStatusForTheNextCall() {
    ghl.operation("getContact").nextCalls(1).respond(422, null);
    UnprocessableEntityException e = assertThrows(UnprocessableEntityException.class, () -> ghl.client().contacts().getContact("abc123"));
    assertTrue(e.errorMessages().get(0).contains("Validation error"), e.errorMessages().toString());
    assertEquals("abc123", ghl.client().contacts().getContact("abc123").getContact().getId());
  }

  @Test
  void globalDelayAndEmptyResponse() {
    ghl.allCalls().delayed(Duration.ofMillis(10));
    ghl.nextCalls(1).emptyResponse();
    GhlClient noRetry = ghl.clientBuilder().maxRetries(0).build();
    dev.pitkit.ghl.model.ContactNoteCreateRequest note = new dev.pitkit.ghl.model.ContactNoteCreateRequest();
    note.setBody("hello");
    // a POST: the JDK HttpClient itself silently repeats a GET whose connection closed empty
    assertThrows(GhlIoException.class, () -> noRetry.contacts().createContactNote("abc123", note));
    assertNotNull(noRetry.contacts().createContactNote("abc123", note));
  }

  @Test
  void invalidHelperArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> ghl.nextCalls(0));
    assertThrows(IllegalArgumentException.class, () -> ghl.nextCalls(1).serverError(404));
    assertThrows(IllegalArgumentException.class, () -> ghl.operation("listContacts").pages(0, 1));
    assertThrows(IllegalArgumentException.class, () -> ghl.operation("listContacts").pageSizes());
    assertThrows(IllegalArgumentException.class, () -> ghl.operation("listContacts").pageSizes(2, 0));
    assertThrows(IllegalArgumentException.class, () -> ghl.operation("getContact").willReturn("not json"));
    assertThrows(IllegalArgumentException.class, () -> FaultRule.fault(null, 1, 1, FaultRule.Kind.DELAY));
    assertThrows(IllegalArgumentException.class, () -> FaultRule.delay(null, 1, 1, Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> FaultRule.delay(null, 1, 0, Duration.ofMillis(1)));
    assertTrue(FaultRule.respond("getContact", -1, 1, 500, null, null).toString().contains("every call"));
    assertTrue(FaultRule.delay(null, 2, 1, Duration.ofMillis(5)).toString().contains("5ms"));
  }

  @Test
  void errorBodiesAreGhlShaped() {
    for (int status : new int[] {400, 401, 403, 404, 408, 409, 418, 422, 429, 500, 502, 503, 504, 599}) {
      var body = Json.parse(ErrorBodies.forStatus(status));
      assertEquals(status, body.path("statusCode").asInt());
      assertTrue(body.has("message") && body.has("error"), body.toString());
    }
    assertEquals("[\"a\",\"b\"]", Json.parse(ErrorBodies.validationFailed(java.util.List.of("a", "b"))).path("message").toString());
  }

  /** The standalone gateway validating requests answers a stub of its user's outside the spec as stubbed (not 422). */
  @Test
  void standaloneValidationLeavesAUsersStubOutsideTheSpecAlone() {
    try (GhlMockServer gw = GhlMockServer.start(GhlMockServer.Options.defaults().port(0).validateRequests(true))) {
      gw.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
          com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/highlevel-pit/brand-new/things"))
          .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"things\":[]}")));
      try (GhlClient client = GhlClient.builder().apiKey("k_fake").baseUrl(gw.baseUrl()).subAccountConnection("conn_s")
          .maxRetries(0).build()) {
        assertEquals("{\"things\":[]}", client.rawRequest(dev.pitkit.ghl.client.GhlRawRequest.builder("GET",
            "/brand-new/things").build()).bodyText());
        UnprocessableEntityException e = assertThrows(UnprocessableEntityException.class, () -> client.rawRequest(
            dev.pitkit.ghl.client.GhlRawRequest.builder("GET", "/contacts/").queryParam("locationId", "loc1")
                .queryParam("limitt", 1).build()));
        assertTrue(e.getMessage().contains("limitt"), "a path of the spec is still checked: " + e.getMessage());
      }
    }
  }

  @Test
  void standaloneOptionsAndHeaderFaults() throws IOException {
    GhlMockServer.Options o = GhlMockServer.Options.defaults().port(0).bindAddress("127.0.0.1").verbose(false).headerFaults(false)
        .delayAll(Duration.ofMillis(1));
    try (GhlMockServer gw = GhlMockServer.start(o)) {
      assertTrue(gw.isRunning());
      assertNotNull(gw.server());
      assertEquals(SpecFixtures.operations().size(), gw.operationCount());
      HttpResponse<String> r = RawHttp.get("http://127.0.0.1:" + gw.port() + "/highlevel-pit/contacts/abc123",
          "Authorization", "Bearer k", "X-Mock-Fault", "500");
      assertEquals(200, r.statusCode(), "header faults are off");
    }
    assertThrows(IllegalArgumentException.class, () -> GhlMockServer.Options.defaults().port(70000));
    assertThrows(IllegalArgumentException.class, () -> GhlMockServer.Options.defaults().every(0));
    try (GhlMockServer gw = GhlMockServer.start(GhlMockServer.Options.defaults().port(0).resetAll())) {
      assertThrows(IOException.class, () -> RawHttp.send("GET", gw.baseUrl() + "/highlevel-pit/contacts/abc123", null, "Authorization", "Bearer k"));
    }
    try (GhlMockServer gw = GhlMockServer.start(0)) {
      String url = gw.baseUrl() + "/highlevel-pit/contacts/abc123";
      assertThrows(IOException.class, () -> RawHttp.send("GET", url, null, "Authorization", "Bearer k", "X-Mock-Fault", "empty"));
      assertEquals(400, RawHttp.get(url, "Authorization", "Bearer k", "X-Mock-Fault", "delay=soon").statusCode());
      assertEquals(200, RawHttp.get(url, "Authorization", "Bearer k", "X-Mock-Fault", " , ").statusCode());
      assertEquals(401, RawHttp.get(url, "X-Mock-Fault", "500").statusCode(), "401 wins over faults");
    }
  }

  @Test
  void theStandaloneStallFlagStallsEveryBody() throws Exception {
    AtomicReference<GhlMockServer> started = new AtomicReference<>();
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertEquals(0, GhlMockServerMain.run(new String[] {"--port=0", "--fault-stall", "1200"}, quiet, quiet, started::set));
    try (GhlMockServer gw = started.get()) {
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      java.net.URI contact = java.net.URI.create(gw.baseUrl() + "/highlevel-pit/contacts/abc123");
      // a first request without a timeout: the server's first answer (stub matching warming up) may be slow on a busy machine
      http.send(java.net.http.HttpRequest.newBuilder(contact).header("Authorization", "Bearer k").build(),
          HttpResponse.BodyHandlers.ofString());
      java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(contact).header("Authorization", "Bearer k")
          .timeout(Duration.ofMillis(800)).build();
      // the JDK's own request timeout stops at the headers, which come at once: it does not fire
      long t0 = System.nanoTime();
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertEquals(200, r.statusCode());
      assertTrue(ms >= 1_100, "the body took the stall: " + ms + " ms");
    }
  }

  @Test
  void commandLineRunPrintsUsageOrStarts() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertEquals(0, GhlMockServerMain.run(new String[] {"--help"}, o, e, gw -> {}));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("X-Mock-Fault"));
    assertEquals(2, GhlMockServerMain.run(new String[] {"--nope"}, o, e, gw -> {}));
    // values a fault refuses are a bad command line too (an error and the usage), not a stack trace
    assertEquals(2, GhlMockServerMain.run(new String[] {"--fault-stall", "10"}, o, e, gw -> {}));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("error: stall must be at least 50 ms"), err.toString(StandardCharsets.UTF_8));
    assertEquals(2, GhlMockServerMain.run(new String[] {"--fault-delay", "-5"}, o, e, gw -> {}));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("error: delay must be >= 0"), err.toString(StandardCharsets.UTF_8));
    assertNotNull(GhlMockServerMain.parse("-v", "-p", "0"), "--verbose logs every exchange to the console");
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --nope"));
    AtomicReference<GhlMockServer> started = new AtomicReference<>();
    assertEquals(0, GhlMockServerMain.run(new String[] {"--port=0", "--fault-rate-limit", "--retry-after", "-1",
        "--fault-delay", "1", "--fault-reset", "--no-header-faults", "--bind-address", "127.0.0.1"}, o, e, started::set));
    try (GhlMockServer gw = started.get()) {
      assertTrue(out.toString(StandardCharsets.UTF_8).contains("listening on http://localhost:" + gw.port()));
      HttpResponse<String> r = RawHttp.get("http://127.0.0.1:" + gw.port() + "/highlevel-pit/contacts/abc123", "Authorization", "Bearer k");
      assertEquals(429, r.statusCode());
      assertTrue(r.headers().firstValue("Retry-After").isEmpty());
    }
  }
}
