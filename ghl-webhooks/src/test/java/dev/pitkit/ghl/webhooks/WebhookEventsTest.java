package dev.pitkit.ghl.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.webhooks.model.ContactCreateEvent;
import dev.pitkit.ghl.webhooks.model.InboundMessageEvent;
import dev.pitkit.ghl.webhooks.model.InvoicePaidEvent;
import dev.pitkit.ghl.webhooks.model.OutboundMessageEvent;
import dev.pitkit.ghl.webhooks.model.PriceDeleteEvent;
import dev.pitkit.ghl.webhooks.model.ProviderOutboundMessageEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookEventsTest {
  static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void unknownTypeIsAGenericEventKeepingTheRawJson() {
    WebhookEvent event = WebhookEvents.parse(bytes("{\"type\":\"BrandNewThing\",\"nested\":{\"a\":[1,2]},\"webhookId\":\"w\",\"timestamp\":\"2026-01-01T00:00:00Z\"}"));
    assertFalse(event.isTyped());
    GenericWebhookEvent generic = assertInstanceOf(GenericWebhookEvent.class, event.payload());
    assertEquals("BrandNewThing", generic.getType());
    assertEquals("w", generic.getWebhookId());
    assertEquals("2026-01-01T00:00:00Z", generic.getTimestamp());
    assertEquals(2, generic.json().get("nested").get("a").get(1).asInt());
    assertEquals(Map.of("a", List.of(1, 2)), generic.getAdditionalProperties().get("nested"));
    assertEquals("GenericWebhookEvent[type=BrandNewThing]", generic.toString());
    assertTrue(event.payload(ContactCreateEvent.class).isEmpty());
    assertTrue(event.verifiedWith().isEmpty());
  }

  /**
   * GHL's PriceDelete page shows the price's own type where the event name goes: such a delivery
   * names no event, so it is generic, every field kept; the event-named form binds, with priceType.
   */
  @Test
  void aPriceDeliveryShapedLikeGhlsPriceDeleteExampleIsGeneric() {
    WebhookEvent asDocumented = WebhookEvents.parse(bytes("{\"_id\":\"655b33aa2209e60b6adb87a7\",\"locationId\":\"loc1\","
        + "\"product\":\"655b33a82209e60b6adb87a5\",\"name\":\"Red / S\",\"type\":\"one_time\",\"currency\":\"INR\",\"amount\":199999}"));
    assertFalse(asDocumented.isTyped());
    assertEquals("one_time", asDocumented.type().orElseThrow());
    assertEquals("655b33a82209e60b6adb87a5", ((GenericWebhookEvent) asDocumented.payload()).json().get("product").asText());

    WebhookEvent named = WebhookEvents.parse(bytes("{\"type\":\"PriceDelete\",\"_id\":\"p1\",\"product\":\"prod1\","
        + "\"priceType\":\"recurring\"}"));
    PriceDeleteEvent price = named.payload(PriceDeleteEvent.class).orElseThrow();
    assertEquals("recurring", price.getPriceType());
    assertEquals("prod1", price.getProduct());
  }

  @Test
  void noTypeAtAllIsGenericToo() {
    WebhookEvent event = WebhookEvents.parse(bytes("{\"type\":{\"x\":1}}"));
    assertFalse(event.isTyped());
    assertTrue(event.type().isEmpty());
    assertTrue(event.webhookId().isEmpty());
    assertNull(((GenericWebhookEvent) event.payload()).getTimestamp());
  }

  @Test
  void unknownFieldsOfAKnownTypeAreKept() {
    WebhookEvent event = WebhookEvents.parse(bytes(
        "{\"type\":\"ContactCreate\",\"id\":\"c1\",\"addedByGhlLater\":{\"deep\":true},"
            + "\"customFields\":[{\"id\":\"f\",\"value\":\"v\",\"alsoNew\":7}]}"));
    ContactCreateEvent contact = event.payload(ContactCreateEvent.class).orElseThrow();
    assertEquals(Map.of("deep", true), contact.getAdditionalProperties().get("addedByGhlLater"));
    assertEquals(7, contact.getCustomFields().get(0).getAdditionalProperties().get("alsoNew"));
  }

  @Test
  void aBodyThatDoesNotFitItsTypeFallsBackToGeneric() {
    WebhookEvent event = WebhookEvents.parse(bytes("{\"type\":\"InvoicePaid\",\"invoiceItems\":{\"not\":\"a list of objects\"},\"total\":\"lots\"}"));
    assertFalse(event.isTyped());
    assertEquals("InvoicePaid", event.type().orElseThrow());
    assertEquals("lots", event.json().get("total").asText());
    // what did not fit is named (field and type expected), never the value found
    WebhookEvent contact = WebhookEvents.parse(bytes("{\"type\":\"ContactCreate\",\"id\":\"c1\",\"dnd\":\"secret-yes\"}"));
    assertFalse(contact.isTyped());
    assertEquals("ContactCreateEvent.dnd: not a Boolean", contact.bindingProblem().orElseThrow());
    assertTrue(WebhookEvents.parse(bytes("{\"type\":\"ContactCreate\",\"id\":\"c1\"}")).bindingProblem().isEmpty());
    assertTrue(WebhookEvents.parse(bytes("{\"type\":\"Unheard\"}")).bindingProblem().isEmpty(), "no class to fit");
    WebhookRejectedException e = assertThrows(WebhookRejectedException.class, () -> WebhookEvents.parse(
        bytes("{\"type\":\"ContactCreate\",\"customFields\":[{\"id\":\"f\"},{\"id\":{\"secret\":1}}]}"),
        ContactCreateEvent.class));
    assertTrue(e.getMessage().contains("(ContactCreateEvent.customFields[1].id: not a String)"), e.getMessage());
    assertFalse(e.getMessage().contains("secret"), e.getMessage());
  }

  @Test
  void emailAddressesBindAsAListOrASingleString() {
    WebhookEvent listed = WebhookEvents.parse(bytes("{\"type\":\"InboundMessage\",\"messageType\":\"Email\","
        + "\"to\":[\"a@example.com\",\"b@example.com\"],\"cc\":[\"c@example.com\"],\"bcc\":\"d@example.com\"}"));
    InboundMessageEvent in = listed.payload(InboundMessageEvent.class).orElseThrow(() -> new AssertionError(listed.bindingProblem()));
    assertEquals(List.of("a@example.com", "b@example.com"), in.getTo());
    assertEquals(List.of("c@example.com"), in.getCc());
    assertEquals(List.of("d@example.com"), in.getBcc(), "a single string, as GHL's schema has it");
    WebhookEvent out = WebhookEvents.parse(bytes("{\"type\":\"OutboundMessage\",\"to\":\"a@example.com\",\"cc\":[\"c@example.com\"]}"));
    assertEquals(List.of("a@example.com"), out.payload(OutboundMessageEvent.class).orElseThrow().getTo());
  }

  @Test
  void aGivenClassWhateverTheType() {
    ProviderOutboundMessageEvent sms = WebhookEvents.parse(bytes("{\"type\":\"SMS\",\"message\":\"hi\"}"), ProviderOutboundMessageEvent.class);
    assertEquals("hi", sms.getMessage());
    WebhookRejectedException e = assertThrows(WebhookRejectedException.class,
        () -> WebhookEvents.parse(bytes("[secret]"), InvoicePaidEvent.class));
    assertEquals(WebhookRejectionReason.MALFORMED_JSON, e.reason());
    assertFalse(e.getMessage().contains("secret"));
    assertThrows(WebhookRejectedException.class, () -> WebhookEvents.parse(bytes("1"), InvoicePaidEvent.class));
  }

  @Test
  void dispatchByPayloadClass() {
    List<String> seen = new ArrayList<>();
    WebhookDispatcher dispatcher = WebhookDispatcher.builder()
        .on(ContactCreateEvent.class, c -> seen.add("contact " + c.getId()))
        .on(GenericWebhookEvent.class, g -> seen.add("generic " + g.getType()))
        .otherwise(e -> seen.add("other " + e.type().orElse("?")))
        .build();
    assertTrue(dispatcher.dispatch(WebhookEvents.parse(bytes("{\"type\":\"ContactCreate\",\"id\":\"c1\"}"))));
    assertTrue(dispatcher.dispatch(WebhookEvents.parse(bytes("{\"type\":\"Unheard\"}"))));
    assertFalse(dispatcher.dispatch(WebhookEvents.parse(bytes("{\"type\":\"TaskCreate\"}"))));
    assertEquals(List.of("contact c1", "generic Unheard", "other TaskCreate"), seen);
    assertFalse(WebhookDispatcher.builder().build().dispatch(WebhookEvents.parse(bytes("{\"type\":\"TaskCreate\"}"))));
  }

  @Test
  void aHandlerOfAnInterfaceTakesWhatNoClassHandlerTakes() {
    List<String> seen = new ArrayList<>();
    WebhookDispatcher dispatcher = WebhookDispatcher.builder()
        .on(GhlEventPayload.class, p -> seen.add("any " + p.getType()))
        .on(ContactCreateEvent.class, c -> seen.add("contact " + c.getId()))
        .on(GenericWebhookEvent.class, g -> seen.add("generic " + g.getType()))
        .build();
    assertTrue(dispatcher.dispatch(WebhookEvents.parse(bytes("{\"type\":\"ContactCreate\",\"id\":\"c1\"}"))));
    assertTrue(dispatcher.dispatch(WebhookEvents.parse(bytes("{\"type\":\"TaskCreate\"}"))));
    assertTrue(dispatcher.dispatch(WebhookEvents.parse(bytes("{\"type\":\"Unheard\"}"))));
    assertEquals(List.of("contact c1", "any TaskCreate", "generic Unheard"), seen, "its own class first, then the first that takes it");
  }

  @Test
  void everyKnownTypeDispatchesToItsClass() {
    for (String type : WebhookEvents.knownTypes()) {
      WebhookEvent event = WebhookEvents.parse(bytes("{\"type\":\"" + type + "\"}"));
      assertTrue(event.isTyped(), type);
      assertEquals(WebhookEvents.classOf(type), event.payload().getClass());
      assertEquals(type, event.payload().getType());
    }
    assertNull(WebhookEvents.classOf("Nope"));
  }
}
