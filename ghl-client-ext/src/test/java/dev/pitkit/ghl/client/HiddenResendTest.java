package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pitkit.ghl.client.error.GhlIoException;
import dev.pitkit.ghl.client.resilience.RateLimiter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The JDK HttpClient sends a GET again, on its own, when a pooled keep-alive connection fails
 * before any byte of the response arrives. The server saw both: {@code attempts()} and the rate
 * limiter count both (the resend's permit taken in the background, the answer not held up).
 */
class HiddenResendTest {
  private static final String CONTACT = "/highlevel-pit/contacts/abc123";

  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  private final AtomicInteger permits = new AtomicInteger();
  private final List<GhlCall> calls = new CopyOnWriteArrayList<>();

  private GhlClient client(int maxRetries) {
    RateLimiter counting = key -> {
      permits.incrementAndGet();
      return RateLimiter.Permit.of(key);
    };
    return FacadeTestSupport.builder(wm).maxRetries(maxRetries).rateLimiting(true).rateLimiter(counting)
        .callListener(new GhlCallListener() {
          @Override
          public void onCall(GhlCall call) {
            calls.add(call);
          }
        }).build();
  }

  @Test
  void aResendOnAReusedConnectionIsOneMoreAttemptAndOneMorePermit() throws Exception {
    stubDropOnTheReusedConnection();
    GhlClient ghl = client(0);

    ghl.contacts().getContact("abc123"); // leaves a keep-alive connection in the pool
    ghl.contacts().getContact("abc123"); // dropped on the pooled connection, resent by the JDK on a new one

    assertEquals(3, wm.getAllServeEvents().size(), "the server saw three requests");
    assertEquals(List.of(1, 2), calls.stream().map(GhlCall::attempts).toList(), "the second call took two");
    assertPermitsReach(3, "one rate limit permit per request the server saw");
  }

  @Test
  void retriedResetsCountEveryRequestTheServerSaw() throws Exception {
    wm.stubFor(get(urlPathEqualTo(CONTACT)).inScenario("s").whenScenarioStateIs(STARTED).willSetStateTo("reset")
        .willReturn(okJson("{\"contact\":{\"id\":\"abc123\"}}")));
    wm.stubFor(get(urlPathEqualTo(CONTACT)).inScenario("s").whenScenarioStateIs("reset")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    GhlClient ghl = client(2);
    ghl.contacts().getContact("abc123");
    int before = wm.getAllServeEvents().size();

    GhlIoException e = assertThrows(GhlIoException.class, () -> ghl.contacts().getContact("abc123"));

    int seen = wm.getAllServeEvents().size() - before;
    assertEquals(seen, e.attempts(), "attempts() is what reached the server");
    assertEquals(seen, calls.get(1).attempts());
    assertPermitsReach(1 + seen, "one permit per request the server saw");
  }

  @Test
  void theResendsPermitIsTakenWithoutHoldingUpTheAnswer() throws Exception {
    stubDropOnTheReusedConnection();
    CountDownLatch turn = new CountDownLatch(1);
    AtomicBoolean waitedOut = new AtomicBoolean();
    RateLimiter busy = key -> { // the third permit (the resend's) waits for a turn the test gives it later
      if (permits.incrementAndGet() == 3 && !turn.await(30, TimeUnit.SECONDS)) {
        waitedOut.set(true);
      }
      return RateLimiter.Permit.of(key);
    };
    GhlClient ghl = FacadeTestSupport.builder(wm).maxRetries(0).rateLimiting(true).rateLimiter(busy).build();
    ghl.contacts().getContact("abc123");

    assertEquals("abc123", ghl.contacts().getContact("abc123").getContact().getId(), "resent, answered");
    turn.countDown(); // only now may the resend's permit be granted

    assertPermitsReach(3, "the resend still took its permit");
    assertFalse(waitedOut.get(), "the answer was returned while the resend's permit was still waiting");
  }

  @Test
  void resendsWaitingForPermitsShareOneThread() throws Exception {
    wm.stubFor(get(urlPathEqualTo(CONTACT)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    CountDownLatch turn = new CountDownLatch(1);
    AtomicInteger waiting = new AtomicInteger();
    AtomicInteger mostWaiting = new AtomicInteger();
    RateLimiter resendsWait = key -> { // the resends' permits wait until the test lets them go
      permits.incrementAndGet();
      if (Thread.currentThread().getName().equals("ghl-resend-permit")) {
        mostWaiting.accumulateAndGet(waiting.incrementAndGet(), Math::max);
        try {
          turn.await(30, TimeUnit.SECONDS);
        } finally {
          waiting.decrementAndGet();
        }
      }
      return RateLimiter.Permit.of(key);
    };
    GhlClient ghl = FacadeTestSupport.builder(wm).maxRetries(0).rateLimiting(true).rateLimiter(resendsWait).build();
    int calls = 6;
    for (int i = 0; i < calls; i++) {
      assertThrows(GhlIoException.class, () -> ghl.contacts().getContact("abc123"));
    }
    int resends = wm.getAllServeEvents().size() - calls;
    assertTrue(resends >= 2, "the JDK resent the reset requests (" + resends + ")");

    for (int i = 0; i < 1000 && waiting.get() == 0; i++) {
      Thread.sleep(10);
    }
    Thread.sleep(200); // time for more waiters to arrive, were there one thread per resend
    turn.countDown();
    assertPermitsReach(calls + resends, "every resend still took its permit");
    assertEquals(1, mostWaiting.get(), "one thread waits in the limiter for the resends, not one thread each");
  }

  private void stubDropOnTheReusedConnection() {
    wm.stubFor(get(urlPathEqualTo(CONTACT)).inScenario("s").whenScenarioStateIs(STARTED).willSetStateTo("drop")
        .willReturn(okJson("{\"contact\":{\"id\":\"abc123\"}}")));
    wm.stubFor(get(urlPathEqualTo(CONTACT)).inScenario("s").whenScenarioStateIs("drop").willSetStateTo("ok")
        .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
    wm.stubFor(get(urlPathEqualTo(CONTACT)).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"contact\":{\"id\":\"abc123\"}}")));
  }

  /** The resend's permit is taken in the background: waits (at most 10 s) for the count to get there. */
  private void assertPermitsReach(int expected, String message) throws InterruptedException {
    for (int i = 0; i < 1000 && permits.get() < expected; i++) {
      Thread.sleep(10);
    }
    assertEquals(expected, permits.get(), message);
  }
}
