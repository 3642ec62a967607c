package dev.pitkit.ghl.benchmarks;

import dev.pitkit.ghl.webhooks.SignatureScheme;
import dev.pitkit.ghl.webhooks.WebhookEvent;
import dev.pitkit.ghl.webhooks.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Webhook verifications per second on one thread (one core): {@code WebhookVerifier.verify} on a
 * 1.3 KB ContactCreate body, signature check, JSON parse, typed binding and the timestamp check
 * included. {@code ED25519} is {@code x-ghl-signature}; {@code RSA_SHA256} is {@code x-wh-signature}
 * with a 4096-bit key, the size of GHL's published one. The replay store is a no-op (the same body
 * is verified again and again); the in-memory store adds one synchronized map update.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class WebhookVerifyBenchmark {
  @Param({"ED25519", "RSA_SHA256"})
  public String scheme;

  private WebhookVerifier verifier;
  private byte[] body;
  private Map<String, List<String>> headers;

  @Setup(Level.Trial)
  public void setUp() throws GeneralSecurityException {
    SignatureScheme s = SignatureScheme.valueOf(scheme);
    KeyPairGenerator generator = KeyPairGenerator.getInstance(s == SignatureScheme.ED25519 ? "Ed25519" : "RSA");
    if (s == SignatureScheme.RSA_SHA256) {
      generator.initialize(4096);
    }
    KeyPair keys = generator.generateKeyPair();
    Instant now = Instant.parse("2026-12-06T10:00:00Z");
    body = ("{\"type\":\"ContactCreate\",\"timestamp\":\"2026-12-06T09:59:59Z\",\"webhookId\":\"bench-1\","
        + "\"locationId\":\"ve9EPM428h8vShlRW1KT\",\"id\":\"nmFmQEsNgz6AVpgLVUJ0\",\"address1\":\"3475 Oak Street\","
        + "\"city\":\"Los Angeles\",\"companyName\":\"Loram ipsum\",\"country\":\"DE\",\"source\":\"public api\","
        + "\"dateAdded\":\"2021-11-26T12:41:02.193Z\",\"dateOfBirth\":\"2000-01-05T00:00:00.000Z\",\"dnd\":true,"
        + "\"email\":\"JohnDeo@gmail.comm\",\"name\":\"John Deo\",\"firstName\":\"John\",\"lastName\":\"Deo\","
        + "\"phone\":\"+919509597501\",\"postalCode\":\"452001\",\"state\":\"California\",\"tags\":[\"id magna sed Lorem\","
        + "\"Duis dolor commodo aliqua\"],\"website\":\"https://www.google.com/\",\"attachments\":[],\"assignedTo\":"
        + "\"nmFmQEsNgz6AVpgLVUJ0\",\"customFields\":[{\"id\":\"BcdmQEsNgz6AVpgLVUJ0\",\"value\":\"XYZ Corp\"},"
        + "{\"id\":\"CcdmQEsNgz6AVpgLVUJ0\",\"value\":\"Sales\"},{\"id\":\"DcdmQEsNgz6AVpgLVUJ0\",\"value\":\"3\"}]}")
        .getBytes(StandardCharsets.UTF_8);
    Signature signer = Signature.getInstance(s == SignatureScheme.ED25519 ? "Ed25519" : "SHA256withRSA");
    signer.initSign(keys.getPrivate());
    signer.update(body);
    headers = Map.of(s.header(), List.of(Base64.getEncoder().encodeToString(signer.sign())));
    WebhookVerifier.Builder b = WebhookVerifier.builder().clock(Clock.fixed(now, ZoneOffset.UTC))
        .replayStore((id, at, until) -> true);
    if (s == SignatureScheme.ED25519) {
      b.addEd25519PublicKey(keys.getPublic());
    } else {
      b.clearRsaPublicKeys().addRsaPublicKey(keys.getPublic());
    }
    verifier = b.build();
  }

  /** One delivery verified and parsed into its typed event. */
  @Benchmark
  public WebhookEvent verify() {
    return verifier.verify(body, headers);
  }
}
