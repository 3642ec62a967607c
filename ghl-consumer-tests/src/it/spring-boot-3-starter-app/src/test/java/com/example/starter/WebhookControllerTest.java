package com.example.starter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitkit.ghl.boot.test.AutoConfigureGhlMock;
import dev.pitkit.ghl.testkit.webhooks.GhlWebhookSigner;
import dev.pitkit.ghl.testkit.webhooks.SignedWebhook;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Spring Boot 3: signed deliveries through a running server to the @GhlWebhook controller. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureGhlMock
class WebhookControllerTest {
  static final GhlWebhookSigner signer = GhlWebhookSigner.withTestKeys();

  @DynamicPropertySource
  static void webhookKey(DynamicPropertyRegistry registry) {
    registry.add("ghl.webhooks.ed25519-public-keys", GhlWebhookSigner::testEd25519PublicKeyPem);   // TEST-ONLY key
  }

  @Value("${local.server.port}") int port;
  @Autowired WebhookController webhooks;

  @Test
  void aSignedEventReachesTheController() {
    URI endpoint = URI.create("http://localhost:" + port + "/ghl/webhooks");
    SignedWebhook delivery = signer.example("ContactCreate");
    assertThat(signer.post(endpoint, delivery).statusCode()).isEqualTo(204);
    assertThat(signer.post(endpoint, delivery).statusCode()).isEqualTo(200);   // a redelivery: handled once
    assertThat(signer.post(endpoint, delivery.withHeader("x-ghl-signature", null)).statusCode()).isEqualTo(401);
    assertThat(webhooks.newContacts()).containsExactly(GhlWebhookSigner.exampleJson("ContactCreate").get("id").asText());
  }

  @Test
  void otherEventTypesAreAcceptedToo() {
    URI endpoint = URI.create("http://localhost:" + port + "/ghl/webhooks");
    assertThat(signer.post(endpoint, "InvoicePaid").statusCode()).isEqualTo(204);
    assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
  }
}
