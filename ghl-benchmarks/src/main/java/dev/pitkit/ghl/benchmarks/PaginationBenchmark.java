package dev.pitkit.ghl.benchmarks;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.client.GhlClient;
import java.io.IOException;
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
 * facade's pager ({@code pager}), a hand-written cursor loop over the same facade ({@code loop}:
 * the pager's own cost is the difference) and the same loop over stock Feign
 * ({@code feignLoop}). Each operation is one complete walk; every contact is handed to a Blackhole. The fork runs with {@code -Xmx64m}:
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
    return expect(ContactWalks.pager(ghl, pageSize, bh::consume));
  }

  @Benchmark
  public long loop(Blackhole bh) {
    return expect(ContactWalks.loop(ghl.contacts(), pageSize, bh::consume));
  }

  @Benchmark
  public long feignLoop(Blackhole bh) {
    return expect(ContactWalks.loop(feign, pageSize, bh::consume));
  }

  private long expect(long n) {
    if (n != (long) pages * pageSize) {
      throw new IllegalStateException("walked " + n + " contacts, expected " + (long) pages * pageSize);
    }
    return n;
  }
}
