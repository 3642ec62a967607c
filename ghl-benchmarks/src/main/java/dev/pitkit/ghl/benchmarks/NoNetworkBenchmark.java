package dev.pitkit.ghl.benchmarks;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.model.ContactCreateRequest;
import dev.pitkit.ghl.model.ContactResponse;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Diagnostic companion of {@link PerCallBenchmark}: the same GET and POST through the facade,
 * stock Feign, but over {@link CannedTransport} (no socket, no server). What remains is the
 * CPU and allocation of everything above the transport, so the facade's own cost shows without
 * the loopback round trip and the machine's scheduling noise around it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NoNetworkBenchmark {
  private static final String BASE_URL = "http://127.0.0.1:9";

  private GhlClient ghl;
  private ContactsApi feign;
  private ContactCreateRequest body;

  @Setup(Level.Trial)
  public void setUp() {
    QuietLogs.apply();
    ghl = GhlClient.builder()
        .apiKey(Payloads.API_KEY)
        .baseUrl(BASE_URL)
        .subAccountConnection(Payloads.CONNECTION)
        .rateLimiting(false)
        .transport(new CannedTransport())
        .build();
    feign = Clients.rawFeign(BASE_URL, new CannedTransport());
    body = Payloads.createRequest();
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
  public ContactResponse facadePost() {
    return ghl.contacts().createContact(body);
  }

  @Benchmark
  public ContactResponse feignPost() {
    return feign.createContact(body);
  }
}
