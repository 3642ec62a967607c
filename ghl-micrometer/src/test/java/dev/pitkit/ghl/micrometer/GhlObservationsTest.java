package dev.pitkit.ghl.micrometer;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitkit.ghl.client.GhlCallListener;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.error.GhlApiException;
import dev.pitkit.ghl.testkit.GhlMockServer;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One {@link Observation} per call, checked with Micrometer's TestObservationRegistry. */
class GhlObservationsTest {
  private final TestObservationRegistry registry = TestObservationRegistry.create();
  private GhlMockServer gw;

  @AfterEach
  void stop() {
    if (gw != null) {
      gw.close();
    }
  }

  private GhlClient client(GhlMockServer.Options options, GhlCallListener listener) {
    gw = GhlMockServer.start(options.port(0));
    return GhlClient.builder().apiKey(GhlMetricsTest.FAKE_KEY).baseUrl(gw.baseUrl())
        .subAccountConnection(GhlMetricsTest.SUB).sleeper(d -> {}).callListener(listener).build();
  }

  @Test
  void aCallIsOneStoppedObservationNamedAfterItsOperation() {
    GhlClient ghl = client(GhlMockServer.Options.defaults(), GhlObservations.of(registry));

    ghl.contacts().getContact("abc123");

    assertThat(registry).hasNumberOfObservationsEqualTo(1)
        .hasSingleObservationThat().hasNameEqualTo(GhlObservations.NAME).hasContextualNameEqualTo("getContact")
        .hasBeenStarted().hasBeenStopped()
        .hasLowCardinalityKeyValue("ghl.operation", "getContact")
        .hasLowCardinalityKeyValue("http.request.method", "GET")
        .hasLowCardinalityKeyValue("ghl.connection.kind", "sub-account")
        .hasLowCardinalityKeyValue("http.response.status_code", "200")
        .hasLowCardinalityKeyValue("outcome", "SUCCESS")
        .hasHighCardinalityKeyValue("ghl.attempts", "1")
        .doesNotHaveError();
  }

  @Test
  void theObservationIsCurrentWhileTheCallRunsAndClosedAfter() {
    List<String> seen = new ArrayList<>();
    GhlCallListener probe = call -> {
      Observation current = registry.getCurrentObservation();
      seen.add(current == null ? "none" : current.getContext().getContextualName());
    };
    GhlClient ghl = client(GhlMockServer.Options.defaults(),
        GhlCallListener.composite(List.of(probe, GhlObservations.of(registry)))); // the probe is told first

    ghl.contacts().getContact("abc123");

    assertThat(seen).containsExactly("getContact");
    assertThat(registry.getCurrentObservation()).isNull();
  }

  @Test
  void aFailedCallRecordsTheErrorAndEachRetryAsAnEvent() {
    List<Observation.Context> stopped = new ArrayList<>();
    List<String> events = new ArrayList<>();
    registry.observationConfig().observationHandler(new ObservationHandler<Observation.Context>() {
      @Override
      public boolean supportsContext(Observation.Context context) {
        return true;
      }

      @Override
      public void onEvent(Observation.Event event, Observation.Context context) {
        events.add(event.getName());
      }

      @Override
      public void onStop(Observation.Context context) {
        stopped.add(context);
      }
    });
    GhlClient ghl = client(GhlMockServer.Options.defaults().serverErrorAll(503), GhlObservations.of(registry));

    assertThatThrownBy(() -> ghl.contacts().getContact("abc123")).isInstanceOf(GhlApiException.class);

    assertThat(registry).hasSingleObservationThat().hasBeenStopped().hasError()
        .hasLowCardinalityKeyValue("http.response.status_code", "503")
        .hasLowCardinalityKeyValue("outcome", "SERVER_ERROR")
        .hasLowCardinalityKeyValue("error", "InternalServerException")
        .hasHighCardinalityKeyValue("ghl.attempts", "3");
    assertThat(events).containsExactly("ghl.retry", "ghl.retry");
    assertThat(stopped).hasSize(1);
    for (KeyValue kv : stopped.get(0).getAllKeyValues()) {
      assertThat(kv.getValue()).doesNotContain("FAKE").doesNotContain(GhlMetricsTest.SUB).doesNotContain("abc123");
    }
  }

  @Test
  void aHandlerFailingToOpenTheScopeLeavesNoScopeOnTheThreadAndStopsTheObservation() {
    List<Observation.Context> stopped = new ArrayList<>();
    registry.observationConfig().observationHandler(new ObservationHandler<Observation.Context>() {
      @Override
      public boolean supportsContext(Observation.Context context) {
        return true;
      }

      @Override
      public void onScopeOpened(Observation.Context context) {
        throw new IllegalStateException("tracer down");
      }

      @Override
      public void onStop(Observation.Context context) {
        stopped.add(context);
      }
    });
    GhlClient ghl = client(GhlMockServer.Options.defaults(), GhlObservations.of(registry));

    ghl.contacts().getContact("abc123");

    assertThat(registry.getCurrentObservation()).as("no scope left open on this thread").isNull();
    assertThat(stopped).hasSize(1);
    assertThat(stopped.get(0).getError()).hasMessage("tracer down");
  }

  @Test
  void aNoopRegistryObservesNothing() {
    GhlClient ghl = client(GhlMockServer.Options.defaults(), GhlObservations.of(ObservationRegistry.NOOP));
    ghl.contacts().getContact("abc123");
    assertThat(registry).doesNotHaveAnyObservation();
  }
}
