package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pitkit.ghl.client.error.GhlIoException;
import dev.pitkit.ghl.client.resilience.RateLimiter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The JDK HttpClient sends a GET again, on its own, when a pooled keep-alive connection fails
 * before any byte of the response arrives. The server saw both: {@code attempts()} and the rate
 * limiter count both.
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
  void aResendOnAReusedConnectionIsOneMoreAttemptAndOneMorePermit() {
    wm.stubFor(get(urlPathEqualTo(CONTACT)).inScenario("s").whenScenarioStateIs(STARTED).willSetStateTo("drop")
        .willReturn(okJson("{\"contact\":{\"id\":\"abc123\"}}")));
    wm.stubFor(get(urlPathEqualTo(CONTACT)).inScenario("s").whenScenarioStateIs("drop").willSetStateTo("ok")
        .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
    wm.stubFor(get(urlPathEqualTo(CONTACT)).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"contact\":{\"id\":\"abc123\"}}")));
    GhlClient ghl = client(0);

    ghl.contacts().getContact("abc123"); // leaves a keep-alive connection in the pool
    ghl.contacts().getContact("abc123"); // dropped on the pooled connection, resent by the JDK on a new one

    assertEquals(3, wm.getAllServeEvents().size(), "the server saw three requests");
    assertEquals(List.of(1, 2), calls.stream().map(GhlCall::attempts).toList(), "the second call took two");
    assertEquals(3, permits.get(), "one rate limit permit per request the server saw");
  }

  @Test
  void retriedResetsCountEveryRequestTheServerSaw() {
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
    assertEquals(1 + seen, permits.get(), "one permit per request the server saw");
  }
}
