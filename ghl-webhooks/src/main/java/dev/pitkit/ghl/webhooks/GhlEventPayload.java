package dev.pitkit.ghl.webhooks;

import java.util.Map;

/**
 * The payload of a GHL webhook event. Every generated event class
 * ({@code dev.pitkit.ghl.webhooks.model.ContactCreateEvent}, ...) implements it, and so does
 * {@link GenericWebhookEvent}, the payload of a type the spec does not describe.
 */
public interface GhlEventPayload {
  /**
   * The payload's {@code type} field, e.g. {@code ContactCreate} or {@code INSTALL}.
   *
   * @return the event type, or null when the payload has none
   */
  String getType();

  /**
   * The payload's {@code timestamp} field (ISO 8601) as GHL sent it.
   *
   * @return the timestamp text, or null when the payload has none
   */
  String getTimestamp();

  /**
   * The payload's {@code webhookId} field: unique per delivery.
   *
   * @return the webhook id, or null when the payload has none
   */
  String getWebhookId();

  /**
   * The fields of the payload that its class does not declare (all of them for a
   * {@link GenericWebhookEvent}), so nothing GHL adds is lost.
   *
   * @return the undeclared fields by name; null or empty when there are none
   */
  Map<String, Object> getAdditionalProperties();
}
