package dev.pitkit.ghl.benchmarks;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.model.Contact;
import dev.pitkit.ghl.model.ContactsListMeta;
import dev.pitkit.ghl.model.ContactsListResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Walking {@code pages x pageSize} contacts (default 1,000 pages of 100 = 100,000) with the
 * facade's pager versus a hand-written cursor loop over the raw Feign interface. Each operation is
 * one complete walk; every contact is handed to a Blackhole. The fork runs with {@code -Xmx64m}:
 * the pager must hold one page at a time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PaginationBenchmark {
  @Param("1000")
  public int pages;

  @Param("100")
  public int pageSize;

  private ServerProcess server;
  private GhlClient ghl;
  private ContactsApi feign;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    QuietLogs.apply();
    server = ServerProcess.start((long) pages * pageSize);
    ghl = Clients.facade(server.baseUrl(), false);
    feign = Clients.rawFeign(server.baseUrl());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    server.close();
  }

  @Benchmark
  public long pager(Blackhole bh) {
    long n = 0;
    int size = pageSize;
    for (Contact c : ghl.paginate(ContactsApi.class, api -> api.listContacts(Payloads.LOCATION, size, null, null, null),
        ContactsListResponse::getContacts)) {
      bh.consume(c);
      n++;
    }
    return expect(n);
  }

  @Benchmark
  public long loop(Blackhole bh) {
    long n = 0;
    String startAfterId = null;
    String startAfter = null;
    while (true) {
      ContactsListResponse page = feign.listContacts(Payloads.LOCATION, pageSize, null, startAfterId, startAfter);
      List<Contact> contacts = page.getContacts();
      if (contacts == null || contacts.isEmpty()) {
        break;
      }
      for (Contact c : contacts) {
        bh.consume(c);
        n++;
      }
      ContactsListMeta meta = page.getMeta();
      if (meta == null || meta.getStartAfterId() == null) {
        break;
      }
      startAfterId = meta.getStartAfterId();
      startAfter = meta.getStartAfter() == null ? null : String.valueOf(meta.getStartAfter());
    }
    return expect(n);
  }

  private long expect(long n) {
    if (n != (long) pages * pageSize) {
      throw new IllegalStateException("walked " + n + " contacts, expected " + (long) pages * pageSize);
    }
    return n;
  }
}
