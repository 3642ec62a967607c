package dev.pitkit.ghl.micrometer;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitkit.ghl.client.GhlCall;
import dev.pitkit.ghl.client.GhlCallListener;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.error.GhlIoException;
import dev.pitkit.ghl.client.error.NotFoundException;
import dev.pitkit.ghl.testkit.GhlMockServer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What {@link GhlMetrics} records for real calls through the client, against the testkit's mock gateway. */
class GhlMetricsTest {
  static final String FAKE_KEY = "sk_live_FAKE_never_in_a_tag_0123456789";
  static final String SUB = "conn_sub_test_123";

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private GhlMockServer gw;

  @AfterEach
  void stop() {
    if (gw != null) {
      gw.close();
    }
  }

  private GhlClient client(GhlMockServer.Options options, GhlCallListener listener) {
    gw = GhlMockServer.start(options.port(0));
    return GhlClient.builder().apiKey(FAKE_KEY).baseUrl(gw.baseUrl()).subAccountConnection(SUB)
        .agencyConnection("conn_agency_test_456").sleeper(d -> {}).callListener(listener).build();
  }

  @Test
  void aCallIsTimedWithOperationMethodStatusOutcomeAndConnectionKind() {
    GhlMetrics metrics = GhlMetrics.builder().build();
    metrics.bindTo(registry);
    GhlClient ghl = client(GhlMockServer.Options.defaults(), metrics);

    ghl.contacts().getContact("abc123");

    Timer timer = registry.get(GhlMetrics.CALLS).tags("operation", "getContact", "method", "GET", "status", "200",
        "outcome", "SUCCESS", "exception", "none", "connection", "sub-account").timer();
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isPositive();
    assertThat(registry.get(GhlMetrics.RATE_LIMIT_WAIT).tag("connection", "sub-account").timer().count()).isEqualTo(1);
  }

  @Test
  void anErrorStatusIsAClientErrorWithTheExceptionsName() {
    GhlMetrics metrics = GhlMetrics.builder().build();
    metrics.bindTo(registry);
    GhlClient ghl = client(GhlMockServer.Options.defaults(), metrics);
    gw.server().stubFor(get(urlPathEqualTo("/highlevel-pit/contacts/missing")).atPriority(1)
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(404)
            .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Contact not found\"}")));

    assertThatThrownBy(() -> ghl.contacts().getContact("missing")).isInstanceOf(NotFoundException.class);

    assertThat(registry.get(GhlMetrics.CALLS).tags("status", "404", "outcome", "CLIENT_ERROR",
        "exception", "NotFoundException").timer().count()).isEqualTo(1);
  }

  @Test
  void retriesAreCounted() {
    GhlMetrics metrics = GhlMetrics.builder().build();
    metrics.bindTo(registry);
    GhlClient ghl = client(GhlMockServer.Options.defaults().every(2).serverErrorAll(503), metrics);

    ghl.contacts().getContact("abc123"); // request 1: 200
    ghl.contacts().getContact("abc123"); // request 2: 503, retried; request 3: 200

    assertThat(registry.get(GhlMetrics.RETRIES).tags("operation", "getContact", "status", "503").counter().count())
        .isEqualTo(1.0);
    assertThat(registry.get(GhlMetrics.CALLS).tags("status", "200").timer().count()).isEqualTo(2);
  }

  @Test
  void theRemainingBudgetGaugesFollowTheLastResponse() {
    GhlMetrics metrics = GhlMetrics.builder().build();
    metrics.bindTo(registry);
    GhlClient ghl = client(GhlMockServer.Options.defaults(), metrics);
    gw.server().stubFor(get(urlPathEqualTo("/highlevel-pit/contacts/abc123")).atPriority(1)
        .willReturn(okJson("{\"contact\":{\"id\":\"abc123\"}}").withHeader("X-RateLimit-Remaining", "42")
            .withHeader("X-RateLimit-Max", "100").withHeader("X-RateLimit-Daily-Remaining", "199000")));

    ghl.contacts().getContact("abc123");

    assertThat(registry.get(GhlMetrics.RATE_LIMIT_REMAINING).tags("window", "burst", "connection", "sub-account")
        .gauge().value()).isEqualTo(42.0);
    assertThat(registry.get(GhlMetrics.RATE_LIMIT_REMAINING).tags("window", "daily", "connection", "sub-account")
        .gauge().value()).isEqualTo(199000.0);
  }

  /**
   * Tagged by kind, the budget gauge shows the lowest budget a connection of that kind reported while
   * that report's window lasts: one location near its limit is not hidden by the next idle one.
   */
  @Test
  void theBudgetGaugeOfAKindIsItsLowestConnectionWhileThatWindowLasts() {
    long[] now = {0};
    GhlMetrics metrics = GhlMetrics.builder().nanoTime(() -> now[0]).build();
    metrics.bindTo(registry);
    metrics.onCall(answered("conn_busy", "3", "40000"));
    now[0] = TimeUnit.SECONDS.toNanos(5);
    metrics.onCall(answered("conn_idle", "99", "199999"));
    assertThat(burst()).isEqualTo(3.0);
    assertThat(registry.get(GhlMetrics.RATE_LIMIT_REMAINING).tags("window", "daily", "connection", "sub-account")
        .gauge().value()).isEqualTo(40000.0);
    now[0] = TimeUnit.SECONDS.toNanos(11); // conn_busy's 10 s window has passed: its budget refilled
    assertThat(burst()).isEqualTo(99.0);
    now[0] = TimeUnit.SECONDS.toNanos(16); // every report is older than its window: the latest one
    assertThat(burst()).isEqualTo(99.0);
    metrics.onCall(answered("conn_busy", "7", "39000"));
    assertThat(burst()).isEqualTo(7.0);
  }

  private double burst() {
    return registry.get(GhlMetrics.RATE_LIMIT_REMAINING).tags("window", "burst", "connection", "sub-account").gauge().value();
  }

  private static GhlCall answered(String connection, String burstRemaining, String dailyRemaining) {
    return GhlCall.builder().operationId("getContact").method("GET").connection(connection).connectionKind("sub-account")
        .attempts(1).status(200).duration(java.time.Duration.ofMillis(5))
        .rateLimit(dev.pitkit.ghl.client.resilience.RateLimitInfo.parse(Map.of("X-RateLimit-Remaining",
            List.of(burstRemaining), "X-RateLimit-Interval-Milliseconds", List.of("10000"),
            "X-RateLimit-Daily-Remaining", List.of(dailyRemaining)), java.time.Clock.systemUTC()))
        .build();
  }

  @Test
  void theConnectionIdIsATagOnlyWhenAskedFor() {
    GhlMetrics metrics = GhlMetrics.builder().tagConnectionId(true).tags(List.of(Tag.of("client", "crm"))).build();
    metrics.bindTo(registry);
    GhlClient ghl = client(GhlMockServer.Options.defaults(), metrics);

    ghl.contacts().getContact("abc123");

    assertThat(registry.get(GhlMetrics.CALLS).tags("connection", SUB, "client", "crm").timer().count()).isEqualTo(1);
  }

  @Test
  void callsBeforeTheFirstBindAreNotRecorded() {
    GhlMetrics metrics = GhlMetrics.builder().build();
    GhlClient ghl = client(GhlMockServer.Options.defaults(), metrics);
    ghl.contacts().getContact("abc123");
    metrics.bindTo(registry);
    assertThat(registry.find(GhlMetrics.CALLS).timer()).isNull();
    ghl.contacts().getContact("abc123");
    assertThat(registry.get(GhlMetrics.CALLS).timer().count()).isEqualTo(1);
  }

  @Test
  void everyBoundRegistryRecordsEachCallOnce() {
    SimpleMeterRegistry other = new SimpleMeterRegistry();
    GhlMetrics metrics = GhlMetrics.builder().build();
    metrics.bindTo(registry);
    metrics.bindTo(other); // as Spring Boot does for each registry when it has several and no composite
    metrics.bindTo(registry);
    GhlClient ghl = client(GhlMockServer.Options.defaults(), metrics);

    ghl.contacts().getContact("abc123");

    assertThat(registry.get(GhlMetrics.CALLS).timer().count()).isEqualTo(1);
    assertThat(other.get(GhlMetrics.CALLS).timer().count()).isEqualTo(1);
  }

  @Test
  void anIoFailureAfterA503IsTaggedAsNoResponse() {
    GhlMetrics metrics = GhlMetrics.builder().build();
    metrics.bindTo(registry);
    GhlClient ghl = client(GhlMockServer.Options.defaults(), metrics);
    gw.operation("getContact").nextCalls(1).serverError(503);
    gw.operation("getContact").nextCalls(5).connectionReset();

    assertThatThrownBy(() -> ghl.contacts().getContact("abc123")).isInstanceOf(GhlIoException.class);

    assertThat(registry.get(GhlMetrics.CALLS).tags("status", "NONE", "outcome", "UNKNOWN",
        "exception", "GhlIoException").timer().count()).isEqualTo(1);
  }

  @Test
  void noTagValueIsTheApiKeyOrAnObjectId() {
    GhlMetrics metrics = GhlMetrics.builder().build();
    metrics.bindTo(registry);
    GhlClient ghl = client(GhlMockServer.Options.defaults(), metrics);
    ghl.contacts().getContact("abc123");
    ghl.withConnection("conn_other_view").contacts().getContact("abc123");
    assertThat(registry.get(GhlMetrics.CALLS).tag("connection", "sub-account").timer().count()).isEqualTo(2);
    for (Meter m : registry.getMeters()) {
      for (Tag t : m.getId().getTags()) {
        assertThat(t.getValue()).doesNotContain("FAKE").doesNotContain("abc123").doesNotContain("conn_");
      }
    }
  }
}
