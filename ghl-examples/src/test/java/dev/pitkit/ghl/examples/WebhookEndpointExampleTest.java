package dev.pitkit.ghl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.pitkit.ghl.testkit.webhooks.GhlWebhookSigner;
import dev.pitkit.ghl.testkit.webhooks.SignedWebhook;
import dev.pitkit.ghl.webhooks.WebhookDispatcher;
import dev.pitkit.ghl.webhooks.WebhookVerifier;
import dev.pitkit.ghl.webhooks.model.ContactCreateEvent;
import dev.pitkit.ghl.webhooks.model.InvoicePaidEvent;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the framework-free endpoint with the testkit's signer posting GHL's documented examples. */
class WebhookEndpointExampleTest {
  final GhlWebhookSigner signer = GhlWebhookSigner.withTestKeys();
  final List<String> handled = new CopyOnWriteArrayList<>();
  HttpServer server;
  URI endpoint;

  @BeforeEach
  void start() throws Exception {
    WebhookVerifier verifier = signer.verifierBuilder().maxBodyBytes(64 * 1024).build();  // test keys: tests only
    WebhookDispatcher dispatcher = WebhookDispatcher.builder()
        .on(ContactCreateEvent.class, c -> handled.add("contact " + c.getId()))
        .on(InvoicePaidEvent.class, i -> {
          if (i.getAmountPaid() == null) {
            throw new IllegalStateException("no amount");
          }
          handled.add("invoice " + i.getId() + " paid " + i.getAmountPaid());
        })
        .otherwise(e -> handled.add("other " + e.type().orElse("?") + (e.isTyped() ? "" : " (generic)")))
        .build();
    server = WebhookEndpointExample.serve(new InetSocketAddress("127.0.0.1", 0), "/ghl/webhooks",
        new WebhookEndpointExample(verifier, dispatcher));
    endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ghl/webhooks");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void verifiesAndDispatchesTypedEvents() {
    assertEquals(204, signer.post(endpoint, "ContactCreate").statusCode());
    assertEquals(204, signer.post(endpoint, "InvoicePaid").statusCode());
    assertEquals(204, signer.post(endpoint, "TaskCreate").statusCode());
    assertEquals(204, signer.post(endpoint, signer.sign(
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("type", "SomethingNew"))).statusCode());
    assertEquals(List.of("contact nmFmQEsNgz6AVpgLVUJ0", "invoice 6578278e879ad2646715ba9c paid 999",
        "other TaskCreate", "other SomethingNew (generic)"), handled);
  }

  @Test
  void answersRejectionsByReason() throws Exception {
    SignedWebhook contact = signer.example("ContactCreate");
    assertEquals(401, signer.post(endpoint, contact.withHeader("x-ghl-signature", null).withHeader("x-wh-signature", null)).statusCode());
    assertEquals(401, signer.post(endpoint, contact.withHeader("x-ghl-signature", "AAAA")).statusCode());
    assertEquals(204, signer.post(endpoint, contact).statusCode());
    assertEquals(200, signer.post(endpoint, contact).statusCode(), "a duplicate is acknowledged, not handled twice");
    assertEquals(1, handled.size());
    assertEquals(413, signer.post(endpoint, signer.sign(new byte[64 * 1024 + 1])).statusCode());
    assertEquals(400, signer.post(endpoint, signer.sign("not json".getBytes(java.nio.charset.StandardCharsets.UTF_8))).statusCode());
    var invoice = GhlWebhookSigner.exampleJson("InvoicePaid");
    invoice.remove("amountPaid");
    SignedWebhook failing = signer.sign(invoice);
    assertEquals(429, signer.post(endpoint, failing).statusCode(), "a failing handler: 429, which GHL redelivers");
    assertEquals(429, signer.post(endpoint, failing).statusCode(), "the redelivery is handled again, not a duplicate");
    HttpResponse<Void> get = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    assertEquals(405, get.statusCode());
  }
}
