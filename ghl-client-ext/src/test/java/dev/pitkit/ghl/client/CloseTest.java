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

  /** Runs a call on another thread; its failure, or null. */
  private static java.util.concurrent.CompletableFuture<Throwable> callAsync(GhlClient ghl) {
    return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        ghl.contacts().getContact("c1");
        return null;
      } catch (Throwable t) {
        return t;
      }
    });
  }

  /** Waits until the server has seen {@code n} requests (the call is then waiting, not sending). */
  private static void untilServed(int n) throws InterruptedException {
    while (wm.getAllServeEvents().size() < n) {
      Thread.sleep(20);
    }
    Thread.sleep(200); // time to reach the wait
  }

  /** close() ends a retry backoff (here Retry-After: 20 s) at once, with the closed error. */
  @Test
  void closeEndsAWaitToRetryAtOnce() throws Exception {
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503).withHeader("Retry-After", "20")));
    GhlClient ghl = FacadeTestSupport.builder(wm).maxRetries(1).sleeper(dev.pitkit.ghl.client.resilience.Sleeper.SYSTEM).build();
    java.util.concurrent.CompletableFuture<Throwable> call = callAsync(ghl);
    untilServed(1);
    ghl.close();
    Throwable ended = call.get(10, java.util.concurrent.TimeUnit.SECONDS); // before: the 20 s backoff
    assertTrue(ended instanceof GhlConfigurationException && ended.getMessage().contains("closed"), String.valueOf(ended));
    assertEquals(1, wm.getAllServeEvents().size(), "the retry was not sent");
  }

  /** close() ends a wait for the rate limiter (GHL said the window is spent: a minute) at once. */
  @Test
  void closeEndsAWaitForTheRateLimiterAtOnce() throws Exception {
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{}").withHeader("X-RateLimit-Max", "100")
            .withHeader("X-RateLimit-Remaining", "0").withHeader("X-RateLimit-Interval-Milliseconds", "60000")));
    GhlClient ghl = FacadeTestSupport.builder(wm).rateLimiting(true).sleeper(dev.pitkit.ghl.client.resilience.Sleeper.SYSTEM)
        .build();
    ghl.contacts().getContact("c1"); // the window is now spent for a minute
    java.util.concurrent.CompletableFuture<Throwable> call = callAsync(ghl);
    Thread.sleep(300);
    ghl.close();
    Throwable ended = call.get(10, java.util.concurrent.TimeUnit.SECONDS); // before: up to the minute
    assertTrue(ended instanceof GhlConfigurationException && ended.getMessage().contains("closed"), String.valueOf(ended));
    assertEquals(1, wm.getAllServeEvents().size(), "the waiting call was not sent");
  }

  /**
   * close() ends a wait inside a rate limiter of the caller's own, which waits its own way (as the
   * shared Redis limiter does) and knows nothing of the client: the waiting thread is interrupted,
   * gets the closed error, and keeps no interrupt flag of the client's making.
   */
  @Test
  void closeEndsAWaitInTheCallersOwnRateLimiter() throws Exception {
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{}")));
    java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
    RateLimiter shared = key -> {
      waiting.countDown();
      new java.util.concurrent.CountDownLatch(1).await(); // a budget that never frees, unless interrupted
      throw new AssertionError("unreachable");
    };
    GhlClient ghl = FacadeTestSupport.builder(wm).rateLimiting(true).rateLimiter(shared).build();
    AtomicReference<Throwable> ended = new AtomicReference<>();
    AtomicReference<Boolean> flagAfter = new AtomicReference<>();
    Thread caller = new Thread(() -> {
      try {
        ghl.contacts().getContact("c1");
      } catch (Throwable t) {
        ended.set(t);
      }
      flagAfter.set(Thread.currentThread().isInterrupted());
    });
    caller.start();
    assertTrue(waiting.await(10, java.util.concurrent.TimeUnit.SECONDS));
    ghl.close();
    caller.join(10_000); // before: for ever
    assertTrue(ended.get() instanceof dev.pitkit.ghl.client.error.GhlClientClosedException
        && ended.get().getMessage().contains("closed"), String.valueOf(ended.get()));
    assertEquals(false, flagAfter.get(), "the client's interrupt does not outlive the wait");
    assertEquals(0, wm.getAllServeEvents().size());

    // a limiter that turns the interrupt into an unchecked failure of its own (as Resilience4j's does)
    java.util.concurrent.CountDownLatch waitingToo = new java.util.concurrent.CountDownLatch(1);
    GhlClient converting = FacadeTestSupport.builder(wm).rateLimiting(true).rateLimiter(key -> {
      waitingToo.countDown();
      try {
        new java.util.concurrent.CountDownLatch(1).await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("no permit", e);
      }
      throw new AssertionError("unreachable");
    }).build();
    java.util.concurrent.CompletableFuture<Throwable> call = callAsync(converting);
    assertTrue(waitingToo.await(10, java.util.concurrent.TimeUnit.SECONDS));
    converting.close();
    Throwable convertedEnd = call.get(10, java.util.concurrent.TimeUnit.SECONDS);
    assertTrue(convertedEnd instanceof dev.pitkit.ghl.client.error.GhlClientClosedException, String.valueOf(convertedEnd));

    GhlClient other = FacadeTestSupport.builder(wm).rateLimiting(true).rateLimiter(key -> {
      throw new InterruptedException("the caller's own interrupt"); // not close(): as before
    }).build();
    assertThrows(dev.pitkit.ghl.client.error.GhlInterruptedException.class, () -> other.contacts().getContact("c1"));
    assertTrue(Thread.interrupted(), "a caller's interrupt is kept (and cleared here)");
    other.close();
  }

  /** A send the closed transport refuses (a call that raced close()) is the closed error, its permit given back. */
  @Test
  void aSendRefusedBecauseTheClientClosedIsTheClosedError() {
    AtomicReference<GhlClient> client = new AtomicReference<>();
    List<RateLimiter.Permit> unused = new CopyOnWriteArrayList<>();
    List<GhlCall> calls = new CopyOnWriteArrayList<>();
    GhlClient ghl = FacadeTestSupport.builder(wm).rateLimiting(true).callListener(calls::add).rateLimiter(new RateLimiter() {
      @Override
      public Permit acquirePermit(String key) {
        return Permit.of(key);
      }

      @Override
      public void onPermitUnused(Permit permit) {
        unused.add(permit);
      }
    }).transport((request, options) -> {
      client.get().close();
      throw new java.io.IOException("closed"); // what the JDK's closed HttpClient throws
    }).build();
    client.set(ghl);
    GhlConfigurationException e = assertThrows(GhlConfigurationException.class, () -> ghl.contacts().getContact("c1"));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
    assertEquals(1, unused.size(), "the limiter got its permit back");
    assertEquals(0, calls.get(0).attempts(), "nothing was sent");
  }

  /** A call on a closed client is reported to the listener too, as any call refused before sending. */
  @Test
  void aCallOnAClosedClientReachesTheListener() {
    List<GhlCall> calls = new CopyOnWriteArrayList<>();
    GhlClient ghl = FacadeTestSupport.builder(wm).callListener(calls::add).build();
    ghl.close();
    assertThrows(GhlConfigurationException.class, () -> ghl.contacts().getContact("c1"));
    assertEquals(1, calls.size());
    assertEquals("getContact", calls.get(0).operationId());
    assertEquals(0, calls.get(0).attempts());
    assertTrue(calls.get(0).error() instanceof GhlConfigurationException, String.valueOf(calls.get(0).error()));
  }
}
