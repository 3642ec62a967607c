package dev.pitkit.ghl.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON result file ({@code -rf json -rff FILE}) into the README's table: time per
 * call with JMH's 99.9 % error, bytes allocated per call ({@code -prof gc}), and the ratios
 * against the targets. References: the baseline for PerCallBenchmark, raw Feign for
 * NoNetworkBenchmark, the hand-written loop for PaginationBenchmark.
 *
 * <pre>java -cp ghl-benchmarks/target/benchmarks.jar dev.pitkit.ghl.benchmarks.Report jmh-result.json</pre>
 */
public final class Report {
  private Report() {}

  /** One benchmark's figures. */
  record Row(double score, double error, String unit, double allocBytes) {}

  /** Benchmark method name to figures. */
  static Map<String, Row> read(Path json) throws IOException {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (JsonNode b : new ObjectMapper().readTree(json.toFile())) {
      String name = b.get("benchmark").asText();
      name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      JsonNode pm = b.get("primaryMetric");
      JsonNode alloc = b.path("secondaryMetrics").path("gc.alloc.rate.norm");
      rows.put(name, new Row(pm.get("score").asDouble(), pm.get("scoreError").asDouble(), pm.get("scoreUnit").asText(),
          alloc.isMissingNode() ? Double.NaN : alloc.get("score").asDouble()));
    }
    return rows;
  }

  /** Above this relative 99.9 % error (error / score) a JMH ratio gives no verdict. */
  static final double MAX_RELATIVE_ERROR = 0.10;

  static String format(Map<String, Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("| benchmark | time per op (mean ± 99.9 % error) | allocated per op | vs reference (time) | vs reference (bytes) | target |\n");
    sb.append("|---|---|---|---|---|---|\n");
    for (String op : new String[] {"Get", "Post"}) {
      Row base = rows.get("PerCallBenchmark.baseline" + op);
      line(sb, rows, "PerCallBenchmark.baseline" + op, base, null);
      line(sb, rows, "PerCallBenchmark.feign" + op, base, 1.10);
      line(sb, rows, "PerCallBenchmark.facade" + op, base, 1.15);
    }
    for (String op : new String[] {"Get", "Post"}) {
      Row feign = rows.get("NoNetworkBenchmark.feign" + op);
      line(sb, rows, "NoNetworkBenchmark.feign" + op, feign, null);
      line(sb, rows, "NoNetworkBenchmark.facade" + op, feign, null);
    }
    Row loop = rows.get("PaginationBenchmark.loop");
    line(sb, rows, "PaginationBenchmark.loop", loop, null);
    line(sb, rows, "PaginationBenchmark.pager", loop, 1.2);
    line(sb, rows, "PaginationBenchmark.feignLoop", loop, null);
    return sb.toString();
  }

  private static void line(StringBuilder sb, Map<String, Row> rows, String name, Row base, Double target) {
    Row r = rows.get(name);
    if (r == null) {
      return;
    }
    String ratio = base == null || base == r ? "1.00 (reference)" : String.format(Locale.ROOT, "%.3f", r.score() / base.score());
    String bytes = base == null || base == r || Double.isNaN(r.allocBytes()) ? "" : String.format(Locale.ROOT, "%.2f", r.allocBytes() / base.allocBytes());
    String verdict = target == null || base == null ? "" : verdict(r, base, target);
    sb.append(String.format(Locale.ROOT, "| %s | %.1f ± %.1f %s | %s | %s | %s | %s |%n", name, r.score(), r.error(), r.unit(),
        Double.isNaN(r.allocBytes()) ? "n/a" : String.format(Locale.ROOT, "%,.0f B", r.allocBytes()), ratio, bytes, verdict));
  }

  /**
   * "met" or "MISSED", unless either score's 99.9 % error is more than {@link #MAX_RELATIVE_ERROR}
   * of it: then the ratio could land on either side of the target, and the interleaved medians
   * decide.
   */
  static String verdict(Row r, Row base, double target) {
    double ratio = r.score() / base.score();
    double errR = r.error() / r.score();
    double errBase = base.error() / base.score();
    if (!(errR <= MAX_RELATIVE_ERROR && errBase <= MAX_RELATIVE_ERROR)) {
      return String.format(Locale.ROOT, "≤ %.2f: inconclusive (errors ±%.0f %% / ±%.0f %%)", target, 100 * errR,
          100 * errBase);
    }
    return String.format(Locale.ROOT, "≤ %.2f: %s", target, ratio <= target ? "met" : "MISSED");
  }

  public static void main(String[] args) throws IOException {
    PrintStream out = System.out;
    out.print(format(read(Path.of(args.length > 0 ? args[0] : "ghl-benchmarks/target/jmh-result.json"))));
    out.flush();
  }
}
