package dev.pitkit.ghl.boot.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pitkit.ghl.testkit.webhooks.GhlWebhookSigner;
import dev.pitkit.ghl.testkit.webhooks.SignedWebhook;
import dev.pitkit.ghl.webhooks.GenericWebhookEvent;
import dev.pitkit.ghl.webhooks.SignatureScheme;
import dev.pitkit.ghl.webhooks.WebhookEvent;
import dev.pitkit.ghl.webhooks.model.ContactCreateEvent;
import dev.pitkit.ghl.webhooks.model.InvoicePaidEvent;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The @GhlWebhook parameter in a running Spring MVC application (Tomcat), fed by the testkit's signer. */
@SpringBootTest(classes = GhlWebhookEndpointTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"ghl.webhooks.legacy-rsa=false", "ghl.webhooks.max-body-size=4KB"})
class GhlWebhookEndpointTest {
  static final GhlWebhookSigner SIGNER = GhlWebhookSigner.withTestKeys();

  @DynamicPropertySource
  static void testKey(DynamicPropertyRegistry registry) {
    registry.add("ghl.webhooks.ed25519-public-keys", GhlWebhookSigner::testEd25519PublicKeyPem);
  }

  @SpringBootConfiguration
  @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
      WebMvcAutoConfiguration.class, GhlWebhooksAutoConfiguration.class})
  @Import({WebhookController.class, CatchAll.class})
  static class App {}

  @RestController
  static class WebhookController {
    final List<Object> received = new CopyOnWriteArrayList<>();

    @PostMapping("/ghl/webhooks")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void receive(@GhlWebhook WebhookEvent event) {
      received.add(event);
    }

    @PostMapping("/ghl/contacts")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void contact(@GhlWebhook ContactCreateEvent contact) {
      received.add(contact);
    }

    final java.util.concurrent.atomic.AtomicInteger failuresToCome = new java.util.concurrent.atomic.AtomicInteger();

    @PostMapping("/ghl/flaky")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void flaky(@GhlWebhook ContactCreateEvent contact) {
      if (failuresToCome.getAndDecrement() > 0) {
        throw new IllegalStateException("the database is down");
      }
      received.add(contact);
    }

    final java.util.concurrent.atomic.AtomicInteger busyAnswers = new java.util.concurrent.atomic.AtomicInteger();

    /** Asks GHL to redeliver (429, the one answer GHL retries) while busy. */
    @PostMapping("/ghl/busy")
    org.springframework.http.ResponseEntity<Void> busy(@GhlWebhook ContactCreateEvent contact) {
      if (busyAnswers.getAndDecrement() > 0) {
        return org.springframework.http.ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).build();
      }
      received.add(contact);
      return org.springframework.http.ResponseEntity.noContent().build();
    }

    @PostMapping("/ghl/unprocessable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unprocessable(@GhlWebhook ContactCreateEvent contact) {
      throw new NotForUs();
    }

    @PostMapping("/ghl/tenant")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void tenant(@GhlWebhook WebhookEvent event, @org.springframework.web.bind.annotation.RequestHeader("x-tenant") String tenant) {
      received.add(event);
    }
  }

  /** An application's exception, which its own handler answers with a 422. */
  static final class NotForUs extends RuntimeException {
    NotForUs() {
      super("not for this tenant");
    }
  }

  /** An application's catch-all handler must not turn a rejection into a 500. */
  @RestControllerAdvice
  static class CatchAll {
    @ExceptionHandler(NotForUs.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
    String notForUs(NotForUs e) {
      return "not for us";
    }

    @ExceptionHandler(Exception.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    String failed(Exception e) {
      return "failed";
    }
  }

  @Value("${local.server.port}") int port;
  @Autowired WebhookController controller;

  @BeforeEach
  void clear() {
    controller.received.clear();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  @Test
  void aValidDeliveryReachesTheControllerTyped() {
    HttpResponse<String> response = SIGNER.post(uri("/ghl/webhooks"), "InvoicePaid");
    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(controller.received).hasSize(1);
    WebhookEvent event = (WebhookEvent) controller.received.get(0);
    assertThat(event.payload()).isInstanceOf(InvoicePaidEvent.class);
    assertThat(event.verifiedWith()).contains(SignatureScheme.ED25519);
  }

  @Test
  void aDeliveryWhoseHandlerFailedIsHandledWhenRedelivered() {
    controller.failuresToCome.set(1);
    SignedWebhook delivery = SIGNER.example("ContactCreate");
    assertThat(SIGNER.post(uri("/ghl/flaky"), delivery).statusCode()).as("the handler threw").isEqualTo(500);
    assertThat(controller.received).isEmpty();
    // the redelivery is handled, not answered as a duplicate; after that, it is one
    assertThat(SIGNER.post(uri("/ghl/flaky"), delivery).statusCode()).isEqualTo(204);
    assertThat(controller.received).singleElement().isInstanceOf(ContactCreateEvent.class);
    assertThat(SIGNER.post(uri("/ghl/flaky"), delivery).statusCode()).isEqualTo(200);
    assertThat(controller.received).hasSize(1);
  }

  /**
   * Only a success uses up a delivery: a 429 (GHL redelivers on nothing else), a 4xx an application's
   * exception handler answered, and a parameter after the webhook's that could not be resolved leave
   * the delivery's id unrecorded, so its redelivery is handled.
   */
  @Test
  void aDeliveryNotHandledWithSuccessIsHandledWhenRedelivered() {
    controller.busyAnswers.set(1);
    SignedWebhook busy = SIGNER.example("ContactCreate");
    assertThat(SIGNER.post(uri("/ghl/busy"), busy).statusCode()).isEqualTo(429);
    assertThat(SIGNER.post(uri("/ghl/busy"), busy).statusCode()).as("GHL's retry of a 429").isEqualTo(204);
    assertThat(controller.received).hasSize(1);

    SignedWebhook refused = SIGNER.example("ContactCreate");
    assertThat(SIGNER.post(uri("/ghl/unprocessable"), refused).statusCode()).isEqualTo(422);
    assertThat(SIGNER.post(uri("/ghl/unprocessable"), refused).statusCode()).as("not a duplicate").isEqualTo(422);

    SignedWebhook noTenant = SIGNER.example("ContactCreate");
    assertThat(SIGNER.post(uri("/ghl/tenant"), noTenant).statusCode()).as("no x-tenant header: the catch-all's 500")
        .isEqualTo(500);
    assertThat(SIGNER.post(uri("/ghl/tenant"), noTenant.withHeader("x-tenant", "t1")).statusCode()).isEqualTo(204);
    assertThat(controller.received).hasSize(2);
  }

  @Test
  void aParameterOfAnEventClassReceivesThePayload() {
    assertThat(SIGNER.post(uri("/ghl/contacts"), "ContactCreate").statusCode()).isEqualTo(204);
    assertThat(controller.received).singleElement().isInstanceOf(ContactCreateEvent.class);
  }

  @Test
  void aDeliveryOfAnotherTypeThanTheParametersIsRefusedWith400AndStaysAcceptableElsewhere() {
    SignedWebhook invoice = SIGNER.example("InvoicePaid");
    assertThat(SIGNER.post(uri("/ghl/contacts"), invoice).statusCode()).isEqualTo(400);
    assertThat(controller.received).isEmpty();
    // its webhookId was not recorded by the refusal: the endpoint that takes every type accepts it
    assertThat(SIGNER.post(uri("/ghl/webhooks"), invoice).statusCode()).isEqualTo(204);
    assertThat(((WebhookEvent) controller.received.get(0)).payload()).isInstanceOf(InvoicePaidEvent.class);
  }

  @Test
  void anUnknownTypeReachesAWebhookEventParameterGenerically() {
    ObjectNode json = GhlWebhookSigner.exampleJson("ContactCreate").put("type", "SomethingGhlAddsLater");
    assertThat(SIGNER.post(uri("/ghl/webhooks"), SIGNER.sign(json)).statusCode()).isEqualTo(204);
    assertThat(((WebhookEvent) controller.received.get(0)).payload()).isInstanceOf(GenericWebhookEvent.class);
  }

  @Test
  void aBadSignatureIs401() {
    SignedWebhook delivery = SIGNER.example("ContactCreate");
    String otherSignature = SIGNER.example("ContactCreate").headers().get(SignatureScheme.ED25519.header());
    HttpResponse<String> response = SIGNER.post(uri("/ghl/webhooks"),
        delivery.withHeader(SignatureScheme.ED25519.header(), otherSignature));
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEmpty();
    assertThat(controller.received).isEmpty();
  }

  @Test
  void noSignatureIs401() {
    SignedWebhook delivery = SIGNER.example("ContactCreate").withHeader(SignatureScheme.ED25519.header(), null);
    assertThat(SIGNER.post(uri("/ghl/webhooks"), delivery).statusCode()).isEqualTo(401);
    assertThat(controller.received).isEmpty();
  }

  @Test
  void aDuplicateIs200WithoutCallingTheControllerAgain() {
    SignedWebhook delivery = SIGNER.example("ContactCreate");
    assertThat(SIGNER.post(uri("/ghl/webhooks"), delivery).statusCode()).isEqualTo(204);
    assertThat(SIGNER.post(uri("/ghl/webhooks"), delivery).statusCode()).isEqualTo(200);
    assertThat(controller.received).hasSize(1);
  }

  @Test
  void aBodyOverTheLimitIs413() {
    ObjectNode json = GhlWebhookSigner.exampleJson("ContactCreate");
    json.put("padding", "x".repeat(8 * 1024));
    assertThat(SIGNER.post(uri("/ghl/webhooks"), SIGNER.sign(json)).statusCode()).isEqualTo(413);
    assertThat(controller.received).isEmpty();
  }

  @Test
  void aStaleDeliveryIs400() {
    GhlWebhookSigner old = SIGNER.clock(Clock.offset(Clock.systemUTC(), Duration.ofHours(-1)));
    assertThat(old.post(uri("/ghl/webhooks"), "ContactCreate").statusCode()).isEqualTo(400);
    assertThat(controller.received).isEmpty();
  }

  @Test
  void malformedJsonIs400() {
    assertThat(SIGNER.post(uri("/ghl/webhooks"), SIGNER.sign("{not json".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .statusCode()).isEqualTo(400);
    assertThat(controller.received).isEmpty();
  }
}
