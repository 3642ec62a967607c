package dev.pitkit.ghl.micrometer;

import dev.pitkit.ghl.client.GhlCall;
import dev.pitkit.ghl.client.GhlCallListener;
import dev.pitkit.ghl.client.GhlRetry;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * A Micrometer {@link Observation} per call of a {@code GhlClient}, so tracing bridges (Brave,
 * OpenTelemetry) export one span per call: a {@link GhlCallListener} that starts the observation
 * when the call starts and opens its scope on the calling thread (the current span while the call
 * runs), adds an event per retry, and stops it when the call ends.
 *
 * <pre>{@code
 * GhlClient ghl = GhlClient.builder().fromEnv()
 *     .callListener(GhlObservations.of(observationRegistry)).build();
 * }</pre>
 *
 * <p>Observation name {@value #NAME}; contextual name (the span name) the spec's operationId, e.g.
 * {@code getContact}. Low-cardinality keys: {@code ghl.operation}, {@code http.request.method},
 * {@code ghl.connection.kind} ({@code agency}, {@code sub-account}, {@code maton}),
 * {@code http.response.status_code} ({@code NONE} without a response), {@code outcome} (as in
 * {@link GhlMetrics}), {@code error} ({@code none} or the exception's simple class name); high-cardinality key
 * {@code ghl.attempts}. No key carries the API key, a connection id, a GHL object id or a body. A
 * failed call's exception is the observation's error, and tracing bridges record its message,
 * which names the request as the client's own messages do: method, path (with the ids in it),
 * operation and connection id, never the API key or a body; drop or rewrite it with an
 * {@code ObservationFilter} or in the tracer if spans must not carry ids.
 * A registry without handlers ({@link ObservationRegistry#NOOP}) costs next to nothing.
 */
public final class GhlObservations implements GhlCallListener {
  /** The observation's name (a Micrometer meter name when a meter handler is registered). */
  public static final String NAME = "ghl.client.call";

  private final ObservationRegistry registry;

  private GhlObservations(ObservationRegistry registry) {
    this.registry = registry;
  }

  /** Observes every call in {@code registry}. */
  public static GhlObservations of(ObservationRegistry registry) {
    return new GhlObservations(Objects.requireNonNull(registry, "registry"));
  }

  /** Not called: each call has its own listener ({@link #onStart}). */
  @Override
  public void onCall(GhlCall call) {}

  @Override
  public GhlCallListener onStart(GhlCall started) {
    Observation observation = Observation.createNotStarted(NAME, registry)
        .contextualName(started.operationId())
        .lowCardinalityKeyValue("ghl.operation", nonNull(started.operationId()))
        .lowCardinalityKeyValue("http.request.method", nonNull(started.method()))
        .lowCardinalityKeyValue("ghl.connection.kind", nonNull(started.connectionKind()));
    if (observation.isNoop()) {
      return this;
    }
    observation.start();
    Observation.Scope before = registry.getCurrentObservationScope();
    try {
      return new Scoped(observation, observation.openScope());
    } catch (RuntimeException | Error e) {
      // a handler failed in onScopeOpened after the scope became current: put the thread's scope
      // back, or every later span on this thread would be this dead one's child; end the span
      registry.setCurrentObservationScope(before);
      observation.error(e);
      observation.stop();
      throw e;
    }
  }

  private static String nonNull(String s) {
    return s == null ? "none" : s;
  }

  @Override
  public String toString() {
    return "GhlObservations{" + registry + "}";
  }

  /** The listener of one observed call. */
  private static final class Scoped implements GhlCallListener {
    private final Observation observation;
    private final Observation.Scope scope;

    Scoped(Observation observation, Observation.Scope scope) {
      this.observation = observation;
      this.scope = scope;
    }

    @Override
    public void onRetry(GhlRetry retry) {
      observation.event(Observation.Event.of("ghl.retry", "retry " + retry.attempt()
          + (retry.status() == 0 ? " after an I/O failure" : " after status " + retry.status())));
    }

    @Override
    public void onCall(GhlCall call) {
      try {
        observation.lowCardinalityKeyValues(KeyValues.of(
            "http.response.status_code", call.status() == 0 ? "NONE" : Integer.toString(call.status()),
            "outcome", GhlMetrics.outcome(call),
            "error", call.error() == null ? "none" : call.error().getClass().getSimpleName()));
        observation.highCardinalityKeyValue("ghl.attempts", Integer.toString(call.attempts()));
        if (call.error() != null) {
          observation.error(call.error());
        }
      } finally {
        scope.close();
        observation.stop();
      }
    }
  }
}
