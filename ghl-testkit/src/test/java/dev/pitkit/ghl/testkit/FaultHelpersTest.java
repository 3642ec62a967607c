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
  static GhlMockGateway ghl = GhlMockGateway.create();

  @Test
  void rateLimitWithRetryAfterIsRetriedThenSucceeds() {
    ghl.operation("getContact").nextCalls(2).rateLimited(Duration.ofSeconds(1));
    ContactResponse r = ghl.client().contacts().getContact("abc123");
    assertEquals("abc123", r.getContact().getId());
    ghl.verifyCalled("getContact", 3);
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), ghl.sleeps(), "Retry-After honoured, not slept");
  }

  @Test
  void rateLimitWithoutRetryAfterBacksOff() {
    ghl.operation("getContact").nextCalls(1).rateLimited();
    ghl.client().contacts().getContact("abc123");
    ghl.verifyCalled("getContact", 2);
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
    ghl.verifyCalled("getContact", 3);
  }

  @Test
  void postIsRetriedOn429ButNotOn5xx() {
    ContactCreateRequest body = SpecFixtures.MAPPER.convertValue(SpecFixtures.op("createContact").requestExample(), ContactCreateRequest.class);
    ghl.operation("createContact").nextCalls(1).rateLimited(Duration.ofSeconds(1));
    ghl.client().contacts().createContact(body);
    ghl.verifyCalled("createContact", 2);

    ghl.resetRequests();
    ghl.operation("createContact").nextCalls(1).serverError(502);
    assertThrows(InternalServerException.class, () -> ghl.client().contacts().createContact(body));
    ghl.verifyCalled("createContact", 1);
  }

  @Test
  void serverErrorsUntilRetriesAreExhaustedGiveInternalServerException() {
    ghl.operation("getContact").nextCalls(3).serverError(503);
    InternalServerException e = assertThrows(InternalServerException.class, () -> ghl.client().contacts().getContact("abc123"));
    assertEquals(503, e.status());
    ghl.verifyCalled("getContact", 3);
    assertEquals(2, ghl.sleeps().size());
  }

  @Test
  void aTransientServerErrorIsRetried() {
    ghl.nextCalls(1).serverError();
    assertEquals("abc123", ghl.client().contacts().getContact("abc123").getContact().getId());
    ghl.verifyCalled("getContact", 2);
  }

  @Test
  void connectionResetsUntilRetriesAreExhaustedGiveGhlIoException() {
    ghl.operation("getContact").allCalls().connectionReset();
    GhlIoException e = assertThrows(GhlIoException.class, () -> ghl.client().contacts().getContact("abc123"));
    assertEquals(3, e.attempts(), "the client's own attempts (the JDK HttpClient may add a silent retry of its own for GET)");
    assertTrue(ghl.callCount("getContact") >= 3);
  }

  @Test
  void aConnectionResetOnPostIsNotRetried() {
    ContactCreateRequest body = SpecFixtures.MAPPER.convertValue(SpecFixtures.op("createContact").requestExample(), ContactCreateRequest.class);
    ghl.operation("createContact").nextCalls(1).connectionReset();
    GhlIoException e = assertThrows(GhlIoException.class, () -> ghl.client().contacts().createContact(body));
    assertEquals(1, e.attempts());
    ghl.verifyCalled("createContact", 1);
  }

  @Test
  void aSingleConnectionResetIsRetriedForGet() {
    ghl.nextCalls(1).connectionReset();
    assertEquals("abc123", ghl.client().contacts().getContact("abc123").getContact().getId());
    ghl.verifyCalled("getContact", 2);
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
    ghl.verifyCalled("getContact", 1);
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
