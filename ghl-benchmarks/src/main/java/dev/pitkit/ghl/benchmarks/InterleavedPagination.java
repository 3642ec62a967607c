package dev.pitkit.ghl.benchmarks;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.model.Contact;
import dev.pitkit.ghl.model.ContactsListMeta;
import dev.pitkit.ghl.model.ContactsListResponse;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The noise-resistant cross-check of {@link PaginationBenchmark} (a plain program, not JMH): whole
 * walks of {@code pages x 100} contacts alternate between the pager and the hand-written loop in
 * one JVM against one server process, so both see the same machine load. Run it with
 * {@code -Xmx64m} to check the memory bound as well.
 *
 * <pre>java -Xmx64m -cp ghl-benchmarks/target/benchmarks.jar dev.pitkit.ghl.benchmarks.InterleavedPagination [walks] [pages]</pre>
 */
public final class InterleavedPagination {
  private static final int PAGE_SIZE = 100;

  private InterleavedPagination() {}

  /**
   * Milliseconds per walk, sorted: {@code [0]} the facade's pager, {@code [1]} the hand-written loop
   * over raw Feign. {@code cpuMs} gets the mean caller-thread CPU per walk (same order).
   */
  public static double[][] run(int walks, int pages, double[] cpuMs) throws Exception {
    QuietLogs.apply();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (ServerProcess server = ServerProcess.start((long) pages * PAGE_SIZE)) {
      GhlClient ghl = Clients.facade(server.baseUrl(), false);
      ContactsApi feign = Clients.rawFeign(server.baseUrl());
      List<java.util.function.ToLongFunction<Void>> variants = List.of(x -> pager(ghl), x -> loop(feign));
      int nv = variants.size();
      long expected = (long) pages * PAGE_SIZE;
      double[][] ms = new double[nv][walks];
      long[] cpu = new long[nv];
      for (int w = -1; w < walks; w++) { // one warm-up walk each
        for (int k = 0; k < nv; k++) {
          int v = Math.floorMod(k + w, nv);
          long c0 = threads.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          long n = variants.get(v).applyAsLong(null);
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

  static long pager(GhlClient ghl) {
    long n = 0;
    for (Contact c : ghl.paginate(ContactsApi.class, api -> api.listContacts(Payloads.LOCATION, PAGE_SIZE, null, null, null),
        ContactsListResponse::getContacts)) {
      if (c.getId() != null) {
        n++;
      }
    }
    return n;
  }

  static long loop(ContactsApi feign) {
    long n = 0;
    String startAfterId = null;
    String startAfter = null;
    while (true) {
      ContactsListResponse page = feign.listContacts(Payloads.LOCATION, PAGE_SIZE, null, startAfterId, startAfter);
      List<Contact> contacts = page.getContacts();
      if (contacts == null || contacts.isEmpty()) {
        break;
      }
      for (Contact c : contacts) {
        if (c.getId() != null) {
          n++;
        }
      }
      ContactsListMeta meta = page.getMeta();
      if (meta == null || meta.getStartAfterId() == null) {
        break;
      }
      startAfterId = meta.getStartAfterId();
      startAfter = meta.getStartAfter() == null ? null : String.valueOf(meta.getStartAfter());
    }
    return n;
  }

  /** The report lines. */
  public static String format(double[][] ms, double[] cpuMs, int pages) {
    double pager = ms[0][ms[0].length / 2];
    double loop = ms[1][ms[1].length / 2];
    return main(ms, cpuMs, pages, pager, loop);
  }

  private static String main(double[][] ms, double[] cpuMs, int pages, double pager, double loop) {
    return String.format(Locale.ROOT,
        "interleaved pagination: %d walks each of %,d contacts (%d pages of %d), max heap %d MB%n"
        + "  pager: median %.0f ms (min %.0f, max %.0f), caller CPU %.0f ms per walk%n"
        + "  loop : median %.0f ms (min %.0f, max %.0f), caller CPU %.0f ms per walk%n"
        + "  pager/loop = %.3f (medians), %.3f (caller CPU)%n",
        ms[0].length, (long) pages * PAGE_SIZE, pages, PAGE_SIZE, Runtime.getRuntime().maxMemory() >> 20,
        pager, ms[0][0], ms[0][ms[0].length - 1], cpuMs[0], loop, ms[1][0], ms[1][ms[1].length - 1], cpuMs[1],
        pager / loop, cpuMs[0] / cpuMs[1]);
  }

  public static void main(String[] args) throws Exception {
    int walks = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int pages = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    double[] cpu = new double[2];
    PrintStream out = System.out;
    out.print(format(run(walks, pages, cpu), cpu, pages));
    out.flush();
  }
}
