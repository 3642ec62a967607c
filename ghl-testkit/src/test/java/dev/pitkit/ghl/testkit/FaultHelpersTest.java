package dev.pitkit.ghl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.error.GhlIoException;
import dev.pitkit.ghl.client.error.InternalServerException;
import dev.pitkit.ghl.client.error.NotFoundException;
import dev.pitkit.ghl.client.error.RateLimitException;
import dev.pitkit.ghl.client.error.UnauthorizedException;
import dev.pitkit.ghl.model.ContactCreateRequest;
import dev.pitkit.ghl.model.ContactResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every fault helper, observed through the client (retries never really sleep). */
class FaultHelpersTest {
  @RegisterExtension
  static GhlMockExtension ghl = GhlMockExtension.create();

  @Test
  void aStalledBodySendsTheHeadersFirstAndTheBodyOnlyAfterTheStall() throws Exception {
    ghl.operation("getContact").nextCalls(1).stalledBody(Duration.ofMillis(1_500));
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    long t0 = System.nanoTime();
    java.net.http.HttpResponse<java.io.InputStream> r = http.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(ghl.baseUrl() + "/highlevel-pit/contacts/abc123"))
        .header("Authorization", "Bearer " + GhlMockExtension.API_KEY).build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream());
    java.util.concurrent.CompletableFuture<byte[]> body = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try (java.io.InputStream in = r.body()) {
        return in.readAllBytes();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertEquals(200, r.statusCode(), "the status and headers are here");
    assertTrue(!body.isDone(), "while the body is still coming");
    String json = new String(body.get(10, java.util.concurrent.TimeUnit.SECONDS), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue((System.nanoTime() - t0) / 1_000_000 >= 1_400, "the body is complete only after the stall");
    assertEquals("abc123", SpecFixtures.MAPPER.readTree(json).path("contact").path("id").asText(), "still the stub's JSON");
  }

  /** One location among many fails; the others are answered as usual, and the counted calls are that location's. */
  @Test
  void faultsOnOneConnectionLeaveTheOthersAlone() {
    ghl.nextCalls(2).onConnection("conn_location_7").serverError(503);
    ghl.operation("getContact").allCalls().onConnection("conn_location_8").respond(404, "{\"message\":\"gone\"}");
    GhlClient client = ghl.clientBuilder().maxRetries(0).build();
    GhlClient location7 = client.withSubAccountConnection("conn_location_7");
    GhlClient location8 = client.withSubAccountConnection("conn_location_8");

    assertEquals("abc123", client.contacts().getContact("abc123").getContact().getId(), "the client's own: untouched");
    org.junit.jupiter.api.Assertions.assertNotNull(location8.contacts().listContactNotes("abc123"),
        "location 8's other operations: untouched");
    assertThrows(NotFoundException.class, () -> location8.contacts().getContact("abc123"));
    assertThrows(InternalServerException.class, () -> location7.contacts().getContact("abc123"));
    location7.locations().getLocation("loc7"); // an agency operation: sent with the agency connection, answered
    assertThrows(InternalServerException.class, () -> location7.contacts().listContactNotes("abc123"));
    assertEquals("abc123", location7.contacts().getContact("abc123").getContact().getId(), "its two calls were spent");
    assertThrows(NotFoundException.class, () -> location8.contacts().getContact("abc123"), "every call of location 8");
  }

  @Test
  void aStalledBodyEndsTheClientsCallAtItsTimeoutAndTheGetIsRetried() {
    ghl.operation("getContact").nextCalls(2).stalledBody(Duration.ofMillis(2_000));
    GhlClient client = ghl.clientBuilder().readTimeout(Duration.ofMillis(300)).maxRetries(1).build();
    GhlIoException e = assertThrows(GhlIoException.class, () -> client.contacts().getContact("abc123"));
    assertTrue(e.getMessage().contains("timed out"), e.getMessage());
    ghl.verify().called("getContact", 2);
  }

  /** A proxy's HTML page, from a stub or a fault: the client sees it with its media type, typed by status. */
  @Test
  void answersOfAnotherMediaTypeReachTheClientAsSent() {
    ghl.operation("getContact").willReturn(502, "<html>Bad gateway</html>", "text/html");
    GhlClient client = ghl.clientBuilder().maxRetries(0).build();
    InternalServerException page = assertThrows(InternalServerException.class, () -> client.contacts().getContact("abc123"));
    assertEquals("<html>Bad gateway</html>", page.body());
    assertEquals(List.of("text/html"), page.headers().get("content-type"));
    assertTrue(page.getMessage().contains("HTML body"), page.getMessage());

    ghl.operation("createContact").nextCalls(1).respond(503, "upstream unavailable", "text/plain");
    InternalServerException text = assertThrows(InternalServerException.class, () -> client.contacts().createContact(
        new ContactCreateRequest().locationId("loc123").firstName("Ada")));
    assertEquals(List.of("text/plain"), text.headers().get("content-type"), "one Content-Type, the one asked for");
    assertEquals("upstream unavailable", text.body());
    assertThrows(IllegalArgumentException.class, () -> ghl.operation("getContact").willReturn(502, "<html>"),
        "the JSON form still refuses what is not JSON");
  }

  @Test
  void rateLimitWithRetryAfterIsRetriedThenSucceeds() {
    ghl.operation("getContact").nextCalls(2).rateLimited(Duration.ofSeconds(1));
    ContactResponse r = ghl.client().contacts().getContact("abc123");
    assertEquals("abc123", r.getContact().getId());
    ghl.verify().called("getContact", 3);
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), ghl.sleeps(), "Retry-After honoured, not slept");
  }

  @Test
  void ghlsDailyLimitCarriesItsHeadersAndIsNotRetried() {
    ghl.operation("getContact").nextCalls(1).dailyLimitReached();
    RateLimitException e = assertThrows(RateLimitException.class, () -> ghl.client().contacts().getContact("abc123"));
    assertTrue(e.rateLimit().dailyLimitReached(), e.rateLimit().toString());
    assertEquals(java.util.OptionalLong.of(99), e.rateLimit().burstRemaining());
    ghl.verify().called("getContact", 1);
  }

  @Test
  void ghlsBurstLimitCarriesItsHeadersAndIsRetriedOnceTheWindowFrees() {
    ghl.operation("getContact").nextCalls(1).burstLimitReached();
    assertEquals("abc123", ghl.client().contacts().getContact("abc123").getContact().getId());
    ghl.verify().called("getContact", 2);
    assertEquals(1, ghl.sleeps().size(), ghl.sleeps().toString());
    assertTrue(ghl.sleeps().get(0).compareTo(Duration.ofSeconds(10)) <= 0, "at most GHL's 10 s window: " + ghl.sleeps());
  }

  @Test
  void rateLimitWithoutRetryAfterBacksOff() {
    ghl.operation("getContact").nextCalls(1).rateLimited();
    ghl.client().contacts().getContact("abc123");
    ghl.verify().called("getContact", 2);
    assertEquals(1, ghl.sleeps().size());
    Duration d = ghl.sleeps().get(0);
    assertTrue(!d.isNegative() && d.compareTo(Duration.ofMillis(500)) <= 0, "exponential backoff's first step: " + d);
  }

  @Test
  void rateLimitOnEveryAttemptSurfacesAsRateLimitException() {
    ghl.operation("getContact").allCalls().rateLimited(Duration.ofSeconds(2));
    RateLimitException e = assertThrows(RateLimitException.class, () -> ghl.client().contacts().getContact("abc123"));
    assertEquals(429, e.status());
    assertEquals(Duration.ofSeconds(2), e.retryAfter().orElseThrow());
    ghl.verify().called("getContact", 3);
  }

  @Test
  void postIsRetriedOn429ButNotOn5xx() {
    ContactCreateRequest body = SpecFixtures.MAPPER.convertValue(SpecFixtures.op("createContact").requestExample(), ContactCreateRequest.class);
    ghl.operation("createContact").nextCalls(1).rateLimited(Duration.ofSeconds(1));
    ghl.client().contacts().createContact(body);
    ghl.verify().called("createContact", 2);

    ghl.resetRequests();
    ghl.operation("createContact").nextCalls(1).serverError(502);
    assertThrows(InternalServerException.class, () -> ghl.client().contacts().createContact(body));
    ghl.verify().called("createContact", 1);
  }

  @Test
  void serverErrorsUntilRetriesAreExhaustedGiveInternalServerException() {
    ghl.operation("getContact").nextCalls(3).serverError(503);
    InternalServerException e = assertThrows(InternalServerException.class, () -> ghl.client().contacts().getContact("abc123"));
    assertEquals(503, e.status());
    ghl.verify().called("getContact", 3);
    assertEquals(2, ghl.sleeps().size());
  }

  @Test
  void aTransientServerErrorIsRetried() {
    ghl.nextCalls(1).serverError();
    assertEquals("abc123", ghl.client().contacts().getContact("abc123").getContact().getId());
    ghl.verify().called("getContact", 2);
  }

  @Test
  void connectionResetsUntilRetriesAreExhaustedGiveGhlIoException() {
    ghl.operation("getContact").allCalls().connectionReset();
    GhlIoException e = assertThrows(GhlIoException.class, () -> ghl.client().contacts().getContact("abc123"));
    assertEquals(ghl.callCount("getContact"), e.attempts(),
        "attempts() counts every request the gateway saw, the JDK HttpClient's own resends of a GET too");
    assertTrue(e.attempts() >= 3, "the client's own three at least: " + e.attempts());
  }

  @Test
  void aConnectionResetOnPostIsNotRetried() {
    ContactCreateRequest body = SpecFixtures.MAPPER.convertValue(SpecFixtures.op("createContact").requestExample(), ContactCreateRequest.class);
    ghl.operation("createContact").nextCalls(1).connectionReset();
    GhlIoException e = assertThrows(GhlIoException.class, () -> ghl.client().contacts().createContact(body));
    assertEquals(1, e.attempts());
    ghl.verify().called("createContact", 1);
  }

  @Test
  void aSingleConnectionResetIsRetriedForGet() {
    ghl.nextCalls(1).connectionReset();
    assertEquals("abc123", ghl.client().contacts().getContact("abc123").getContact().getId());
    ghl.verify().called("getContact", 2);
  }

  @Test
  void anEmptyResponseIsAnIoError() {
    ghl.operation("getContact").allCalls().emptyResponse();
    assertThrows(GhlIoException.class, () -> ghl.client().contacts().getContact("abc123"));
  }

  @Test
  @SuppressWarnings("deprecation") // listContacts is deprecated by GHL and still served: tested on purpose
  void customBodyForOneOperation() {
    ghl.operation("getContact").willReturn("{\"contact\":{\"id\":\"custom-1\",\"firstName\":\"Grace\"}}");
    ContactResponse r = ghl.client().contacts().getContact("whatever");
    assertEquals("custom-1", r.getContact().getId());
    assertEquals("Grace", r.getContact().getFirstName());
    assertEquals("abc123", ghl.client().contacts().listContacts("loc123", null, null, null, null).getContacts().get(0).getId(),
        "other operations keep their spec stub");
  }

  @Test
  void customErrorStatusForOneOperation() {
    ghl.operation("getContact").willReturnError(404);
    NotFoundException e = assertThrows(NotFoundException.class, () -> ghl.client().contacts().getContact("nope"));
    assertEquals(404, e.status());
    ghl.verify().called("getContact", 1);
  }

  @Test
  void customStatusAndBody() {
    ghl.operation("getContact").willReturn(401, "{\"statusCode\":401,\"message\":\"Token's user type mismatch\"}");
    UnauthorizedException e = assertThrows(UnauthorizedException.class, () -> ghl.client().contacts().getContact("abc123"));
    assertTrue(e.errorMessage().contains("user type mismatch"), e.errorMessage());
  }

  @Test
  void delayedResponsesArriveLate() {
    ghl.operation("getContact").delayed(Duration.ofMillis(60));
    long t0 = System.nanoTime();
    ghl.client().contacts().getContact("abc123");
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(ms >= 60, "took " + ms + " ms");
  }

  @Test
  void aDelayLongerThanTheReadTimeoutIsAnIoError() {
    ghl.operation("getContact").nextCalls(1).delayed(Duration.ofMillis(400));
    GhlClient impatient = ghl.clientBuilder().readTimeout(Duration.ofMillis(50)).maxRetries(0).build();
    assertThrows(GhlIoException.class, () -> impatient.contacts().getContact("abc123"));
  }

  @Test
  void faultsAreResetBetweenTests_part1() {
    ghl.allCalls().serverError();
    assertThrows(InternalServerException.class, () -> ghl.client().contacts().getContact("abc123"));
  }

  @Test
  void faultsAreResetBetweenTests_part2() {
    assertEquals("abc123", ghl.client().contacts().getContact("abc123").getContact().getId());
    assertEquals(List.of(), ghl.sleeps());
  }
}
