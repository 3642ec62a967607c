package dev.pitkit.ghl.testkit.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpServer;
import dev.pitkit.ghl.webhooks.SignatureScheme;
import dev.pitkit.ghl.webhooks.WebhookEvent;
import dev.pitkit.ghl.webhooks.WebhookEvents;
import dev.pitkit.ghl.webhooks.WebhookRejectedException;
import dev.pitkit.ghl.webhooks.WebhookRejectionReason;
import dev.pitkit.ghl.webhooks.WebhookVerifier;
import dev.pitkit.ghl.webhooks.model.InvoicePaidEvent;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GhlWebhookSignerTest {
  static final GhlWebhookSigner SIGNER = GhlWebhookSigner.withTestKeys();

  static java.util.Set<String> types() {
    return GhlWebhookSigner.eventTypes();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void everyEventTypeIsSignedAndVerifiesToItsClass(String type) {
    WebhookVerifier verifier = SIGNER.verifierBuilder().build();
    SignedWebhook delivery = SIGNER.example(type);
    WebhookEvent event = verifier.verify(delivery.body(), delivery.headerLists());
    assertTrue(event.isTyped(), type);
    assertEquals(type, event.type().orElseThrow());
    assertEquals(WebhookEvents.classOf(type), event.payload().getClass());
    assertEquals(SignatureScheme.ED25519, event.verifiedWith().orElseThrow());
    assertTrue(event.webhookId().isPresent() && event.timestamp().isPresent());
  }

  @Test
  void everyKnownTypeHasAnExample() {
    assertEquals(WebhookEvents.knownTypes(), GhlWebhookSigner.eventTypes());
    assertEquals("Email", GhlWebhookSigner.exampleJson("Email").get("type").asText());
    assertTrue(GhlWebhookSigner.exampleJson("Email").has("emailTo"), "the Email example, not the SMS one");
    assertThrows(IllegalArgumentException.class, () -> GhlWebhookSigner.exampleJson("NoSuchEvent"));
  }

  @Test
  void schemesAndTheLegacyHeader() {
    SignedWebhook rsaOnly = SIGNER.schemes(SignatureScheme.RSA_SHA256).example(InvoicePaidEvent.class);
    assertFalse(rsaOnly.headers().containsKey("x-ghl-signature"));
    WebhookEvent event = SIGNER.verifierBuilder().build().verify(rsaOnly.body(), rsaOnly.headerLists());
    assertEquals(SignatureScheme.RSA_SHA256, event.verifiedWith().orElseThrow());
    assertTrue(event.payload(InvoicePaidEvent.class).isPresent());
    assertThrows(IllegalArgumentException.class, () -> SIGNER.schemes());
    assertThrows(IllegalArgumentException.class, () -> SIGNER.example(dev.pitkit.ghl.webhooks.GhlEventPayload.class));
    assertTrue(SIGNER.toString().contains("ED25519"));
    assertTrue(rsaOnly.toString().contains("x-wh-signature"));
  }

  @Test
  void testsOfRejectionsAnEndpointShouldMake() {
    WebhookVerifier verifier = SIGNER.verifierBuilder().build();
    SignedWebhook delivery = SIGNER.example("ContactCreate");
    SignedWebhook unsigned = delivery.withHeader("x-ghl-signature", null).withHeader("x-wh-signature", null);
    assertEquals(WebhookRejectionReason.NO_SIGNATURE,
        assertThrows(WebhookRejectedException.class, () -> verifier.verify(unsigned.body(), unsigned.headerLists())).reason());
    // header names in any case, as in HTTP: the signed header is replaced or removed, not shadowed
    SignedWebhook forged = delivery.withHeader("X-GHL-Signature", "AAAA");
    assertEquals(1, forged.headers().keySet().stream().filter("x-ghl-signature"::equalsIgnoreCase).count());
    assertEquals(WebhookRejectionReason.BAD_SIGNATURE,
        assertThrows(WebhookRejectedException.class, () -> verifier.verify(forged.body(), forged.headerLists())).reason());
    SignedWebhook stripped = delivery.withHeader("X-GHL-SIGNATURE", null).withHeader("X-Wh-Signature", null);
    assertEquals(List.of("Content-Type"), List.copyOf(stripped.headers().keySet()));
    SignedWebhook old = SIGNER.clock(Clock.offset(Clock.systemUTC(), Duration.ofHours(-1))).example("ContactCreate");
    assertEquals(WebhookRejectionReason.STALE,
        assertThrows(WebhookRejectedException.class, () -> verifier.verify(old.body(), old.headerLists())).reason());
    verifier.verify(delivery.body(), delivery.headerLists());
    assertEquals(WebhookRejectionReason.DUPLICATE,
        assertThrows(WebhookRejectedException.class, () -> verifier.verify(delivery.body(), delivery.headerLists())).reason());
    // GHL's production key does not trust the test keys
    assertEquals(WebhookRejectionReason.BAD_SIGNATURE, assertThrows(WebhookRejectedException.class,
        () -> WebhookVerifier.builder().build().verify(delivery.body(), delivery.headerLists())).reason());
  }

  @Test
  void signsAnyPayloadAndFillsInOnlyWhatIsMissing() {
    var payload = JsonNodeFactory.instance.objectNode().put("type", "Custom").put("webhookId", "fixed");
    SignedWebhook d = SIGNER.sign(payload);
    assertTrue(d.bodyText().contains("\"webhookId\":\"fixed\"") && d.bodyText().contains("\"timestamp\""));
    assertThrows(IllegalArgumentException.class, () -> SIGNER.sign(JsonNodeFactory.instance.arrayNode()));
    byte[] raw = "not json".getBytes(StandardCharsets.UTF_8);
    assertEquals("not json", SIGNER.sign(raw).bodyText());
    assertTrue(GhlWebhookSigner.testEd25519PublicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
    assertTrue(GhlWebhookSigner.testRsaPublicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
  }

  @Test
  void postsToAnEndpoint() throws Exception {
    WebhookVerifier verifier = SIGNER.verifierBuilder().build();
    List<String> received = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/ghl/webhooks", exchange -> {
      try {
        byte[] body = verifier.readBody(exchange.getRequestBody());
        received.add(verifier.verify(body, exchange.getRequestHeaders()).type().orElse("?"));
        exchange.sendResponseHeaders(204, -1);
      } catch (WebhookRejectedException e) {
        exchange.sendResponseHeaders(401, -1);
      } finally {
        exchange.close();
      }
    });
    server.start();
    try {
      URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ghl/webhooks");
      HttpResponse<String> ok = SIGNER.post(endpoint, "TaskCreate");
      assertEquals(204, ok.statusCode());
      assertEquals(401, SIGNER.post(endpoint, SIGNER.example("TaskCreate").withHeader("x-ghl-signature", "AAAA")).statusCode());
      assertEquals(List.of("TaskCreate"), received);
    } finally {
      server.stop(0);
    }
    assertThrows(UncheckedIOException.class,
        () -> SIGNER.post(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/gone"), "TaskCreate"));
  }
}
