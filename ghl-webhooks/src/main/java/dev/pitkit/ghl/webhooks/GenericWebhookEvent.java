package dev.pitkit.ghl.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The payload of an event whose {@code type} the spec does not describe (or whose body does not fit
 * its documented shape): the whole JSON object, kept as received. Never an error: GHL adds event
 * types without notice.
 */
public final class GenericWebhookEvent implements GhlEventPayload {
  private final ObjectNode json;

  GenericWebhookEvent(ObjectNode json) {
    this.json = json;
  }

  /**
   * The payload as a JSON tree (a copy: changing it changes nothing here).
   *
   * @return the JSON object
   */
  public ObjectNode json() {
    return json.deepCopy();
  }

  @Override
  public String getType() {
    return text("type");
  }

  @Override
  public String getTimestamp() {
    return text("timestamp");
  }

  @Override
  public String getWebhookId() {
    return text("webhookId");
  }

  /**
   * Every field of the payload, as Jackson maps JSON to Java (maps, lists, strings, numbers, booleans).
   *
   * @return the fields by name, in the payload's order, unmodifiable
   */
  @Override
  public Map<String, Object> getAdditionalProperties() {
    Map<String, Object> fields = new LinkedHashMap<>();
    json.properties().forEach(e -> fields.put(e.getKey(), WebhookEvents.MAPPER.convertValue(e.getValue(), Object.class)));
    return Collections.unmodifiableMap(fields);
  }

  private String text(String field) {
    JsonNode node = json.get(field);
    return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
  }

  /**
   * Names the type only (a payload may carry personal data).
   *
   * @return e.g. {@code GenericWebhookEvent[type=NewThing]}
   */
  @Override
  public String toString() {
    return "GenericWebhookEvent[type=" + getType() + "]";
  }
}
