package dev.pitkit.ghl.boot.webhooks;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.pitkit.ghl.testkit.webhooks.GhlWebhookSigner;
import dev.pitkit.ghl.testkit.webhooks.SignedWebhook;
import dev.pitkit.ghl.webhooks.model.ContactCreateEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A {@code @WebMvcTest} slice of a webhook controller verifies deliveries as the application does
 * (the starter's webhook auto-configuration is part of the slice): an unsigned request with the
 * event's fields as form parameters is refused, never bound into the event.
 */
@WebMvcTest(properties = "ghl.webhooks.legacy-rsa=false")
@ContextConfiguration(classes = GhlWebhookSliceTest.Slice.class)
class GhlWebhookSliceTest {
  static final GhlWebhookSigner SIGNER = GhlWebhookSigner.withTestKeys();

  @DynamicPropertySource
  static void testKey(DynamicPropertyRegistry registry) {
    registry.add("ghl.webhooks.ed25519-public-keys", GhlWebhookSigner::testEd25519PublicKeyPem);
  }

  @Configuration(proxyBeanMethods = false)
  @Import(Contacts.class)
  static class Slice {}

  @RestController
  static class Contacts {
    final List<ContactCreateEvent> received = new CopyOnWriteArrayList<>();

    @PostMapping("/ghl/contacts")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void contact(@GhlWebhook ContactCreateEvent contact) {
      received.add(contact);
    }
  }

  @Autowired MockMvc mvc;
  @Autowired Contacts contacts;

  @Test
  void anUnsignedRequestIsRefusedAndASignedDeliveryHandled() throws Exception {
    mvc.perform(post("/ghl/contacts").param("id", "forged").param("email", "attacker@example.com"))
        .andExpect(status().isUnauthorized());
    Assertions.assertThat(contacts.received).isEmpty();

    SignedWebhook delivery = SIGNER.example("ContactCreate");
    MockHttpServletRequestBuilder signed = post("/ghl/contacts").content(delivery.body());
    delivery.headers().forEach(signed::header);
    mvc.perform(signed).andExpect(status().isNoContent());
    Assertions.assertThat(contacts.received).hasSize(1);
  }
}
