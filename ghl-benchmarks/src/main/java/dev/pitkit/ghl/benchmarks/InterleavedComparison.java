package dev.pitkit.ghl.benchmarks;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.model.ContactCreateRequest;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A noise-resistant cross-check of {@link PerCallBenchmark} for shared machines (a plain program,
 * not JMH). JMH measures one variant after another, so load that comes and goes between them
 * lands in the ratios. Here the six calls (facade, stock Feign, baseline x GET, POST) take turns
 * call by call in one JVM against one server process, in a rotating order, so every variant sees
 * the same load; each call is timed and the medians are compared.
 *
 * <p>The facade runs with its own default transport and decoder (the JDK HttpClient read as bytes,
 * Jackson's byte parser); stock Feign keeps feign-java11's {@code Http2Client} and the generated
 * decoder, as a plain Feign user would have it. ({@code GhlFeign.builder} now hands out the facade's
 * pipeline, so it is the facade here.)
 *
 * <pre>java -cp ghl-benchmarks/target/benchmarks.jar dev.pitkit.ghl.benchmarks.InterleavedComparison [rounds] [warmupRounds] [variants]</pre>
 * where {@code variants} is a comma-separated subset of {@code feign,facade} (default: all).
 */
public final class InterleavedComparison {
  private InterleavedComparison() {}

  /**
   * Per-call latencies in microseconds, by variant name.
   *
   * @param rounds measured rounds (each calls every variant once)
   * @param warmupRounds rounds run first and discarded
   * @return variant to sorted latencies
   */
  public static Map<String, double[]> run(int rounds, int warmupRounds) throws Exception {
    return run(rounds, warmupRounds, new LinkedHashMap<>(), ALL);
  }

  /** Every client variant, in report order. */
  static final List<String> ALL = List.of("baseline", "feign", "facade");

  /**
   * As {@link #run(int, int)}, also filling {@code cpuMicros} with each variant's mean CPU time
   * per call on the calling thread (not the HttpClient's selector thread), which machine load
   * barely moves.
   */
  static Map<String, double[]> run(int rounds, int warmupRounds, Map<String, Double> cpuMicros) throws Exception {
    return run(rounds, warmupRounds, cpuMicros, ALL);
  }

  /**
   * As {@link #run(int, int, Map)} for some client variants only (the baseline is always
   * included): running each alone gives the JIT the profile an application using only that one
   * would have.
   */
  static Map<String, double[]> run(int rounds, int warmupRounds, Map<String, Double> cpuMicros, List<String> variants)
      throws Exception {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    QuietLogs.apply();
    try (ServerProcess server = ServerProcess.start(100)) {
      GhlClient ghl = Clients.facade(server.baseUrl(), false);
      ContactsApi feign = Clients.rawFeign(server.baseUrl());
      BaselineClient baseline = Clients.baseline(server.baseUrl());
      ContactCreateRequest body = Payloads.createRequest();
      Map<String, Callable<Object>> calls = new LinkedHashMap<>();
      calls.put("baselineGet", () -> baseline.getContact(Payloads.CONTACT_ID));
      calls.put("feignGet", () -> feign.getContact(Payloads.CONTACT_ID));
      calls.put("facadeGet", () -> ghl.contacts().getContact(Payloads.CONTACT_ID));
      calls.put("baselinePost", () -> baseline.createContact(body));
      calls.put("feignPost", () -> feign.createContact(body));
      calls.put("facadePost", () -> ghl.contacts().createContact(body));
      calls.keySet().removeIf(k -> !k.startsWith("baseline") && !variants.contains(k.replaceAll("(Get|Post)$", "")));
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
      Map<String, double[]> out = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        Arrays.sort(us[i]);
        out.put(names.get(i), us[i]);
        cpuMicros.put(names.get(i), cpu[i] / 1e3 / rounds);
      }
      return out;
    }
  }

  static double quantile(double[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
  }

  /** The report lines. */
  public static String format(Map<String, double[]> us, Map<String, Double> cpuMicros) {
    StringBuilder sb = new StringBuilder("interleaved per-call latency, microseconds (").append(us.values().iterator().next().length)
        .append(" calls per variant)\n");
    sb.append(String.format(Locale.ROOT, "  %-15s %9s %9s %9s %12s %15s %15s %12s%n", "variant", "p25", "median", "p75",
        "vs baseline", "95 % interval", "caller CPU/call", "vs baseline"));
    for (String op : new String[] {"Get", "Post"}) {
      double[] base = us.get("baseline" + op);
      double baseCpu = cpuMicros.getOrDefault("baseline" + op, Double.NaN);
      for (String v : ALL) {
        double[] xs = us.get(v + op);
        if (xs == null) {
          continue;
        }
        double[] ratio = MedianRatio.withInterval(xs, base, 0.95, (v + op).hashCode());
        double c = cpuMicros.getOrDefault(v + op, Double.NaN);
        sb.append(String.format(Locale.ROOT, "  %-15s %9.1f %9.1f %9.1f %12.3f %15s %15.1f %12.3f%n", v + op,
            quantile(xs, 0.25), MedianRatio.median(xs), quantile(xs, 0.75), ratio[0],
            String.format(Locale.ROOT, "%.3f-%.3f", ratio[1], ratio[2]), c, c / baseCpu));
      }
    }
    sb.append("  (vs baseline: ratio of medians; 95 % interval: percentile bootstrap, ").append(MedianRatio.RESAMPLES)
        .append(" resamples)\n");
    return sb.toString();
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    PrintStream out = System.out;
    List<String> variants = args.length > 2 ? List.of(args[2].split(",")) : ALL;
    Map<String, Double> cpu = new LinkedHashMap<>();
    out.print(format(run(rounds, warmup, cpu, variants), cpu));
    out.flush();
  }
}
