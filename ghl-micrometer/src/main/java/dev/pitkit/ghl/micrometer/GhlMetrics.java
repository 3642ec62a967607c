package dev.pitkit.ghl.micrometer;

import dev.pitkit.ghl.client.GhlCall;
import dev.pitkit.ghl.client.GhlCallListener;
import dev.pitkit.ghl.client.GhlRetry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Micrometer metrics for a {@code GhlClient}: a {@link GhlCallListener} that records every call and
 * retry into the registry it is bound to ({@link #bindTo}, the {@link MeterBinder} contract). Works
 * with or without Spring:
 *
 * <pre>{@code
 * GhlMetrics metrics = GhlMetrics.builder().build();
 * metrics.bindTo(meterRegistry);
 * GhlClient ghl = GhlClient.builder().fromEnv().callListener(metrics).build();
 * }</pre>
 *
 * <p>Meters (names and tags are stable; see the README's table):
 * <ul>
 *   <li>{@value #CALLS} (timer): each call, retries and rate limiter waits included; tags
 *       {@code operation} (the spec's operationId), {@code method}, {@code status} (the last HTTP
 *       status, {@code NONE} when there was none), {@code outcome} ({@code SUCCESS},
 *       {@code CLIENT_ERROR}, {@code SERVER_ERROR}, {@code UNKNOWN}: no response), {@code exception}
 *       (the exception's simple class name, {@code none}) and {@code connection} (the kind:
 *       {@code agency}, {@code sub-account}, {@code maton}; the connection id instead only when
 *       {@link Builder#tagConnectionId(boolean)} is set);</li>
 *   <li>{@value #RETRIES} (counter): each retry; tags {@code operation}, {@code status}
 *       ({@code NONE} after an I/O failure);</li>
 *   <li>{@value #RATE_LIMIT_WAIT} (timer): per call that was sent, the time it waited for the
 *       client-side rate limiter (zero included); tag {@code connection};</li>
 *   <li>{@value #RATE_LIMIT_REMAINING} (gauge): the budget left as responses said
 *       ({@code X-RateLimit-Remaining}, {@code X-RateLimit-Daily-Remaining}); tags {@code window}
 *       ({@code burst}, {@code daily}) and {@code connection}; registered on the first response
 *       that carries the header. Tagged by kind, it is the lowest budget any connection of that kind
 *       last reported while that report's window lasts (the burst interval GHL names, 10 s by default;
 *       a day), so one location near its limit shows among many idle ones; the last report of any
 *       once all are older.</li>
 * </ul>
 * No tag carries the API key, an id of a GHL object, a query value or a body. It records into
 * every registry it was bound to (Spring Boot binds a {@code MeterBinder} to each registry when
 * the application has several and no composite); bind a composite or its members, not both, or the
 * members count each call twice. Thread-safe.
 */
public final class GhlMetrics implements GhlCallListener, MeterBinder {
  /** Timer of calls. */
  public static final String CALLS = "ghl.client.requests";
  /** Counter of retries. */
  public static final String RETRIES = "ghl.client.retries";
  /** Timer of the waits for the client-side rate limiter. */
  public static final String RATE_LIMIT_WAIT = "ghl.client.ratelimit.wait";
  /** Gauge of the budget left, as the server reported it (the lowest of a kind's connections). */
  public static final String RATE_LIMIT_REMAINING = "ghl.client.ratelimit.remaining";
  /** GHL's burst window, for a response that does not name its interval. */
  private static final Duration DEFAULT_BURST_WINDOW = Duration.ofSeconds(10);

  private final boolean tagConnectionId;
  private final Tags extraTags;
  /** The registries bound so far: meters registered here are added to each, also to one bound later. */
  private final CompositeMeterRegistry registries = new CompositeMeterRegistry();
  /** Per gauge (window and connection tag), what the connections behind it reported. */
  private final Map<String, LowestBudget> remaining = new ConcurrentHashMap<>();
  private final LongSupplier nanoTime;
  /** The meters already registered in {@link #registries}, by their tag values: no tag sorting per call. */
  private final Map<CallKey, Timer> callTimers = new ConcurrentHashMap<>();
  private final Map<String, Timer> waitTimers = new ConcurrentHashMap<>();

  private GhlMetrics(Builder b) {
    this.tagConnectionId = b.tagConnectionId;
    this.extraTags = b.extraTags;
    this.nanoTime = b.nanoTime;
  }

  /** A builder: connection kind as the connection tag, no extra tags. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Records into {@code registry} too from now on, besides the registries bound before; binding the
   * same registry again changes nothing. Calls made before the first bind are not recorded (Spring
   * Boot binds {@code MeterBinder} beans once the context has started; the starter binds its own
   * bean to the application's registry when it creates it, so calls made while the context starts
   * count too).
   */
  @Override
  public void bindTo(MeterRegistry registry) {
    registries.add(Objects.requireNonNull(registry, "registry"));
  }

  @Override
  public void onCall(GhlCall call) {
    if (registries.getRegistries().isEmpty()) {
      return;
    }
    MeterRegistry r = registries;
    String connection = connectionTag(call);
    CallKey key = new CallKey(call.operationId(), call.method(), call.status(),
        call.error() == null ? null : call.error().getClass(), connection);
    Timer timer = callTimers.get(key);
    if (timer == null) {
      timer = callTimers.computeIfAbsent(key, k -> Timer.builder(CALLS)
          .description("Calls of the GHL API through the Maton gateway, retries included")
          .tags(extraTags.and(
              Tag.of("operation", nonNull(call.operationId())),
              Tag.of("method", nonNull(call.method())),
              Tag.of("status", call.status() == 0 ? "NONE" : Integer.toString(call.status())),
              Tag.of("outcome", outcome(call)),
              Tag.of("exception", call.error() == null ? "none" : call.error().getClass().getSimpleName()),
              Tag.of("connection", connection)))
          .register(r));
    }
    timer.record(call.duration().toNanos(), TimeUnit.NANOSECONDS);
    if (call.attempts() > 0) {
      waitTimers.computeIfAbsent(connection, c -> Timer.builder(RATE_LIMIT_WAIT)
          .description("Time calls waited for the client-side rate limiter")
          .tags(extraTags.and("connection", c)).register(r))
          .record(call.rateLimitWait().toNanos(), TimeUnit.NANOSECONDS);
      gauge(r, connection, "burst", call, call.rateLimit().burstRemaining(),
          call.rateLimit().interval().orElse(DEFAULT_BURST_WINDOW));
      gauge(r, connection, "daily", call, call.rateLimit().dailyRemaining(), Duration.ofDays(1));
    }
  }

  @Override
  public void onRetry(GhlRetry retry) {
    if (registries.getRegistries().isEmpty()) {
      return;
    }
    Counter.builder(RETRIES).description("Retries of GHL API calls")
        .tags(extraTags.and(Tag.of("operation", nonNull(retry.operationId())),
            Tag.of("status", retry.status() == 0 ? "NONE" : Integer.toString(retry.status()))))
        .register(registries).increment();
  }

  private void gauge(MeterRegistry r, String tag, String window, GhlCall call, OptionalLong value, Duration lasts) {
    if (value.isEmpty()) {
      return;
    }
    String key = window + '\u0000' + tag;
    LowestBudget budget = remaining.get(key);
    if (budget == null) {
      budget = remaining.computeIfAbsent(key, k -> new LowestBudget(nanoTime));
      registerGauge(r, key, budget);
    }
    budget.report(call.connection(), value.getAsLong(), lasts.toNanos());
  }

  private void registerGauge(MeterRegistry r, String key, LowestBudget budget) {
    int sep = key.indexOf('\u0000');
    Gauge.builder(RATE_LIMIT_REMAINING, budget, LowestBudget::value)
        .description("Requests left in GHL's rate limit window: the lowest any connection behind the tag reported")
        .tags(extraTags.and(Tag.of("window", key.substring(0, sep)), Tag.of("connection", key.substring(sep + 1))))
        .register(r);
  }

  /**
   * The budgets the connections behind one gauge reported, each counting until its window has passed
   * (after that the connection's budget has refilled, as far as anyone knows): the gauge is the lowest
   * of those, or the latest report once all are older. Entries past their window go when read.
   */
  private static final class LowestBudget {
    private final Map<String, long[]> byConnection = new ConcurrentHashMap<>(); // {value, counts until (nanos)}
    private final LongSupplier nanoTime;
    private volatile long latest;

    LowestBudget(LongSupplier nanoTime) {
      this.nanoTime = nanoTime;
    }

    void report(String connection, long value, long lastsNanos) {
      byConnection.put(connection == null ? "" : connection, new long[] {value, nanoTime.getAsLong() + lastsNanos});
      latest = value;
    }

    double value() {
      long now = nanoTime.getAsLong();
      long lowest = Long.MAX_VALUE;
      for (Map.Entry<String, long[]> e : byConnection.entrySet()) {
        long[] report = e.getValue();
        if (report[1] - now < 0) {
          byConnection.remove(e.getKey(), report); // not a newer report that came meanwhile
        } else {
          lowest = Math.min(lowest, report[0]);
        }
      }
      return lowest == Long.MAX_VALUE ? latest : lowest;
    }
  }

  private String connectionTag(GhlCall call) {
    if (tagConnectionId) {
      return call.connection() == null ? "none" : call.connection();
    }
    return call.connectionKind() == null ? "none" : call.connectionKind();
  }

  /** {@code SUCCESS}, {@code CLIENT_ERROR} (4xx), {@code SERVER_ERROR} (5xx) or {@code UNKNOWN} (no status). */
  static String outcome(GhlCall call) {
    if (call.succeeded()) {
      return "SUCCESS";
    }
    int s = call.status();
    return s >= 500 ? "SERVER_ERROR" : s >= 400 ? "CLIENT_ERROR" : s >= 200 ? "SUCCESS" : "UNKNOWN";
  }

  private static String nonNull(String s) {
    return s == null ? "none" : s;
  }

  @Override
  public String toString() {
    return "GhlMetrics{tagConnectionId=" + tagConnectionId + ", bound=" + registries.getRegistries().size() + "}";
  }

  /** What tells two calls' timers apart (outcome follows from status and error). */
  private record CallKey(String operation, String method, int status, Class<?> error, String connection) {}

  /** Builds {@link GhlMetrics}. */
  public static final class Builder {
    private boolean tagConnectionId;
    private Tags extraTags = Tags.empty();
    private LongSupplier nanoTime = System::nanoTime;

    private Builder() {}

    /**
     * Tags meters with the connection id instead of its kind. Off by default: each id is one more
     * time series, unbounded when the application serves many locations.
     */
    public Builder tagConnectionId(boolean tagConnectionId) {
      this.tagConnectionId = tagConnectionId;
      return this;
    }

    /** Tags added to every meter (e.g. {@code client=crm}); none by default. */
    public Builder tags(Iterable<Tag> tags) {
      this.extraTags = Tags.of(Objects.requireNonNull(tags, "tags"));
      return this;
    }

    /** The time source of the budget gauges' windows (tests). */
    Builder nanoTime(LongSupplier nanoTime) {
      this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
      return this;
    }

    /** The listener and binder. */
    public GhlMetrics build() {
      return new GhlMetrics(this);
    }
  }
}
