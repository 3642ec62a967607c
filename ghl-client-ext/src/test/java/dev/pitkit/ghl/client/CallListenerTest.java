package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.client.error.GhlIoException;
import dev.pitkit.ghl.client.error.GhlValidationException;
import dev.pitkit.ghl.client.error.NotFoundException;
import dev.pitkit.ghl.model.ContactTaskCreateRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a {@link GhlCallListener} is told: every call's outcome, every retry, and never at the call's expense. */
class CallListenerTest {
  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  private static final String CONTACT = "/highlevel-pit/contacts/abc123";
  private final List<GhlCall> calls = new CopyOnWriteArrayList<>();
  private final List<GhlRetry> retries = new CopyOnWriteArrayList<>();
  private final GhlCallListener recorder = new GhlCallListener() {
    @Override
    public void onCall(GhlCall call) {
      calls.add(call);
    }

    @Override
    public void onRetry(GhlRetry retry) {
      retries.add(retry);
    }
  };

  private GhlClient ghl;

  @BeforeEach
  void setUp() {
    ghl = FacadeTestSupport.builder(wm).maxRetries(2).callListener(recorder).build();
  }

  private GhlCall onlyCall() {
    assertEquals(1, calls.size(), calls.toString());
    return calls.get(0);
  }

  @Test
  void aSuccessfulCall() {
    wm.stubFor(get(urlPathEqualTo(CONTACT)).willReturn(okJson("{\"contact\":{\"id\":\"abc123\"}}")));
    ghl.contacts().getContact("abc123");

    GhlCall call = onlyCall();
    assertEquals("getContact", call.operationId());
    assertEquals("GET", call.method());
    assertEquals("/highlevel-pit/contacts/{contactId}", call.path(), "the template: no ids in metric tags");
    assertEquals(FacadeTestSupport.SUB, call.connection());
    assertEquals(1, call.attempts());
    assertEquals(200, call.status());
    assertTrue(call.succeeded());
    assertNull(call.error());
    assertFalse(call.duration().isNegative());
    assertEquals(List.of(), retries);
  }

  @Test
  void aRetriedCallReportsTheRetryAndBothAttempts() {
    wm.stubFor(get(urlPathEqualTo(CONTACT)).inScenario("r").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")).willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo(CONTACT)).inScenario("r").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"contact\":{\"id\":\"abc123\"}}")));
    ghl.contacts().getContact("abc123");

    assertEquals(List.of(GhlRetry.builder().operationId("getContact").attempt(1).status(429).delay(Duration.ofSeconds(2)).build()), retries);
    GhlCall call = onlyCall();
    assertEquals(2, call.attempts());
    assertEquals(200, call.status());
    assertTrue(call.succeeded());
  }

  @Test
  void anErrorStatusIsReportedWithTheTypedException() {
    wm.stubFor(get(urlPathEqualTo(CONTACT)).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"statusCode\":404,\"message\":\"Contact not found\"}")));
    NotFoundException thrown = assertThrows(NotFoundException.class, () -> ghl.contacts().getContact("abc123"));

    GhlCall call = onlyCall();
    assertEquals(404, call.status());
    assertEquals(1, call.attempts());
    assertFalse(call.succeeded());
    assertEquals(thrown, call.error());
  }

  @Test
  void aConnectionFailureHasNoStatus() {
    wm.stubFor(get(urlPathEqualTo(CONTACT)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThrows(GhlIoException.class, () -> ghl.contacts().getContact("abc123"));

    GhlCall call = onlyCall();
    assertEquals(0, call.status());
    assertInstanceOf(GhlIoException.class, call.error());
    // every request the server saw is an attempt: the client's 3, and any the JDK resent on its own
    // after a reset on a reused connection (see HiddenResendTest)
    assertEquals(wm.getAllServeEvents().size(), call.attempts(), "attempts count what reached the server");
    assertTrue(call.attempts() >= 3, "a GET is retried after a reset, twice here: " + call.attempts());
    assertEquals(2, retries.size(), "one event per retry");
    assertTrue(retries.stream().allMatch(r -> r.status() == 0), retries.toString());
  }

  @Test
  void aCallRefusedBeforeSendingHasNoAttempts() {
    assertThrows(GhlValidationException.class,
        () -> ghl.contacts().createContactTask("c1", new ContactTaskCreateRequest().title("Call back")));
    GhlCall refused = onlyCall();
    assertEquals("createContactTask", refused.operationId());
    assertEquals(0, refused.attempts());
    assertEquals(0, refused.status());
    assertEquals(FacadeTestSupport.SUB, refused.connection());
    assertInstanceOf(GhlValidationException.class, refused.error());
    assertEquals(0, wm.getAllServeEvents().size());

    calls.clear();
    GhlClient subAccountOnly = GhlClient.builder().apiKey(FacadeTestSupport.KEY).baseUrl(wm.baseUrl())
        .subAccountConnection(FacadeTestSupport.SUB).callListener(recorder).build();
    assertThrows(GhlConfigurationException.class, () -> subAccountOnly.locations().getLocation("loc123"));
    GhlCall noConnection = onlyCall();
    assertNull(noConnection.connection());
    assertEquals(0, noConnection.attempts());
  }

  @Test
  void aFailingListenerNeverBreaksTheCall() {
    wm.stubFor(get(urlPathEqualTo(CONTACT)).willReturn(okJson("{\"contact\":{\"id\":\"abc123\"}}")));
    GhlClient client = FacadeTestSupport.builder(wm).callListener(call -> {
      throw new IllegalStateException("metrics backend down");
    }).build();
    assertEquals("abc123", client.contacts().getContact("abc123").getContact().getId());
  }

  @Test
  void aListenerThrowingAnErrorNeitherBreaksTheCallNorIsToldTwice() {
    wm.stubFor(get(urlPathEqualTo(CONTACT)).willReturn(okJson("{\"contact\":{\"id\":\"abc123\"}}")));
    List<GhlCall> told = new CopyOnWriteArrayList<>();
    GhlClient client = FacadeTestSupport.builder(wm).callListener(call -> {
      told.add(call);
      throw new NoSuchMethodError("a metrics library of another version"); // an Error, not an exception
    }).build();

    assertEquals("abc123", client.contacts().getContact("abc123").getContact().getId());
    assertEquals(1, told.size(), told.toString());
    assertTrue(told.get(0).succeeded());
  }

  @Test
  void aCompositeShieldsEachMemberFromAnothersError() {
    wm.stubFor(get(urlPathEqualTo(CONTACT)).willReturn(okJson("{\"contact\":{\"id\":\"abc123\"}}")));
    GhlCallListener failing = call -> {
      throw new AssertionError("a listener's own assertion");
    };
    GhlClient client = FacadeTestSupport.builder(wm)
        .callListener(GhlCallListener.composite(List.of(failing, recorder))).build();

    client.contacts().getContact("abc123");

    assertTrue(onlyCall().succeeded(), "the member after the failing one is told the call's end, once");
  }

  @Test
  void anIoFailureAfterAnErrorStatusHasNoStatus() {
    wm.stubFor(get(urlPathEqualTo(CONTACT)).inScenario("503 then reset").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("reset"));
    wm.stubFor(get(urlPathEqualTo(CONTACT)).inScenario("503 then reset").whenScenarioStateIs("reset")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThrows(GhlIoException.class, () -> ghl.contacts().getContact("abc123"));

    assertEquals(0, onlyCall().status(), "the last attempt got no answer: not the first attempt's 503");
  }

  @Test
  void viewsShareTheListener() {
    wm.stubFor(get(urlPathEqualTo(CONTACT)).willReturn(okJson("{\"contact\":{\"id\":\"abc123\"}}")));
    ghl.withConnection("conn_other").contacts().getContact("abc123");
    assertEquals("conn_other", onlyCall().connection());
  }

  @Test
  void concurrentCallsEachReportOnce() throws Exception {
    wm.stubFor(get(urlPathEqualTo(CONTACT)).willReturn(okJson("{\"contact\":{\"id\":\"abc123\"}}")));
    int threads = 8;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          for (int i = 0; i < perThread; i++) {
            ghl.contacts().getContact("abc123");
          }
        }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(threads * perThread, calls.size());
    assertTrue(calls.stream().allMatch(c -> c.succeeded() && c.status() == 200 && c.attempts() == 1), calls.toString());
  }

  @Test
  void theListenerIsRequired() {
    assertThrows(GhlConfigurationException.class, () -> GhlClient.builder().callListener(null));
  }

  @Test
  void theEventCarriesTheConnectionKindAndTheLastRateLimitHeaders() {
    wm.stubFor(get(urlPathEqualTo(CONTACT)).willReturn(okJson("{\"contact\":{\"id\":\"abc123\"}}")
        .withHeader("X-RateLimit-Remaining", "97").withHeader("X-RateLimit-Daily-Remaining", "199000")));
    ghl.contacts().getContact("abc123");

    GhlCall call = onlyCall();
    assertEquals("sub-account", call.connectionKind(), "the operation's x-ghl-token, not the connection id");
    assertEquals(97, call.rateLimit().burstRemaining().getAsLong());
    assertEquals(199000, call.rateLimit().dailyRemaining().getAsLong());
    assertFalse(call.rateLimitWait().isNegative());
  }

  @Test
  void aPerCallListenerFromOnStartGetsThatCallsRetriesAndEnd() {
    List<String> log = new CopyOnWriteArrayList<>();
    GhlCallListener scoped = new GhlCallListener() {
      @Override
      public GhlCallListener onStart(GhlCall started) {
        log.add("start " + started.operationId() + " " + started.method() + " " + started.connectionKind()
            + " attempts=" + started.attempts() + " connection=" + started.connection());
        return new GhlCallListener() {
          @Override
          public void onCall(GhlCall call) {
            log.add("end " + call.status());
          }

          @Override
          public void onRetry(GhlRetry retry) {
            log.add("retry " + retry.status());
          }
        };
      }

      @Override
      public void onCall(GhlCall call) {
        log.add("the shared listener's onCall");
      }
    };
    GhlClient client = FacadeTestSupport.builder(wm).maxRetries(2).callListener(scoped).build();
    wm.stubFor(get(urlPathEqualTo(CONTACT)).inScenario("s").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo(CONTACT)).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"contact\":{\"id\":\"abc123\"}}")));
    client.contacts().getContact("abc123");

    assertEquals(List.of("start getContact GET sub-account attempts=0 connection=null", "retry 503", "end 200"), log);
  }

  @Test
  void aFailingOnStartLeavesTheSharedListenerInCharge() {
    GhlCallListener failing = new GhlCallListener() {
      @Override
      public GhlCallListener onStart(GhlCall started) {
        throw new IllegalStateException("boom");
      }

      @Override
      public void onCall(GhlCall call) {
        calls.add(call);
      }
    };
    GhlClient client = FacadeTestSupport.builder(wm).callListener(failing).build();
    wm.stubFor(get(urlPathEqualTo(CONTACT)).willReturn(okJson("{\"contact\":{\"id\":\"abc123\"}}")));
    client.contacts().getContact("abc123");
    assertEquals(200, onlyCall().status());
  }

  @Test
  void aCompositeTellsEveryMemberAndSurvivesAFailingOne() {
    List<String> log = new CopyOnWriteArrayList<>();
    GhlCallListener failing = new GhlCallListener() {
      @Override
      public GhlCallListener onStart(GhlCall started) {
        throw new IllegalStateException("start fails");
      }

      @Override
      public void onCall(GhlCall call) {
        throw new IllegalStateException("end fails");
      }

      @Override
      public void onRetry(GhlRetry retry) {
        throw new IllegalStateException("retry fails");
      }
    };
    GhlCallListener perCall = new GhlCallListener() {
      @Override
      public GhlCallListener onStart(GhlCall started) {
        return new GhlCallListener() {
          @Override
          public void onCall(GhlCall call) {
            log.add("per-call end");
          }

          @Override
          public void onRetry(GhlRetry retry) {
            log.add("per-call retry");
          }
        };
      }

      @Override
      public void onCall(GhlCall call) {
        log.add("shared end: wrong");
      }
    };
    GhlCallListener plain = new GhlCallListener() {
      @Override
      public void onCall(GhlCall call) {
        log.add("plain end");
      }

      @Override
      public void onRetry(GhlRetry retry) {
        log.add("plain retry");
      }
    };
    GhlCallListener all = GhlCallListener.composite(List.of(failing, GhlCallListener.NONE, perCall, plain));
    GhlClient client = FacadeTestSupport.builder(wm).maxRetries(1).callListener(all).build();
    wm.stubFor(get(urlPathEqualTo(CONTACT)).inScenario("c").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(502)).willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo(CONTACT)).inScenario("c").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"contact\":{\"id\":\"abc123\"}}")));
    client.contacts().getContact("abc123");

    assertEquals(List.of("per-call retry", "plain retry", "per-call end", "plain end"), log);
    assertTrue(all.toString().startsWith("GhlCallListener.composite"));
  }

  @Test
  void aCompositeOfNothingIsNoneAndOfOneIsThatOne() {
    assertEquals(GhlCallListener.NONE, GhlCallListener.composite(List.of()));
    assertEquals(GhlCallListener.NONE, GhlCallListener.composite(List.of(GhlCallListener.NONE)));
    assertEquals(recorder, GhlCallListener.composite(List.of(GhlCallListener.NONE, recorder)));
    assertThrows(NullPointerException.class, () -> GhlCallListener.composite(java.util.Arrays.asList(recorder, null)));
  }

  /** Listens for every start and end: a per-call listener per start, closed by its onCall. */
  private static final class OpenCalls implements GhlCallListener {
    final List<String> open = new CopyOnWriteArrayList<>();

    @Override
    public GhlCallListener onStart(GhlCall call) {
      String id = call.operationId() + "#" + open.size();
      open.add(id);
      return new GhlCallListener() {
        @Override
        public void onCall(GhlCall ended) {
          open.remove(id);
        }
      };
    }

    @Override
    public void onCall(GhlCall call) {}
  }

  @Test
  void aPluginsOwnFailureIsAGhlIoExceptionAndTheListenerHearsTheEnd() {
    OpenCalls listener = new OpenCalls();
    List<GhlCall> ended = new CopyOnWriteArrayList<>();
    GhlCallListener both = GhlCallListener.composite(List.of(listener, recorder));
    GhlClient badTransport = FacadeTestSupport.builder(wm).callListener(both)
        .transport((request, options) -> {
          throw new IllegalStateException("transport bug");
        }).build();
    GhlIoException e = assertThrows(GhlIoException.class, () -> badTransport.contacts().getContact("abc123"));
    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertTrue(e.getMessage().contains("GET") && e.getMessage().contains("transport bug"), e.getMessage());

    GhlClient badLimiter = FacadeTestSupport.builder(wm).callListener(both).rateLimiting(true).rateLimiter(key -> {
      throw new IllegalStateException("shared store unreachable");
    }).build();
    e = assertThrows(GhlIoException.class, () -> badLimiter.contacts().getContact("abc123"));
    assertTrue(e.getMessage().contains("shared store unreachable"), e.getMessage());

    assertEquals(List.of(), listener.open, "every started call was told its end");
    assertEquals(2, calls.size());
    calls.forEach(call -> assertInstanceOf(GhlIoException.class, call.error()));
    assertEquals(0, wm.getAllServeEvents().size(), "nothing reached the server");
  }

  @Test
  void anErrorStillEndsTheCallForTheListener() {
    OpenCalls listener = new OpenCalls();
    GhlClient ghl = FacadeTestSupport.builder(wm).callListener(listener).transport((request, options) -> {
      throw new AssertionError("a JVM-level failure");
    }).build();
    assertThrows(AssertionError.class, () -> ghl.contacts().getContact("abc123"), "an Error is not wrapped");
    assertEquals(List.of(), listener.open, "the call's listener was told its end");
  }
}
