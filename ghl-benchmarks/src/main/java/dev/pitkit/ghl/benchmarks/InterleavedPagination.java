package dev.pitkit.ghl.benchmarks;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.model.Contact;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The noise-resistant cross-check of {@link PaginationBenchmark} (a plain program, not JMH): whole
 * walks of {@code pages x 100} contacts alternate between the pager, the hand-written loop over
 * the facade and the same loop over stock Feign in one JVM against one server process, so both see the same machine load. Run it with
 * {@code -Xmx64m} to check the memory bound as well.
 *
 * <pre>java -Xmx64m -cp ghl-benchmarks/target/benchmarks.jar dev.pitkit.ghl.benchmarks.InterleavedPagination [walks] [pages]</pre>
 */
public final class InterleavedPagination {
  private static final int PAGE_SIZE = 100;

  private InterleavedPagination() {}

  /** The variants, in result order. */
  static final List<String> VARIANTS = List.of("pager", "loop", "feignLoop");

  /**
   * Milliseconds per walk, sorted, per variant of {@link #VARIANTS}: the facade's pager, the
   * hand-written loop over the facade, the same loop over stock Feign. {@code cpuMs} gets the mean
   * caller-thread CPU per walk (same order).
   */
  public static double[][] run(int walks, int pages, double[] cpuMs) throws Exception {
    QuietLogs.apply();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (ServerProcess server = ServerProcess.start((long) pages * PAGE_SIZE)) {
      GhlClient ghl = Clients.facade(server.baseUrl(), false);
      ContactsApi feign = Clients.rawFeign(server.baseUrl());
      Consumer<Contact> check = c -> {
        if (c.getId() == null) {
          throw new IllegalStateException("a contact without id");
        }
      };
      List<LongSupplier> variants = List.of(() -> ContactWalks.pager(ghl, PAGE_SIZE, check),
          () -> ContactWalks.loop(ghl.contacts(), PAGE_SIZE, check), () -> ContactWalks.loop(feign, PAGE_SIZE, check));
      int nv = variants.size();
      long expected = (long) pages * PAGE_SIZE;
      double[][] ms = new double[nv][walks];
      long[] cpu = new long[nv];
      for (int w = -1; w < walks; w++) { // one warm-up walk each
        for (int k = 0; k < nv; k++) {
          int v = Math.floorMod(k + w, nv);
          long c0 = threads.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          long n = variants.get(v).getAsLong();
          long t1 = System.nanoTime();
          long c1 = threads.getCurrentThreadCpuTime();
          if (n != expected) {
            throw new IllegalStateException("walked " + n + ", expected " + expected);
          }
          if (w >= 0) {
            ms[v][w] = (t1 - t0) / 1e6;
            cpu[v] += c1 - c0;
          }
        }
      }
      for (int v = 0; v < nv; v++) {
        Arrays.sort(ms[v]);
        cpuMs[v] = cpu[v] / 1e6 / walks;
      }
      return ms;
    }
  }

  /** The report lines. */
  public static String format(double[][] ms, double[] cpuMs, int pages) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "interleaved pagination: %d walks each of %,d contacts (%d pages of %d), max heap %d MB%n",
        ms[0].length, (long) pages * PAGE_SIZE, pages, PAGE_SIZE, Runtime.getRuntime().maxMemory() >> 20));
    for (int v = 0; v < ms.length; v++) {
      sb.append(String.format(Locale.ROOT, "  %-9s: median %.0f ms (min %.0f, max %.0f), caller CPU %.0f ms per walk%n",
          VARIANTS.get(v), MedianRatio.median(ms[v]), ms[v][0], ms[v][ms[v].length - 1], cpuMs[v]));
    }
    double[] pager = MedianRatio.withInterval(ms[0], ms[1], 0.95, 1);
    double[] feignLoop = MedianRatio.withInterval(ms[2], ms[1], 0.95, 2);
    sb.append(String.format(Locale.ROOT,
        "  pager/loop = %.3f (medians; 95 %% interval %.3f-%.3f), %.3f (caller CPU); feignLoop/loop = %.3f (%.3f-%.3f)%n",
        pager[0], pager[1], pager[2], cpuMs[0] / cpuMs[1], feignLoop[0], feignLoop[1], feignLoop[2]));
    return sb.toString();
  }

  public static void main(String[] args) throws Exception {
    int walks = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int pages = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    double[] cpu = new double[VARIANTS.size()];
    PrintStream out = System.out;
    out.print(format(run(walks, pages, cpu), cpu, pages));
    out.flush();
  }
}
