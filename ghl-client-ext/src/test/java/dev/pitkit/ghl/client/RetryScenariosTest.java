package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.pitkit.ghl.client.error.GhlApiException;
import dev.pitkit.ghl.client.error.GhlInterruptedException;
import dev.pitkit.ghl.client.error.GhlIoException;
import dev.pitkit.ghl.client.error.InternalServerException;
import dev.pitkit.ghl.client.error.RateLimitException;
import dev.pitkit.ghl.client.error.UnexpectedStatusException;
import dev.pitkit.ghl.client.resilience.RateLimitInfo;
import dev.pitkit.ghl.client.resilience.Sleeper;
import dev.pitkit.ghl.client.resilience.SlidingWindowRateLimiter;
import dev.pitkit.ghl.model.ContactCreateRequest;
import dev.pitkit.ghl.model.ContactResponse;
import dev.pitkit.ghl.model.ContactUpdateRequest;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Retries through the real stack (Feign, the JDK HttpClient, WireMock), on fake time: the
 * {@link FakeRetryClock} records every delay the client asks for and nothing sleeps for real.
 */
class RetryScenariosTest {
  private static final String CONTACT = "/highlevel-pit/contacts/c1";
  private static final String CONTACTS = "/highlevel-pit/contacts/";
  private static final String OK_CONTACT = "{\"contact\":{\"id\":\"c1\",\"firstName\":\"John\"}}";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).configureStaticDsl(false).build();

  private final FakeRetryClock time = new FakeRetryClock();

  private GhlClient.Builder builder() {
    return GhlClient.builder().apiKey("test_key_not_real").baseUrl(wm.baseUrl())
        .agencyConnection("conn_agency").subAccountConnection("conn_sub")
        .clock(time).sleeper(time).rateLimiting(false);
  }

  private GhlClient client() {
    return builder().build();
  }

  /** Stubs {@code request} to answer {@code responses} in order (the last one repeats), as a WireMock scenario. */
  private static void sequence(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... responses) {
    String scenario = "seq-" + UUID.randomUUID();
    for (int i = 0; i < responses.length; i++) {
      ScenarioMappingBuilder m = request.get().inScenario(scenario)
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step" + i).willReturn(responses[i]);
      if (i < responses.length - 1) {
        m = m.willSetStateTo("step" + (i + 1));
      }
      wm.stubFor(m);
    }
  }

  private static int requests() {
    return wm.findAll(anyRequestedFor(anyUrl())).size();
  }

  /** The request count once WireMock has logged at least {@code atLeast} (a delayed stub logs late). */
  private static int requestsAfterAtLeast(int atLeast) throws InterruptedException {
    for (int i = 0; i < 100 && requests() < atLeast; i++) {
      Thread.sleep(20);
    }
    return requests();
  }

  private static ResponseDefinitionBuilder status(int status) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody("{\"statusCode\":" + status + ",\"message\":\"status " + status + "\"}");
  }

  private static ContactCreateRequest newContact() {
    return new ContactCreateRequest().locationId("loc1").firstName("Ada");
  }

  private static void assertBackoff(Duration d, long nominalMillis) {
    assertTrue(d.toMillis() >= nominalMillis * 3 / 4 && d.toMillis() <= nominalMillis,
        "backoff " + d + " should be 75-100% of " + nominalMillis + " ms");
  }

  // ---- 429 ------------------------------------------------------------------------------------

  @Test
  void get429ThenSuccessWithoutRetryAfterBacksOffExponentially() {
    sequence(() -> get(CONTACT), status(429), okJson(OK_CONTACT));
    ContactResponse r = client().contacts().getContact("c1");
    assertEquals("John", r.getContact().getFirstName());
    assertEquals(2, requests());
    assertEquals(1, time.delays().size());
    assertBackoff(time.delays().get(0), 500);
  }

  @Test
  void get429ThenSuccessHonoursRetryAfterSeconds() {
    sequence(() -> get(CONTACT), status(429).withHeader("Retry-After", "7"), okJson(OK_CONTACT));
    client().contacts().getContact("c1");
    assertEquals(2, requests());
    assertEquals(List.of(Duration.ofSeconds(7)), time.delays());
  }

  @Test
  void get429ThenSuccessHonoursRetryAfterHttpDate() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(FakeRetryClock.START.plusSeconds(12).atOffset(ZoneOffset.UTC));
    sequence(() -> get(CONTACT), status(429).withHeader("Retry-After", date), okJson(OK_CONTACT));
    client().contacts().getContact("c1");
    assertEquals(2, requests());
    assertEquals(List.of(Duration.ofSeconds(12)), time.delays());
  }

  @Test
  void retryAfterDateInThePastRetriesAtOnce() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(FakeRetryClock.START.minusSeconds(30).atOffset(ZoneOffset.UTC));
    sequence(() -> get(CONTACT), status(429).withHeader("Retry-After", date), okJson(OK_CONTACT));
    client().contacts().getContact("c1");
    assertEquals(List.of(Duration.ZERO), time.delays());
  }

  @Test
  void exhaustedBurstWindowWaitsTheGhlInterval() {
    sequence(() -> get(CONTACT), status(429).withHeader("X-RateLimit-Max", "100").withHeader("X-RateLimit-Remaining", "0")
        .withHeader("X-RateLimit-Interval-Milliseconds", "10000"), okJson(OK_CONTACT));
    client().contacts().getContact("c1");
    assertEquals(List.of(Duration.ofSeconds(10)), time.delays());
  }

  @Test
  void post429IsRetriedBecauseNothingWasWritten() {
    sequence(() -> post(CONTACTS), status(429).withHeader("Retry-After", "1"), okJson(OK_CONTACT));
    ContactResponse r = client().contacts().createContact(newContact());
    assertEquals("c1", r.getContact().getId());
    assertEquals(2, requests());
    assertEquals(List.of(Duration.ofSeconds(1)), time.delays());
  }

  @Test
  void dailyLimitIsNotRetriedAndCarriesTheLimits() {
    wm.stubFor(get(CONTACT).willReturn(status(429).withHeader("X-RateLimit-Limit-Daily", "200000")
        .withHeader("X-RateLimit-Daily-Remaining", "0").withHeader("X-RateLimit-Max", "100")
        .withHeader("X-RateLimit-Remaining", "57").withHeader("X-RateLimit-Interval-Milliseconds", "10000")));
    RateLimitException e = assertThrows(RateLimitException.class, () -> client().contacts().getContact("c1"));
    assertEquals(1, requests());
    assertEquals(List.of(), time.delays());
    assertEquals(1, e.attempts());
    RateLimitInfo info = e.rateLimit();
    assertTrue(info.dailyLimitReached());
    assertEquals(200000, info.dailyLimit().getAsLong());
    assertEquals(0, info.dailyRemaining().getAsLong());
    assertEquals(57, info.burstRemaining().getAsLong());
    assertEquals(100, info.burstMax().getAsLong());
    assertEquals(Duration.ofSeconds(10), info.interval().orElseThrow());
    assertFalse(info.burstLimitReached());
    assertTrue(e.getMessage().contains("Not retried: the daily quota is spent"), e.getMessage());
  }

  @Test
  void retryAfterLongerThanTheMaxDelayFailsAtOnce() {
    wm.stubFor(get(CONTACT).willReturn(status(429).withHeader("Retry-After", "120")));
    RateLimitException e = assertThrows(RateLimitException.class,
        () -> builder().maxRetryDelay(Duration.ofSeconds(30)).build().contacts().getContact("c1"));
    assertEquals(1, requests());
    assertEquals(List.of(), time.delays());
    assertEquals(Duration.ofSeconds(120), e.retryAfter().orElseThrow());
    assertTrue(e.getMessage().contains("Not retried: its Retry-After (120 s) is longer than maxRetryDelay (30 s)"),
        e.getMessage()); // the reason, where the attempt count alone would leave the caller guessing
  }

  @Test
  void aLongRetryAfterIsNotBlamedWhenNoRetryWasAllowed() {
    wm.stubFor(get(CONTACT).willReturn(status(429).withHeader("Retry-After", "120")));
    RateLimitException e = assertThrows(RateLimitException.class,
        () -> builder().maxRetries(0).build().contacts().getContact("c1"));
    assertFalse(e.getMessage().contains("Not retried"), e.getMessage()); // raising maxRetryDelay would change nothing
  }

  @Test
  void exhausted429RaisesRateLimitExceptionWithAttempts() {
    wm.stubFor(get(CONTACT).willReturn(status(429).withHeader("Retry-After", "2")));
    RateLimitException e = assertThrows(RateLimitException.class, () -> client().contacts().getContact("c1"));
    assertEquals(3, e.attempts());
    assertEquals(3, requests());
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), time.delays());
    assertEquals(Duration.ofSeconds(2), e.retryAfter().orElseThrow());
    assertFalse(e.getMessage().contains("Not retried"), e.getMessage()); // retried until the policy's count ran out
  }

  // ---- 5xx and 408 ----------------------------------------------------------------------------

  @Test
  void get503TwiceThenSuccess() {
    sequence(() -> get(CONTACT), status(503), status(503), okJson(OK_CONTACT));
    ContactResponse r = client().contacts().getContact("c1");
    assertEquals("John", r.getContact().getFirstName());
    assertEquals(3, requests());
    List<Duration> delays = time.delays();
    assertEquals(2, delays.size());
    assertBackoff(delays.get(0), 500);
    assertBackoff(delays.get(1), 1000);
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 500, 502, 503, 504})
  void transientStatusesAreRetriedForGet(int status) {
    sequence(() -> get(CONTACT), status(status), okJson(OK_CONTACT));
    client().contacts().getContact("c1");
    assertEquals(2, requests());
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422, 501})
  void otherStatusesAreNotRetried(int status) {
    wm.stubFor(get(CONTACT).willReturn(status(status)));
    GhlApiException e = assertThrows(GhlApiException.class, () -> client().contacts().getContact("c1"));
    assertEquals(status, e.status());
    assertEquals(1, e.attempts());
    assertEquals(1, requests());
  }

  @Test
  void putAndDeleteAreRetriedOn5xx() {
    sequence(() -> put(CONTACT), status(502), okJson("{\"succeded\":true,\"contact\":{\"id\":\"c1\"}}"));
    sequence(() -> delete(CONTACT), status(504), okJson("{\"succeded\":true}"));
    GhlClient ghl = client();
    ghl.contacts().updateContact("c1", new ContactUpdateRequest().firstName("Ada"));
    ghl.contacts().deleteContact("c1");
    assertEquals(4, requests());
  }

  @Test
  void post503IsNotRetriedByDefault() {
    sequence(() -> post(CONTACTS), status(503), okJson(OK_CONTACT));
    InternalServerException e = assertThrows(InternalServerException.class,
        () -> client().contacts().createContact(newContact()));
    assertEquals(503, e.status());
    assertEquals(1, e.attempts());
    assertEquals(1, requests());
  }

  @Test
  void post503IsRetriedWhenTheCallerOptsIn() {
    sequence(() -> post(CONTACTS), status(503), okJson(OK_CONTACT));
    GhlClient optIn = client().withOptions(RequestOptions.builder().retryNonIdempotent(true).build());
    assertEquals("c1", optIn.contacts().createContact(newContact()).getContact().getId());
    assertEquals(2, requests());
  }

  @Test
  void retriesExhaustedGiveTheTypedExceptionOfTheLastResponse() {
    sequence(() -> get(CONTACT), status(500), status(502), status(503), status(504));
    GhlClient ghl = builder().maxRetries(3).build();
    InternalServerException e = assertThrows(InternalServerException.class, () -> ghl.contacts().getContact("c1"));
    assertEquals(504, e.status(), "the last response, not the first");
    assertEquals(4, e.attempts(), "maxRetries + 1");
    assertEquals(4, requests());
    assertEquals(3, time.delays().size());
    assertTrue(e.getMessage().contains("4 attempts"), e.getMessage());
    assertEquals("conn_sub", e.connection().orElseThrow());
  }

  @Test
  void perCallMaxRetriesOverridesTheBuilder() {
    wm.stubFor(get(CONTACT).willReturn(status(503)));
    GhlClient ghl = builder().maxRetries(5).build();
    InternalServerException once = assertThrows(InternalServerException.class,
        () -> ghl.withOptions(RequestOptions.builder().maxRetries(0).build()).contacts().getContact("c1"));
    assertEquals(1, once.attempts());
    InternalServerException twice = assertThrows(InternalServerException.class,
        () -> ghl.withOptions(RequestOptions.builder().maxRetries(1).build()).contacts().getContact("c1"));
    assertEquals(2, twice.attempts());
    assertEquals(3, requests());
  }

  @Test
  void backoffIsCappedByMaxRetryDelayOnTheBuilderAndPerCall() {
    wm.stubFor(get(CONTACT).willReturn(status(503)));
    GhlClient ghl = builder().maxRetries(4).maxRetryDelay(Duration.ofMillis(600)).build();
    assertThrows(InternalServerException.class, () -> ghl.contacts().getContact("c1"));
    List<Duration> delays = time.delays();
    assertEquals(4, delays.size());
    assertBackoff(delays.get(0), 500);
    for (Duration d : delays.subList(1, 4)) {
      assertBackoff(d, 600);
    }
    assertThrows(InternalServerException.class, () -> ghl.withOptions(RequestOptions.builder()
        .maxRetryDelay(Duration.ofMillis(100)).build()).contacts().getContact("c1"));
    for (Duration d : time.delays().subList(4, 8)) {
      assertBackoff(d, 100);
    }
  }

  @Test
  void unexpectedStatusAfterRetryKeepsItsOwnType() {
    sequence(() -> get(CONTACT), status(503), status(418));
    UnexpectedStatusException e = assertThrows(UnexpectedStatusException.class, () -> client().contacts().getContact("c1"));
    assertEquals(418, e.status());
    assertEquals(2, e.attempts());
  }

  // ---- I/O failures -----------------------------------------------------------------------------

  @Test
  void postTimeoutIsNotRetried() throws InterruptedException {
    wm.stubFor(post(CONTACTS).willReturn(okJson(OK_CONTACT).withFixedDelay(1500)));
    GhlClient shortTimeout = client().withOptions(RequestOptions.builder().timeout(Duration.ofMillis(200)).build());
    GhlIoException e = assertThrows(GhlIoException.class, () -> shortTimeout.contacts().createContact(newContact()));
    assertEquals(1, e.attempts());
    assertTrue(e.getMessage().contains("not retried"), e.getMessage());
    assertEquals(1, requestsAfterAtLeast(1));
    assertEquals(List.of(), time.delays());
  }

  @Test
  void postTimeoutIsRetriedWhenTheCallerOptsIn() throws InterruptedException {
    wm.stubFor(post(CONTACTS).willReturn(okJson(OK_CONTACT).withFixedDelay(1500)));
    GhlClient optIn = client().withOptions(RequestOptions.builder().timeout(Duration.ofMillis(200))
        .retryNonIdempotent(true).maxRetries(1).build());
    GhlIoException e = assertThrows(GhlIoException.class, () -> optIn.contacts().createContact(newContact()));
    assertEquals(2, e.attempts());
    assertEquals(2, requestsAfterAtLeast(2));
  }

  @Test
  void getTimeoutIsRetried() {
    // 1 s is short against the 4 s delay, and long enough for the retry's answer on a loaded CI machine
    sequence(() -> get(CONTACT), okJson(OK_CONTACT).withFixedDelay(4000), okJson(OK_CONTACT));
    GhlClient shortTimeout = client().withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(1)).build());
    assertEquals("John", shortTimeout.contacts().getContact("c1").getContact().getFirstName());
    assertEquals(1, time.delays().size());
  }

  @Test
  void getConnectionResetIsRetried() {
    sequence(() -> get(CONTACT), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(OK_CONTACT));
    assertEquals("John", client().contacts().getContact("c1").getContact().getFirstName());
    assertTrue(requests() >= 2);
  }

  @Test
  void postConnectionResetIsNotRetried() {
    sequence(() -> post(CONTACTS), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(OK_CONTACT));
    GhlIoException e = assertThrows(GhlIoException.class, () -> client().contacts().createContact(newContact()));
    assertEquals(1, e.attempts());
    assertEquals(1, requests());
  }

  @Test
  void connectionRefusedIsRetriedEvenForPostBecauseNothingWasSent() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    GhlClient ghl = builder().baseUrl("http://127.0.0.1:" + port).build();
    GhlIoException e = assertThrows(GhlIoException.class, () -> ghl.contacts().createContact(newContact()));
    assertEquals(3, e.attempts());
    assertEquals(2, time.delays().size());
    assertTrue(e.getMessage().contains("after 3 attempts"), e.getMessage());
  }

  // ---- interruption ---------------------------------------------------------------------------

  /** Runs {@code call} in a new thread, interrupts it once {@code waiting} opens, and returns what it threw and its flag. */
  private static Object[] interruptWhileWaiting(Runnable call, CountDownLatch waiting) throws InterruptedException {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean flag = new AtomicBoolean();
    Thread t = new Thread(() -> {
      try {
        call.run();
      } catch (Throwable e) {
        thrown.set(e);
        flag.set(Thread.currentThread().isInterrupted());
      }
    }, "interrupt-me");
    t.start();
    assertTrue(waiting.await(30, TimeUnit.SECONDS), "the client never started waiting");
    t.interrupt();
    t.join(30_000);
    assertFalse(t.isAlive(), "the interrupted call did not stop");
    return new Object[] {thrown.get(), flag.get()};
  }

  /** A sleeper that blocks for real until interrupted. */
  private static Sleeper blockingSleeper(CountDownLatch entered) {
    return d -> {
      entered.countDown();
      new CountDownLatch(1).await();
    };
  }

  @Test
  void interruptDuringBackoffStopsAtOnceAndRestoresTheFlag() throws Exception {
    wm.stubFor(get(CONTACT).willReturn(status(503)));
    CountDownLatch sleeping = new CountDownLatch(1);
    GhlClient ghl = builder().sleeper(blockingSleeper(sleeping)).build();
    Object[] outcome = interruptWhileWaiting(() -> ghl.contacts().getContact("c1"), sleeping);
    assertInstanceOf(GhlInterruptedException.class, outcome[0]);
    assertInstanceOf(InterruptedException.class, ((Throwable) outcome[0]).getCause());
    assertEquals(true, outcome[1], "interrupt flag restored");
    assertEquals(1, requests(), "no retry after the interrupt");
  }

  @Test
  void interruptWhileWaitingForTheRateLimiterStopsAtOnce() throws Exception {
    wm.stubFor(get(CONTACT).willReturn(okJson(OK_CONTACT)));
    CountDownLatch sleeping = new CountDownLatch(1);
    Sleeper blocking = blockingSleeper(sleeping);
    GhlClient ghl = builder().rateLimiting(true).sleeper(blocking).rateLimiter(new SlidingWindowRateLimiter(
        1, Duration.ofSeconds(10), 10, Duration.ofSeconds(1), Clock.systemUTC(), blocking)).build();
    ghl.contacts().getContact("c1");
    Object[] outcome = interruptWhileWaiting(() -> ghl.contacts().getContact("c1"), sleeping);
    assertInstanceOf(GhlInterruptedException.class, outcome[0]);
    assertTrue(((Throwable) outcome[0]).getMessage().contains("rate limiter"), ((Throwable) outcome[0]).getMessage());
    assertEquals(true, outcome[1]);
    assertEquals(1, requests());
  }

  @Test
  void alreadyInterruptedThreadSendsNothing() {
    wm.stubFor(get(CONTACT).willReturn(okJson(OK_CONTACT)));
    GhlClient ghl = builder().rateLimiting(true).build();
    Thread.currentThread().interrupt();
    try {
      assertThrows(GhlInterruptedException.class, () -> ghl.contacts().getContact("c1"));
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
    assertEquals(0, requests());
  }
}
