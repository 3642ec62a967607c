package dev.pitkit.ghl.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.client.resilience.RateLimiter;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GhlClient} is AutoCloseable: the built client releases what it owns; views share it and do not close it. */
class CloseTest {
  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  @Test
  void aClosedClientAndItsViewsRefuseCalls() {
    GhlClient ghl = FacadeTestSupport.clientOnEmptyAnswers(wm);
    GhlClient view = ghl.withConnection("conn_view");
    ghl.contacts().getContact("c1");
    ghl.close();
    GhlConfigurationException e = assertThrows(GhlConfigurationException.class, () -> ghl.contacts().getContact("c1"));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
    assertThrows(GhlConfigurationException.class, () -> view.contacts().getContact("c1"));
    ghl.close(); // twice: harmless
    assertEquals(1, wm.getAllServeEvents().size(), "nothing sent after close");
  }

  @Test
  void closingAViewClosesNothing() {
    try (GhlClient ghl = FacadeTestSupport.clientOnEmptyAnswers(wm)) {
      try (GhlClient view = ghl.withConnection("conn_view")) {
        view.contacts().getContact("c1");
      }
      ghl.contacts().getContact("c1");
      assertEquals(2, wm.getAllServeEvents().size());
    }
  }

  @Test
  void theCallersHttpClientIsNotClosed() throws Exception {
    HttpClient mine = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    GhlClient ghl = FacadeTestSupport.builder(wm).httpClient(mine).build();
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{}")));
    ghl.close();
    var r = mine.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(wm.baseUrl() + "/x")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), "the caller's client still sends");
  }

  @Test
  void aCallWaitingToRetryWhenTheClientClosesSendsNothingMore() {
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));
    AtomicReference<GhlClient> client = new AtomicReference<>();
    GhlClient ghl = FacadeTestSupport.builder(wm).maxRetries(2).sleeper(d -> client.get().close()).build();
    client.set(ghl);
    GhlConfigurationException e = assertThrows(GhlConfigurationException.class, () -> ghl.contacts().getContact("c1"));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
    assertEquals(1, wm.getAllServeEvents().size(), "the retry was not sent");
  }

  @Test
  void aCallWaitingForTheRateLimiterWhenTheClientClosesIsNotSent() {
    AtomicReference<GhlClient> client = new AtomicReference<>();
    List<RateLimiter.Permit> unused = new CopyOnWriteArrayList<>();
    GhlClient ghl = FacadeTestSupport.builder(wm).rateLimiting(true).rateLimiter(new RateLimiter() {
      @Override
      public Permit acquirePermit(String key) {
        client.get().close(); // closed while this caller waited for its turn
        return Permit.of(key);
      }

      @Override
      public void onPermitUnused(Permit permit) {
        unused.add(permit);
      }
    }).build();
    client.set(ghl);
    assertThrows(GhlConfigurationException.class, () -> ghl.contacts().getContact("c1"));
    assertEquals(0, wm.getAllServeEvents().size());
    assertEquals(1, unused.size(), "the limiter got its permit back");
  }
}
