package dev.pitkit.ghl.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start (a plain program, not JMH): the wall time from starting a child JVM to the child
 * printing its first decoded response, for each {@link ColdStartChild} variant, {@code runs}
 * times each (variants interleaved, so drifting machine load hits them alike). The local server
 * runs in this process, already warm.
 *
 * <pre>java -cp ghl-benchmarks/target/benchmarks.jar dev.pitkit.ghl.benchmarks.ColdStart [runs] [variants]</pre>
 */
public final class ColdStart {
  /** The variants, in the order they run. */
  public static final List<String> VARIANTS = List.of("jvm", "baseline", "official", "feign", "facade", "baseline-create", "facade-create");

  private ColdStart() {}

  /**
   * Milliseconds per variant, one entry per run.
   *
   * @param runs runs per variant
   * @return variant to times in ms
   */
  public static Map<String, List<Double>> run(int runs) throws IOException, InterruptedException {
    return run(runs, VARIANTS);
  }

  /**
   * Milliseconds per variant, one entry per run, for {@code variants}: a {@link ColdStartChild}
   * variant, optionally with what an application can add on its side: {@code +c1}
   * ({@code -XX:TieredStopAtLevel=1}) and/or {@code +cds} (an AppCDS archive of the classes that
   * variant loads, written by one extra run before the measured ones), e.g. {@code facade+cds+c1}.
   *
   * @param runs runs per variant
   * @param variants the variants, run in this order in every round
   * @return variant to times in ms
   */
  public static Map<String, List<Double>> run(int runs, List<String> variants) throws IOException, InterruptedException {
    Map<String, List<Double>> times = new LinkedHashMap<>();
    Map<String, List<String>> jvmOptions = new LinkedHashMap<>();
    Path archives = Files.createTempDirectory("coldstart-cds");
    try (LocalGhlServer server = LocalGhlServer.start(100)) {
      // warm the server so the first child does not pay for it
      for (int i = 0; i < 200; i++) {
        Clients.baseline(server.baseUrl()).getContact(Payloads.CONTACT_ID);
      }
      for (String v : variants) {
        times.put(v, new ArrayList<>());
        jvmOptions.put(v, jvmOptions(v, archives, server.baseUrl()));
      }
      for (int r = 0; r < runs; r++) {
        for (String v : variants) {
          times.get(v).add(once(childVariant(v), jvmOptions.get(v), server.baseUrl()));
        }
      }
    } finally {
      try (var files = Files.list(archives)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(archives);
    }
    return times;
  }

  private static String childVariant(String variant) {
    int plus = variant.indexOf('+');
    return plus < 0 ? variant : variant.substring(0, plus);
  }

  private static List<String> jvmOptions(String variant, Path archives, String baseUrl) throws IOException, InterruptedException {
    List<String> options = new ArrayList<>();
    if (variant.contains("+c1")) {
      options.add("-XX:TieredStopAtLevel=1");
    }
    if (variant.contains("+cds")) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        if (Files.isDirectory(Path.of(entry))) {
          throw new IOException("+cds needs a class path of jars (AppCDS refuses directories): run from benchmarks.jar, not " + entry);
        }
      }
      Path archive = archives.resolve(variant.replace('+', '_') + ".jsa");
      List<String> dump = new ArrayList<>(options);
      dump.add("-XX:ArchiveClassesAtExit=" + archive);
      once(childVariant(variant), dump, baseUrl); // the training run: not measured
      if (!Files.exists(archive)) {
        throw new IOException("no CDS archive written for " + variant);
      }
      options.add("-XX:SharedArchiveFile=" + archive);
    }
    return options;
  }

  static double once(String variant, List<String> jvmOptions, String baseUrl) throws IOException, InterruptedException {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Path err = Files.createTempFile("coldstart-", ".err");
    try {
      List<String> command = new ArrayList<>(List.of(java));
      command.addAll(jvmOptions);
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdStartChild.class.getName(), variant, baseUrl));
      ProcessBuilder pb = new ProcessBuilder(command)
          .redirectError(err.toFile());
      long t0 = System.nanoTime();
      Process p = pb.start();
      double ms = -1;
      try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith("DECODED ")) {
            ms = (System.nanoTime() - t0) / 1e6;
            break;
          }
        }
      }
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      if (ms < 0) {
        throw new IOException(variant + " child printed no decoded result (exit " + p.exitValue() + "): "
            + Files.readString(err));
      }
      return ms;
    } finally {
      Files.deleteIfExists(err);
    }
  }

  /** The median of {@code xs}. */
  public static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    s.sort(null);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  /** The line {@code a/b = ratio (medians; difference)}, when both were measured. */
  private static void ratio(StringBuilder sb, Map<String, List<Double>> times, String a, String b) {
    if (times.containsKey(a) && times.containsKey(b)) {
      double x = median(times.get(a));
      double y = median(times.get(b));
      sb.append(String.format(Locale.ROOT, "  %s/%s = %.2f (medians; %+.0f ms)%n", a, b, x / y, x - y));
    }
  }

  /** The report lines. */
  public static String format(Map<String, List<Double>> times) {
    StringBuilder sb = new StringBuilder("cold start: child JVM start to first decoded response, ms\n");
    sb.append(String.format(Locale.ROOT, "  %-15s %8s %8s %8s   %s%n", "variant", "median", "min", "max", "runs"));
    times.forEach((v, xs) -> sb.append(String.format(Locale.ROOT, "  %-15s %8.0f %8.0f %8.0f   %s%n", v, median(xs),
        xs.stream().mapToDouble(Double::doubleValue).min().orElse(0), xs.stream().mapToDouble(Double::doubleValue).max().orElse(0),
        xs.stream().map(x -> String.format(Locale.ROOT, "%.0f", x)).toList())));
    ratio(sb, times, "facade", "baseline");
    if (times.containsKey("facade") && times.containsKey("baseline") && times.containsKey("jvm")) {
      double j = median(times.get("jvm"));
      sb.append(String.format(Locale.ROOT, "  beyond the bare JVM: facade %.0f ms, baseline %.0f ms%n",
          median(times.get("facade")) - j, median(times.get("baseline")) - j));
    }
    ratio(sb, times, "facade-create", "baseline-create");
    ratio(sb, times, "facade", "official");
    return sb.toString();
  }

  /** {@code ColdStart [runs] [variant,variant,...]} (default: 5 runs of {@link #VARIANTS}). */
  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    List<String> variants = args.length > 1 ? List.of(args[1].split(",")) : VARIANTS;
    PrintStream out = System.out;
    out.print(format(run(runs, variants)));
    out.flush();
  }
}
