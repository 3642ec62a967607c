package dev.pitkit.ghl.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Several instances, one budget (a plain program, not JMH): {@code jvms} child JVMs
 * ({@link SharedBudgetChild}) with {@code threads} threads each call getContact through ONE
 * Maton-Connection for {@code seconds}, against a local server (in this JVM) that enforces GHL's
 * 100 requests per sliding 10 s with 429s. Once with each JVM's own in-JVM limiter (the facade's
 * default), once with the shared {@code RedisRateLimiter} on a local redis-server. Then the added
 * cost of a permit ({@link PermitCost}).
 *
 * <pre>java -cp ghl-benchmarks/target/benchmarks.jar dev.pitkit.ghl.benchmarks.SharedBudgetThroughput [seconds] [jvms] [threads] [local,redis] [costPermits]</pre>
 */
public final class SharedBudgetThroughput {
  private SharedBudgetThroughput() {}

  /**
   * The figures of one run.
   *
   * @param mode {@code local} (a limiter per JVM) or {@code redis} (shared)
   * @param seconds measured time
   * @param jvms instances
   * @param threads threads per instance
   * @param ok calls that succeeded within the time
   * @param failed calls that threw anything but a 429
   * @param callerSaw429 calls that failed with a 429 after the client's retries
   * @param server429 429s the server sent (retried ones included)
   * @param serverAccepted requests the server accepted within the time
   * @param fullestWindow the most requests the server accepted in any 10 s window
   * @param firstFailure the first failure's class, or "-"
   */
  public record Result(String mode, double seconds, int jvms, int threads, long ok, long failed, long callerSaw429,
      long server429, long serverAccepted, int fullestWindow, String firstFailure) {

    /** Successful calls over the allowed 100 per 10 s. */
    public double fractionOfAllowed() {
      return ok / (seconds * RateLimitedThroughput.LIMIT / RateLimitedThroughput.WINDOW.toSeconds());
    }

    /** One row of the README's table. */
    public String row() {
      return String.format(Locale.ROOT, "| %s | %d x %d | %.0f s | %d | %.1f %% | %d | %d | %d | %d |",
          mode.equals("redis") ? "shared (`RedisRateLimiter`)" : "per JVM (`SlidingWindowRateLimiter`)",
          jvms, threads, seconds, ok, 100 * fractionOfAllowed(), server429, failed + callerSaw429, callerSaw429, fullestWindow);
    }
  }

  /** The table's header. */
  public static final String HEADER = "| limiter | JVMs x threads | time | successful calls | of the allowed rate"
      + " | 429s sent by the server | failed calls | (of which 429 after retries) | most accepted in a 10 s window |\n"
      + "|---|---|---|---|---|---|---|---|---|";

  /** Runs one mode: {@code local} or {@code redis}. */
  public static Result run(String mode, Duration duration, int jvms, int threads) throws IOException, InterruptedException {
    LocalRedis redis = mode.equals("redis") ? LocalRedis.start() : null;
    try (LocalGhlServer server = LocalGhlServer.startRateLimited(RateLimitedThroughput.LIMIT, RateLimitedThroughput.WINDOW.toMillis())) {
      String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
      List<Process> children = new ArrayList<>();
      List<BufferedReader> outs = new ArrayList<>();
      for (int i = 0; i < jvms; i++) {
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
            SharedBudgetChild.class.getName(), server.baseUrl(), Long.toString(duration.toSeconds()), Integer.toString(threads), mode));
        if (redis != null) {
          cmd.add(redis.url());
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        children.add(p);
        outs.add(new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
      }
      for (BufferedReader out : outs) {
        String line = out.readLine();
        if (!"READY".equals(line)) {
          children.forEach(Process::destroyForcibly);
          throw new IOException("a child did not start: " + line);
        }
      }
      server.resetCounters();
      long start = System.nanoTime();
      for (Process p : children) {
        Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
        w.write("GO\n");
        w.flush();
      }
      long ok = 0;
      long failed = 0;
      long saw429 = 0;
      String first = "-";
      for (int i = 0; i < jvms; i++) {
        String line;
        do {
          line = outs.get(i).readLine();
        } while (line != null && !line.startsWith("RESULT "));
        if (line == null) {
          throw new IOException("a child ended without a result");
        }
        String[] f = line.split(" ");
        ok += Long.parseLong(f[1]);
        failed += Long.parseLong(f[2]);
        saw429 += Long.parseLong(f[3]);
        if (first.equals("-")) {
          first = f[4];
        }
        children.get(i).waitFor(10, TimeUnit.SECONDS);
      }
      long end = start + duration.toNanos();
      List<Long> accepted = new ArrayList<>();
      for (long at : server.acceptedAtNanos()) {
        if (at <= end) {
          accepted.add(at);
        }
      }
      return new Result(mode, duration.toNanos() / 1e9, jvms, threads, ok, failed, saw429, server.rejected429(),
          accepted.size(), fullest(accepted, RateLimitedThroughput.WINDOW.toNanos()), first);
    } finally {
      if (redis != null) {
        redis.close();
      }
    }
  }

  /** The most instants in any half-open interval of {@code window}. */
  static int fullest(List<Long> sorted, long window) {
    int best = 0;
    int j = 0;
    for (int i = 0; i < sorted.size(); i++) {
      j = Math.max(j, i);
      while (j < sorted.size() && sorted.get(j) < sorted.get(i) + window) {
        j++;
      }
      best = Math.max(best, j - i);
    }
    return best;
  }

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int jvms = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    List<String> modes = List.of((args.length > 3 ? args[3] : "local,redis").split(","));
    int costPermits = args.length > 4 ? Integer.parseInt(args[4]) : 50_000;
    PrintStream out = System.out;
    List<Result> results = new ArrayList<>();
    for (String mode : modes) {
      Result r = run(mode, Duration.ofSeconds(seconds), jvms, threads);
      results.add(r);
      out.println(mode + ": " + r);
      out.flush();
    }
    out.println();
    out.println(HEADER);
    results.forEach(r -> out.println(r.row()));
    if (costPermits > 0) {
      out.println();
      out.println(PermitCost.format(PermitCost.run(costPermits)));
    }
    out.flush();
  }
}
