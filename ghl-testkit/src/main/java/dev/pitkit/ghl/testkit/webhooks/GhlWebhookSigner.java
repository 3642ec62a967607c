package dev.pitkit.ghl.testkit.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.pitkit.ghl.webhooks.GhlEventPayload;
import dev.pitkit.ghl.webhooks.SignatureScheme;
import dev.pitkit.ghl.webhooks.WebhookEvents;
import dev.pitkit.ghl.webhooks.WebhookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Signs webhook payloads as GHL does, with <b>test-only</b> keys shipped in the testkit, and posts
 * them to your endpoint, so your handler can be tested without GHL.
 *
 * <pre>{@code
 * GhlWebhookSigner signer = GhlWebhookSigner.withTestKeys();
 * WebhookVerifier verifier = signer.verifierBuilder().build();   // trusts the test keys only: tests only
 * SignedWebhook delivery = signer.example("ContactCreate");       // GHL's documented example, fresh
 *                                                                // timestamp and webhookId, both signatures
 * HttpResponse<String> response = signer.post(URI.create("http://localhost:8080/ghl/webhooks"), delivery);
 * }</pre>
 *
 * <p>The examples are those of {@code spec/webhooks/events.yaml} (shipped in {@code ghl-webhooks}),
 * one for every documented event type. Thread-safe.
 */
public final class GhlWebhookSigner {
  private static final String KEYS = "/dev/pitkit/ghl/testkit/webhooks/";
  private static final Map<String, ObjectNode> EXAMPLES = loadExamples();

  private final PrivateKey ed25519;
  private final PrivateKey rsa;
  private final Set<SignatureScheme> schemes;
  private final Clock clock;

  private GhlWebhookSigner(PrivateKey ed25519, PrivateKey rsa, Set<SignatureScheme> schemes, Clock clock) {
    this.ed25519 = ed25519;
    this.rsa = rsa;
    this.schemes = schemes;
    this.clock = clock;
  }

  /**
   * A signer with the testkit's test-only Ed25519 and RSA keys, signing with both schemes, stamping
   * payloads with the system clock.
   *
   * @return the signer
   */
  public static GhlWebhookSigner withTestKeys() {
    return new GhlWebhookSigner(privateKey("test-only-ed25519-private.pem", "Ed25519"),
        privateKey("test-only-rsa-private.pem", "RSA"), EnumSet.allOf(SignatureScheme.class),
        Clock.systemUTC());
  }

  /**
   * The same signer, signing with these schemes only (e.g. {@code ED25519} alone, as GHL does once
   * your app has an Ed25519 key, or {@code RSA_SHA256} alone, the legacy header).
   *
   * @param only one or more schemes
   * @return a new signer
   */
  public GhlWebhookSigner schemes(SignatureScheme... only) {
    if (only.length == 0) {
      throw new IllegalArgumentException("name at least one scheme");
    }
    return new GhlWebhookSigner(ed25519, rsa, EnumSet.of(only[0], only), clock);
  }

  /**
   * The same signer with another clock for the payload's {@code timestamp} (e.g. an old one, to
   * test that your endpoint refuses a stale delivery).
   *
   * @param clock the clock
   * @return a new signer
   */
  public GhlWebhookSigner clock(Clock clock) {
    return new GhlWebhookSigner(ed25519, rsa, schemes, Objects.requireNonNull(clock, "clock"));
  }

  /**
   * The test-only Ed25519 public key (PEM), for {@code WebhookVerifier.Builder.addEd25519PublicKey}.
   *
   * @return the PEM text
   */
  public static String testEd25519PublicKeyPem() {
    return resource("test-only-ed25519-public.pem");
  }

  /**
   * The test-only RSA public key (PEM), for {@code WebhookVerifier.Builder.addRsaPublicKey}.
   *
   * @return the PEM text
   */
  public static String testRsaPublicKeyPem() {
    return resource("test-only-rsa-public.pem");
  }

  /**
   * A verifier builder that trusts the test keys and nothing else (GHL's own RSA key removed). Use
   * it where your application takes its {@code WebhookVerifier} from configuration; never in
   * production.
   *
   * @return a builder to finish (clock, tolerance, ...)
   */
  public WebhookVerifier.Builder verifierBuilder() {
    return WebhookVerifier.builder().addEd25519PublicKey(testEd25519PublicKeyPem())
        .clearRsaPublicKeys().addRsaPublicKey(testRsaPublicKeyPem());
  }

  /**
   * Every event type with a documented example.
   *
   * @return the payload {@code type} values
   */
  public static Set<String> eventTypes() {
    return EXAMPLES.keySet();
  }

  /**
   * GHL's documented example of an event type, as JSON (a copy; {@link #example(String)} replaces
   * its timestamp and webhookId with fresh ones).
   *
   * @param type a payload {@code type}, e.g. {@code ContactCreate}, {@code INSTALL}
   * @return the example
   * @throws IllegalArgumentException for a type the spec does not describe
   */
  public static ObjectNode exampleJson(String type) {
    ObjectNode example = EXAMPLES.get(type);
    if (example == null) {
      throw new IllegalArgumentException("no documented example for event type '" + type + "'; known: " + EXAMPLES.keySet());
    }
    return example.deepCopy();
  }

  /**
   * The documented example of an event type, with a fresh {@code timestamp} and {@code webhookId},
   * signed.
   *
   * @param type a payload {@code type}, e.g. {@code ContactCreate}
   * @return the delivery
   * @throws IllegalArgumentException for a type the spec does not describe
   */
  public SignedWebhook example(String type) {
    ObjectNode example = exampleJson(type);
    example.remove(List.of("timestamp", "webhookId"));   // some examples carry GHL's own, long past
    return sign(example);
  }

  /**
   * The documented example of the event type a generated class stands for.
   *
   * @param type e.g. {@code ContactCreateEvent.class}
   * @return the delivery
   * @throws IllegalArgumentException for a class that is no generated event class
   */
  public SignedWebhook example(Class<? extends GhlEventPayload> type) {
    for (String t : EXAMPLES.keySet()) {
      if (type.equals(WebhookEvents.classOf(t))) {
        return example(t);
      }
    }
    throw new IllegalArgumentException(type.getName() + " is not a generated event class");
  }

  /**
   * Signs a payload, filling in {@code timestamp} (now) and {@code webhookId} (a random UUID) where
   * it has none.
   *
   * @param payload a JSON object
   * @return the delivery
   */
  public SignedWebhook sign(JsonNode payload) {
    if (!(payload instanceof ObjectNode)) {
      throw new IllegalArgumentException("a payload is a JSON object");
    }
    ObjectNode json = ((ObjectNode) payload).deepCopy();
    if (!json.hasNonNull("timestamp")) {
      json.put("timestamp", Instant.now(clock).toString());
    }
    if (!json.hasNonNull("webhookId")) {
      json.put("webhookId", UUID.randomUUID().toString());
    }
    return sign(json.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Signs a body as it is (nothing filled in).
   *
   * @param body the exact bytes to sign and send
   * @return the delivery
   */
  public SignedWebhook sign(byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    if (schemes.contains(SignatureScheme.ED25519)) {
      headers.put(SignatureScheme.ED25519.header(), signature("Ed25519", ed25519, body));
    }
    if (schemes.contains(SignatureScheme.RSA_SHA256)) {
      headers.put(SignatureScheme.RSA_SHA256.header(), signature("SHA256withRSA", rsa, body));
    }
    return new SignedWebhook(body, headers);
  }

  /**
   * Signs the documented example of an event type and POSTs it to your endpoint.
   *
   * @param endpoint your webhook URL, e.g. {@code http://localhost:8080/ghl/webhooks}
   * @param type a payload {@code type}
   * @return the endpoint's response (body as text)
   */
  public HttpResponse<String> post(URI endpoint, String type) {
    return post(endpoint, example(type));
  }

  /**
   * POSTs a delivery to your endpoint, with its headers.
   *
   * @param endpoint your webhook URL
   * @param delivery what to send
   * @return the endpoint's response (body as text)
   * @throws UncheckedIOException when the endpoint cannot be reached
   */
  public HttpResponse<String> post(URI endpoint, SignedWebhook delivery) {
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()));
    delivery.headers().forEach(request::header);
    try {
      return SharedClient.INSTANCE.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("could not post the webhook to " + endpoint, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while posting the webhook", e);
    }
  }

  /** Created on first post only. */
  private static final class SharedClient {
    static final HttpClient INSTANCE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  private static String signature(String algorithm, PrivateKey key, byte[] body) {
    try {
      Signature s = Signature.getInstance(algorithm);
      s.initSign(key);
      s.update(body);
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with the test key", e);
    }
  }

  private static PrivateKey privateKey(String name, String algorithm) {
    String pem = resource(name).replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the testkit's test key " + name + " cannot be read", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = GhlWebhookSigner.class.getResourceAsStream(KEYS + name)) {
      if (in == null) {
        throw new IllegalStateException("the testkit's test key " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** type -> the first documented example whose type it is (the schema's own, then components/examples). */
  private static Map<String, ObjectNode> loadExamples() {
    JsonNode spec;
    try (InputStream in = WebhookEvents.class.getResourceAsStream("/dev/pitkit/ghl/webhooks/events.yaml")) {
      if (in == null) {
        throw new IllegalStateException("dev/pitkit/ghl/webhooks/events.yaml is missing: is ghl-webhooks on the classpath?");
      }
      spec = new YAMLMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<JsonNode> all = new ArrayList<>();
    Map<String, JsonNode> schemaExample = new LinkedHashMap<>();
    spec.at("/components/schemas").properties().forEach(e -> {
      all.add(e.getValue().get("example"));
      e.getValue().get("x-ghl-event-types").forEach(t -> schemaExample.put(t.asText(), e.getValue().get("example")));
    });
    spec.at("/components/examples").properties().forEach(e -> all.add(e.getValue().get("value")));
    Map<String, ObjectNode> byType = new LinkedHashMap<>();
    schemaExample.forEach((type, fallback) -> {
      JsonNode chosen = all.stream().filter(x -> x != null && type.equals(x.path("type").asText())).findFirst().orElse(fallback);
      ObjectNode copy = (ObjectNode) chosen.deepCopy();
      copy.put("type", type);
      byType.put(type, copy);
    });
    return Collections.unmodifiableMap(byType);
  }

  /**
   * Names the schemes, never a key.
   *
   * @return e.g. {@code GhlWebhookSigner[test keys, schemes=[ED25519, RSA_SHA256]]}
   */
  @Override
  public String toString() {
    return "GhlWebhookSigner[test keys, schemes=" + schemes + "]";
  }
}
