package dev.pitkit.ghl.boot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitkit.ghl.client.GhlCall;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.testkit.GhlMockServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the connection health reports, how long it is cached, and that its checks go through the client. */
class GhlConnectionsHealthTest {
  private GhlMockServer gw;
  private final List<GhlCall> calls = new CopyOnWriteArrayList<>();
  private GhlClient client;
  private final MutableClock clock = new MutableClock();

  @BeforeEach
  void start() {
    gw = GhlMockServer.start(0);
    client = GhlClient.builder().apiKey(GhlAutoConfigurationTest.FAKE_KEY).baseUrl(gw.baseUrl())
        .sleeper(d -> {}).callListener(calls::add).build();
  }

  @AfterEach
  void stop() {
    gw.close();
  }

  private void connection(String id, String status) {
    gw.server().stubFor(get(urlPathEqualTo("/connections/" + id)).atPriority(1).willReturn(okJson(
        "{\"connection\":{\"connection_id\":\"" + id + "\",\"status\":\"" + status + "\",\"app\":\"highlevel-pit\"}}")));
  }

  private GhlConnectionsHealth health(Duration ttl, String... namesAndIds) {
    Map<String, String> connections = new LinkedHashMap<>();
    for (int i = 0; i < namesAndIds.length; i += 2) {
      connections.put(namesAndIds[i], namesAndIds[i + 1]);
    }
    return new GhlConnectionsHealth(client, connections, ttl, Duration.ofSeconds(5), clock);
  }

  @Test
  void allActiveIsUp() {
    connection("c_agency", "ACTIVE");
    connection("c_sub", "ACTIVE");
    GhlConnectionsHealth.Result r = health(Duration.ZERO, "agency", "c_agency", "sub-account", "c_sub").check();
    assertThat(r.status()).isEqualTo("UP");
    assertThat(r.details()).containsEntry("agency", Map.of("id", "c_agency", "status", "ACTIVE"));
    assertThat(calls).extracting(GhlCall::operationId).containsExactly("getConnection", "getConnection");
  }

  @Test
  void pendingIsOutOfServiceAndFailedIsDown() {
    connection("c_agency", "PENDING");
    connection("c_sub", "ACTIVE");
    assertThat(health(Duration.ZERO, "agency", "c_agency", "sub-account", "c_sub").check().status())
        .isEqualTo("OUT_OF_SERVICE");
    connection("c_sub", "FAILED");
    assertThat(health(Duration.ZERO, "agency", "c_agency", "sub-account", "c_sub").check().status()).isEqualTo("DOWN");
  }

  @Test
  void aDeletedConnectionIsDownAndAThrottledCheckUnknown() {
    gw.server().stubFor(get(urlPathEqualTo("/connections/gone")).atPriority(1).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"not found\"}")));
    GhlConnectionsHealth.Result r = health(Duration.ZERO, "sub-account", "gone").check();
    assertThat(r.status()).isEqualTo("DOWN");
    assertThat(r.details().get("sub-account")).isEqualTo(Map.of("id", "gone", "error", "NotFoundException", "httpStatus", 404));

    gw.server().stubFor(get(urlPathEqualTo("/connections/busy")).atPriority(1).willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "1")));
    assertThat(health(Duration.ZERO, "sub-account", "busy").check().status()).isEqualTo("UNKNOWN");
    assertThat(calls).as("no retries in a health check").hasSize(2);
  }

  @Test
  void noConnectionIsUnknown() {
    assertThat(health(Duration.ZERO).check().status()).isEqualTo("UNKNOWN");
  }

  @Test
  void theResultIsCachedForItsTimeToLive() {
    connection("c_sub", "ACTIVE");
    GhlConnectionsHealth health = health(Duration.ofSeconds(30), "sub-account", "c_sub");
    health.check();
    clock.advance(Duration.ofSeconds(29));
    health.check();
    gw.server().verify(1, getRequestedFor(urlPathMatching("/connections/.*")));
    clock.advance(Duration.ofSeconds(1));
    health.check();
    gw.server().verify(2, getRequestedFor(urlPathMatching("/connections/.*")));
  }

  /**
   * The application has spent the rate budget, so the check waits in the limiter: the probe does
   * not wait with it past its timeout, a probe meanwhile starts no second check, and the check's
   * result, once it has one, is the next probe's.
   */
  @Test
  void aProbeDoesNotWaitPastItsTimeoutForTheRateLimiter() throws Exception {
    connection("c_sub", "ACTIVE");
    java.util.concurrent.CountDownLatch budget = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    GhlClient limited = GhlClient.builder().apiKey(GhlAutoConfigurationTest.FAKE_KEY).baseUrl(gw.baseUrl())
        .rateLimiter(key -> {
          asked.incrementAndGet();
          budget.await();
          return dev.pitkit.ghl.client.resilience.RateLimiter.Permit.of(key);
        }).build();
    Map<String, String> sub = Map.of("sub-account", "c_sub");
    GhlConnectionsHealth health = new GhlConnectionsHealth(limited, sub, Duration.ofSeconds(30), Duration.ofMillis(200), clock);
    Thread safety = new Thread(() -> { // a probe that waited with the check fails below rather than hangs
      try {
        Thread.sleep(10_000);
      } catch (InterruptedException e) {
        return;
      }
      budget.countDown();
    });
    safety.setDaemon(true);
    safety.start();
    try {
      GhlConnectionsHealth.Result first = health.check();
      assertThat(first.status()).isEqualTo("UNKNOWN");
      assertThat(first.details().get("reason").toString()).contains("did not finish within 200 ms");
      assertThat(health.check().status()).isEqualTo("UNKNOWN");
      assertThat(asked).as("one check at a time").hasValue(1);
    } finally {
      budget.countDown();
      safety.interrupt();
    }
    GhlConnectionsHealth.Result later = null;
    for (int i = 0; i < 100 && (later == null || !later.status().equals("UP")); i++) {
      later = health.check(); // each waits up to 200 ms for the check now let through
    }
    assertThat(later.status()).isEqualTo("UP");
    assertThat(asked).as("the result came from the one check, now cached").hasValue(1);
    gw.server().verify(1, getRequestedFor(urlPathMatching("/connections/.*")));
    limited.close();
  }

  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-12-06T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
