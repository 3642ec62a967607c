package dev.pitkit.ghl.benchmarks;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.model.ContactCreateRequest;
import dev.pitkit.ghl.model.ContactResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-call overhead of one GET (getContact) and one POST (createContact) through
 * <ul>
 *   <li>{@code facade*}: {@link GhlClient} (validation, routing, Version, retries wrapper, error
 *       mapping, SafeDecoder) built with {@code rateLimiting(false)}: the limiter is measured by
 *       {@link RateLimitedThroughput};</li>
 *   <li>{@code feign*}: the generated interface through stock Feign ({@link Clients#rawFeign}:
 *       feign-java11's Http2Client, the generated decoder);</li>
 *   <li>{@code baseline*}: {@link BaselineClient}, java.net.http + Jackson by hand.</li>
 * </ul>
 * All against the same {@link LocalGhlServer} (its own JVM), one call in flight at a time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PerCallBenchmark {
  private ServerProcess server;
  private GhlClient ghl;
  private ContactsApi feign;
  private BaselineClient baseline;
  private ContactCreateRequest body;

  @Setup(Level.Trial)
  public void setUp() throws IOException, InterruptedException {
    QuietLogs.apply();
    server = ServerProcess.start(100);
    ghl = Clients.facade(server.baseUrl(), false);
    feign = Clients.rawFeign(server.baseUrl());
    baseline = Clients.baseline(server.baseUrl());
    body = Payloads.createRequest();
    // every path must decode the same contact, or the benchmark measures an error path
    check(ghl.contacts().getContact(Payloads.CONTACT_ID));
    check(ghl.contacts().createContact(body));
    check(feign.getContact(Payloads.CONTACT_ID));
    check(feign.createContact(body));
    check(baseline.getContact(Payloads.CONTACT_ID));
    check(baseline.createContact(body));
  }

  private static void check(ContactResponse r) {
    if (r == null || r.getContact() == null || !Payloads.CONTACT_ID.equals(r.getContact().getId())) {
      throw new IllegalStateException("unexpected response: " + r);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    server.close();
  }

  @Benchmark
  public ContactResponse facadeGet() {
    return ghl.contacts().getContact(Payloads.CONTACT_ID);
  }

  @Benchmark
  public ContactResponse feignGet() {
    return feign.getContact(Payloads.CONTACT_ID);
  }

  @Benchmark
  public ContactResponse baselineGet() throws IOException, InterruptedException {
    return baseline.getContact(Payloads.CONTACT_ID);
  }

  @Benchmark
  public ContactResponse facadePost() {
    return ghl.contacts().createContact(body);
  }

  @Benchmark
  public ContactResponse feignPost() {
    return feign.createContact(body);
  }

  @Benchmark
  public ContactResponse baselinePost() throws IOException, InterruptedException {
    return baseline.createContact(body);
  }
}
