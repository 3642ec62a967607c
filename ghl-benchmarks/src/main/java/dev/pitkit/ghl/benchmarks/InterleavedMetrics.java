package dev.pitkit.ghl.benchmarks;

import dev.pitkit.ghl.client.GhlCallListener;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.micrometer.GhlMetrics;
import dev.pitkit.ghl.micrometer.GhlObservations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The per-call cost of the Micrometer instrumentation ({@code ghl-micrometer}, what the Spring Boot
 * starter installs): the same {@code getContact} through three facades that take turns call by call
 * in one JVM, in rotating order, so each sees the same machine load:
 * <ul>
 *   <li>{@code none}: no listener (the client skips the event work altogether);</li>
 *   <li>{@code metrics}: {@link GhlMetrics} bound to a {@link SimpleMeterRegistry};</li>
 *   <li>{@code metrics+obs}: that, plus {@link GhlObservations} on an {@link ObservationRegistry}
 *       with Micrometer's {@link DefaultMeterObservationHandler} (what Spring Boot's Actuator
 *       configures when no tracer is present: a timer and a long-task timer per observation).</li>
 * </ul>
 * Transport: the local server process ({@code server}, default) or {@link CannedTransport}
 * ({@code canned}: no network, which isolates the listener's cost from I/O noise). Reports medians,
 * the ratio of medians to {@code none} with a 95 % bootstrap interval, and the mean CPU time per
 * call on the calling thread, where the listeners run.
 *
 * <pre>java -cp ghl-benchmarks/target/benchmarks.jar dev.pitkit.ghl.benchmarks.InterleavedMetrics [rounds] [warmupRounds] [server|canned]</pre>
 */
public final class InterleavedMetrics {
  static final List<String> VARIANTS = List.of("none", "metrics", "metrics+obs");

  private InterleavedMetrics() {}

  /**
   * Per-call latencies in microseconds by variant, sorted; {@code cpuMicros} gets each variant's
   * mean caller-thread CPU per call.
   */
  static Map<String, double[]> run(int rounds, int warmupRounds, boolean canned, Map<String, Double> cpuMicros)
      throws Exception {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    QuietLogs.apply();
    ServerProcess server = canned ? null : ServerProcess.start(100);
    try {
      String baseUrl = canned ? "http://localhost:9" : server.baseUrl();
      MeterRegistry meters = new SimpleMeterRegistry();
      GhlMetrics metrics = GhlMetrics.builder().build();
      metrics.bindTo(meters);
      MeterRegistry observedMeters = new SimpleMeterRegistry();
      GhlMetrics metrics2 = GhlMetrics.builder().build();
      metrics2.bindTo(observedMeters);
      ObservationRegistry observations = ObservationRegistry.create();
      observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(observedMeters));
      Map<String, Callable<Object>> calls = new LinkedHashMap<>();
      GhlClient none = client(baseUrl, canned, GhlCallListener.NONE);
      GhlClient withMetrics = client(baseUrl, canned, metrics);
      GhlClient withBoth = client(baseUrl, canned,
          GhlCallListener.composite(List.of(metrics2, GhlObservations.of(observations))));
      calls.put("none", () -> none.contacts().getContact(Payloads.CONTACT_ID));
      calls.put("metrics", () -> withMetrics.contacts().getContact(Payloads.CONTACT_ID));
      calls.put("metrics+obs", () -> withBoth.contacts().getContact(Payloads.CONTACT_ID));
      List<String> names = new ArrayList<>(calls.keySet());
      List<Callable<Object>> fns = new ArrayList<>(calls.values());
      int n = names.size();
      double[][] us = new double[n][rounds];
      long[] cpu = new long[n];
      Object sink = null;
      for (int r = -warmupRounds; r < rounds; r++) {
        for (int k = 0; k < n; k++) {
          int i = Math.floorMod(k + r, n); // rotate which variant goes first
          long c0 = threads.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          sink = fns.get(i).call();
          long t1 = System.nanoTime();
          long c1 = threads.getCurrentThreadCpuTime();
          if (r >= 0) {
            us[i][r] = (t1 - t0) / 1e3;
            cpu[i] += c1 - c0;
          }
        }
      }
      if (sink == null) {
        throw new IllegalStateException("no response");
      }
      long recorded = meters.get(GhlMetrics.CALLS).timer().count();
      if (recorded != rounds + warmupRounds) {
        throw new IllegalStateException("the metrics variant recorded " + recorded + " calls, not " + (rounds + warmupRounds));
      }
      Map<String, double[]> out = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        Arrays.sort(us[i]);
        out.put(names.get(i), us[i]);
        cpuMicros.put(names.get(i), cpu[i] / 1e3 / rounds);
      }
      return out;
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  private static GhlClient client(String baseUrl, boolean canned, GhlCallListener listener) {
    GhlClient.Builder b = GhlClient.builder().apiKey(Payloads.API_KEY).baseUrl(baseUrl)
        .subAccountConnection(Payloads.CONNECTION).connectTimeout(Clients.CONNECT_TIMEOUT)
        .readTimeout(Clients.READ_TIMEOUT).rateLimiting(false).callListener(listener);
    if (canned) {
      b.transport(new CannedTransport());
    }
    return b.build();
  }

  /** The report lines. */
  static String format(Map<String, double[]> us, Map<String, Double> cpuMicros, String transport) {
    StringBuilder sb = new StringBuilder("interleaved getContact, metrics cost, microseconds (")
        .append(us.values().iterator().next().length).append(" calls per variant, transport ").append(transport)
        .append(")\n");
    sb.append(String.format(Locale.ROOT, "  %-12s %9s %9s %9s %10s %15s %12s %14s%n", "variant", "p25", "median", "p75",
        "vs none", "95 % interval", "CPU/call", "CPU - none"));
    double[] base = us.get("none");
    double baseCpu = cpuMicros.get("none");
    for (String v : VARIANTS) {
      double[] xs = us.get(v);
      double[] ratio = MedianRatio.withInterval(xs, base, 0.95, v.hashCode());
      double c = cpuMicros.get(v);
      sb.append(String.format(Locale.ROOT, "  %-12s %9.2f %9.2f %9.2f %10.3f %15s %12.2f %14.2f%n", v,
          InterleavedComparison.quantile(xs, 0.25), MedianRatio.median(xs), InterleavedComparison.quantile(xs, 0.75),
          ratio[0], String.format(Locale.ROOT, "%.3f-%.3f", ratio[1], ratio[2]), c, c - baseCpu));
    }
    return sb.toString();
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    boolean canned = args.length > 2 && args[2].equals("canned");
    PrintStream out = System.out;
    Map<String, Double> cpu = new LinkedHashMap<>();
    out.print(format(run(rounds, warmup, canned, cpu), cpu, canned ? "canned" : "server"));
    out.flush();
  }
}
