package dev.pitkit.ghl.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Keeps the benchmarks from rotting: every JMH benchmark runs once, briefly and in-process, and
 * must produce a score; the throughput and cold-start programs run for a few seconds. Nothing here
 * asserts a time: these are smoke runs on a shared machine, not measurements (README.md has those).
 */
class BenchmarksSmokeTest {
  static {
    QuietLogs.apply(); // Hibernate Validator's notices would flood the build log
  }

  private static Collection<RunResult> runOnce(Class<?> benchmark, Map<String, String> params) throws RunnerException {
    ChainedOptionsBuilder o = new OptionsBuilder()
        .include(Pattern.quote(benchmark.getName()) + "\\.")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(200))
        .verbosity(VerboseMode.SILENT);
    params.forEach(o::param);
    return new Runner(o.build()).run();
  }

  private static Set<String> benchmarkMethods(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.isAnnotationPresent(Benchmark.class))
        .map(Method::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static void assertEveryBenchmarkScored(Class<?> type, Collection<RunResult> results) {
    Set<String> seen = new TreeSet<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      double score = r.getPrimaryResult().getScore();
      assertTrue(score > 0, name + " produced no result: " + score);
      seen.add(name.substring(name.lastIndexOf('.') + 1));
    }
    assertEquals(benchmarkMethods(type), seen, "every @Benchmark of " + type.getSimpleName() + " must run");
  }

  @Test
  void perCallBenchmarksRun() throws RunnerException {
    assertEveryBenchmarkScored(PerCallBenchmark.class, runOnce(PerCallBenchmark.class, Map.of()));
  }

  @Test
  void noNetworkBenchmarksRun() throws RunnerException {
    assertEveryBenchmarkScored(NoNetworkBenchmark.class, runOnce(NoNetworkBenchmark.class, Map.of()));
  }

  @Test
  void webhookVerifyBenchmarksRun() throws RunnerException {
    assertEveryBenchmarkScored(WebhookVerifyBenchmark.class, runOnce(WebhookVerifyBenchmark.class, Map.of()));
  }

  @Test
  void paginationBenchmarksRun() throws RunnerException {
    // 20 pages of 100 instead of 1,000: the full walk is the real run's job
    assertEveryBenchmarkScored(PaginationBenchmark.class, runOnce(PaginationBenchmark.class, Map.of("pages", "20")));
  }

  @Test
  void rateLimitedThroughputRunsWithoutCallerVisible429s() throws Exception {
    RateLimitedThroughput.Result r = RateLimitedThroughput.run(Duration.ofSeconds(2), 16, null);
    assertEquals(0, r.callerSaw429(), r.format());
    assertEquals(0, r.failed(), r.format());
    assertTrue(r.ok() > 0, r.format());
  }

  @Test
  void sharedBudgetRunsTwoJvmsOnOneRedis() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(LocalRedis.executable() != null || System.getenv("CI") != null,
        "redis-server is not installed: the shared-budget benchmark is not smoke-tested");
    SharedBudgetThroughput.Result r = SharedBudgetThroughput.run("redis", Duration.ofSeconds(1), 2, 1);
    assertEquals(0, r.failed(), r.toString());
    assertEquals(0, r.server429(), r.toString());
    assertTrue(r.ok() > 0, r.toString());
    assertTrue(r.row().startsWith("| shared"), r.row());
  }

  @Test
  void permitCostMeasuresBothLimiters() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(LocalRedis.executable() != null || System.getenv("CI") != null,
        "redis-server is not installed: the permit cost is not smoke-tested");
    Map<String, double[]> cost = PermitCost.run(200);
    assertTrue(cost.get("in-JVM")[0] > 0 && cost.get("Redis")[0] > 0);
    assertTrue(PermitCost.format(cost).contains("added by Redis"));
  }

  @Test
  void interleavedComparisonTimesEveryVariant() throws Exception {
    Map<String, Double> cpu = new java.util.LinkedHashMap<>();
    Map<String, double[]> us = InterleavedComparison.run(20, 20, cpu);
    assertEquals(6, us.size());
    us.forEach((v, xs) -> assertTrue(xs.length == 20 && xs[0] > 0, v));
    assertTrue(InterleavedComparison.format(us, cpu).contains("facadePost"));
  }

  @Test
  void interleavedMetricsTimesEveryVariant() throws Exception {
    for (boolean canned : new boolean[] {true, false}) {
      Map<String, Double> cpu = new java.util.LinkedHashMap<>();
      Map<String, double[]> us = InterleavedMetrics.run(20, 20, canned, cpu);
      assertEquals(InterleavedMetrics.VARIANTS, List.copyOf(us.keySet()));
      assertTrue(InterleavedMetrics.format(us, cpu, "x").contains("metrics+obs"));
    }
  }

  @Test
  void interleavedPaginationWalksEveryVariant() throws Exception {
    double[] cpu = new double[3];
    double[][] ms = InterleavedPagination.run(1, 5, cpu);
    assertEquals(3, ms.length);
    for (double[] walks : ms) {
      assertTrue(walks.length == 1 && walks[0] > 0);
    }
    assertTrue(InterleavedPagination.format(ms, cpu, 5).contains("pager/loop"));
  }

  @Test
  void coldStartMeasuresEveryVariant() throws Exception {
    Map<String, List<Double>> times = ColdStart.run(1);
    assertEquals(ColdStart.VARIANTS, List.copyOf(times.keySet()));
    times.forEach((v, xs) -> assertTrue(xs.size() == 1 && xs.get(0) > 0, v + ": " + xs));
  }

  @Test
  void coldStartRunsWithTheOptionsAnApplicationCanAdd() throws Exception {
    Map<String, List<Double>> times = ColdStart.run(1, List.of("jvm+c1"));
    assertEquals(List.of("jvm+c1"), List.copyOf(times.keySet()));
    times.forEach((v, xs) -> assertTrue(xs.size() == 1 && xs.get(0) > 0, v + ": " + xs));
    // AppCDS takes jars only; the tests run from target/classes (README: run from benchmarks.jar)
    IOException e = assertThrows(IOException.class, () -> ColdStart.run(1, List.of("jvm+cds")));
    assertTrue(e.getMessage().contains("benchmarks.jar"), e.getMessage());
  }

  @Test
  void serverPagesEndWithoutCursor() {
    assertEquals("cursor3", LocalGhlServer.param("locationId=l&limit=100&startAfterId=cursor3", "startAfterId"));
    assertEquals("100", LocalGhlServer.param("locationId=l&limit=100", "limit"));
    assertEquals(null, LocalGhlServer.param("locationId=l&limitx=1", "limit"));
    assertEquals(3, Payloads.pageOf("cursor3"));
    assertTrue(new String(Payloads.listPageSuffix(0, 2), java.nio.charset.StandardCharsets.UTF_8).contains("\"startAfterId\":\"cursor1\""));
    assertTrue(!new String(Payloads.listPageSuffix(1, 2), java.nio.charset.StandardCharsets.UTF_8).contains("startAfterId"));
  }
}
