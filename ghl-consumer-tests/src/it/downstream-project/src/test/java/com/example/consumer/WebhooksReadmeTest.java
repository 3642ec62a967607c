package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import dev.pitkit.ghl.testkit.webhooks.GhlWebhookSigner;
import dev.pitkit.ghl.testkit.webhooks.SignedWebhook;
import dev.pitkit.ghl.webhooks.WebhookDispatcher;
import dev.pitkit.ghl.webhooks.WebhookEvent;
import dev.pitkit.ghl.webhooks.WebhookRejectedException;
import dev.pitkit.ghl.webhooks.WebhookRejectionReason;
import dev.pitkit.ghl.webhooks.WebhookVerifier;
import dev.pitkit.ghl.webhooks.model.ContactCreateEvent;
import dev.pitkit.ghl.webhooks.model.InvoicePaidEvent;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The README's Webhooks examples, verbatim, run against the published ghl-webhooks and ghl-testkit
 * (GHL_WEBHOOK_PUBLIC_KEY is the testkit's test-only key, from invoker.properties).
 */
class WebhooksReadmeTest {
  private static final Logger log = LoggerFactory.getLogger(WebhooksReadmeTest.class);

  private final Crm crm = new Crm();
  private final Ledger ledger = new Ledger();

  static final class Crm {
    final List<String> added = new ArrayList<>();

    void added(String id, String email) {
      added.add(id + " " + email);
    }
  }

  static final class Ledger {
    final List<String> paid = new ArrayList<>();

    void paid(String id, BigDecimal amount) {
      paid.add(id + " " + amount);
    }
  }

  private void verifyAndDispatch(byte[] body, Map<String, List<String>> headers) {
    WebhookVerifier verifier = WebhookVerifier.builder()
        .addEd25519PublicKey(System.getenv("GHL_WEBHOOK_PUBLIC_KEY"))   // x-ghl-signature; GHL's RSA key is built in
        .build();                                                       // immutable, thread-safe: one per application
    WebhookDispatcher dispatcher = WebhookDispatcher.builder()
        .on(ContactCreateEvent.class, contact -> crm.added(contact.getId(), contact.getEmail()))
        .on(InvoicePaidEvent.class, invoice -> ledger.paid(invoice.getId(), invoice.getAmountPaid()))
        .otherwise(event -> log.info("not handled: {}", event))          // other types, and types GHL adds later
        .build();

    // in your endpoint, with the raw body bytes and the request headers:
    try {
      WebhookEvent event = verifier.verify(body, headers);             // a Map<String, List<String>>, or request::getHeader
      dispatcher.dispatch(event);
    } catch (WebhookRejectedException e) {
      log.warn("webhook rejected: {}", e.reason());                    // BAD_SIGNATURE, STALE, DUPLICATE, ...
    }
  }

  @Test
  void verifyAndDispatch() {
    GhlWebhookSigner testSigner = GhlWebhookSigner.withTestKeys();
    SignedWebhook contact = testSigner.example("ContactCreate");
    SignedWebhook invoice = testSigner.example("InvoicePaid");
    SignedWebhook task = testSigner.example("TaskCreate");
    verifyAndDispatch(contact.body(), contact.headerLists());
    verifyAndDispatch(invoice.body(), invoice.headerLists());
    verifyAndDispatch(task.body(), task.headerLists());
    verifyAndDispatch(contact.body(), Map.of());                       // unsigned: rejected, not dispatched
    assertEquals(List.of("nmFmQEsNgz6AVpgLVUJ0 JohnDeo@gmail.comm"), crm.added);
    assertEquals(List.of("6578278e879ad2646715ba9c 999"), ledger.paid);
  }

  @Test
  void testWithTheSigner() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/ghl/webhooks", exchange -> {
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
    String endpointUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/ghl/webhooks";
    try {
      GhlWebhookSigner signer = GhlWebhookSigner.withTestKeys();          // TEST-ONLY keys shipped in the testkit
      WebhookVerifier verifier = signer.verifierBuilder().build();       // trusts the test keys only: never in production
      SignedWebhook delivery = signer.example("InvoicePaid");            // GHL's example, fresh timestamp and webhookId
      WebhookEvent event = verifier.verify(delivery.body(), delivery.headerLists());
      assertEquals(InvoicePaidEvent.class, event.payload().getClass());

      HttpResponse<String> response = signer.post(URI.create(endpointUrl), "ContactCreate");   // your running endpoint

      assertEquals(204, response.statusCode());
      assertEquals(WebhookRejectionReason.DUPLICATE, assertThrows(WebhookRejectedException.class,
          () -> verifier.verify(delivery.body(), delivery.headerLists())).reason());
    } finally {
      server.stop(0);
    }
  }
}
