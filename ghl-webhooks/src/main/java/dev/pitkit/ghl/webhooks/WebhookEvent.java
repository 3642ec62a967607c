package dev.pitkit.ghl.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;

/**
 * A parsed webhook delivery: the typed payload ({@link #payload()}: a generated class such as
 * {@code ContactCreateEvent}, or a {@link GenericWebhookEvent} for a type the spec does not
 * describe), the raw JSON, and what the verifier checked. Immutable; from
 * {@link WebhookVerifier#verify} or, unverified, {@link WebhookEvents#parse(byte[])}.
 */
public final class WebhookEvent {
  private final ObjectNode json;
  private final GhlEventPayload payload;
  private final boolean typed;
  private final String bindingProblem;
  private final Instant timestamp;
  private final SignatureScheme scheme;

  WebhookEvent(ObjectNode json, GhlEventPayload payload, boolean typed, String bindingProblem, Instant timestamp,
      SignatureScheme scheme) {
    this.json = json;
    this.payload = payload;
    this.typed = typed;
    this.bindingProblem = bindingProblem;
    this.timestamp = timestamp;
    this.scheme = scheme;
  }

  WebhookEvent verifiedBy(SignatureScheme by) {
    return new WebhookEvent(json, payload, typed, bindingProblem, timestamp, by);
  }

  /**
   * The payload's {@code type}, e.g. {@code ContactCreate}.
   *
   * @return the type, empty when the payload has none
   */
  public Optional<String> type() {
    return Optional.ofNullable(payload.getType());
  }

  /**
   * The payload: an instance of the generated class its {@code type} selects
   * ({@code dev.pitkit.ghl.webhooks.model}), or a {@link GenericWebhookEvent}.
   *
   * @return the payload, never null
   */
  public GhlEventPayload payload() {
    return payload;
  }

  /**
   * The payload if it is of the given class.
   *
   * @param type e.g. {@code ContactCreateEvent.class}
   * @param <T> the class
   * @return the payload, or empty when it is of another class
   */
  public <T extends GhlEventPayload> Optional<T> payload(Class<T> type) {
    return type.isInstance(payload) ? Optional.of(type.cast(payload)) : Optional.empty();
  }

  /**
   * Whether the payload was bound to its generated class. False for a type the spec does not
   * describe, and for a body that does not fit its type's documented shape (then {@link #payload()}
   * is a {@link GenericWebhookEvent} keeping all of it).
   *
   * @return true when {@link #payload()} is a generated class
   */
  public boolean isTyped() {
    return typed;
  }

  /**
   * Why a payload whose {@code type} the spec describes is not {@link #isTyped() typed}: the field
   * that does not fit its generated class and the type expected there, e.g.
   * {@code "ContactCreateEvent.dnd: not a Boolean"} (never the value found). Worth logging from a
   * dispatcher's {@code otherwise} handler: GHL changed the shape of a field, and the handler of
   * that class did not run.
   *
   * @return the problem; empty when the payload is typed or its type is not one the spec describes
   */
  public Optional<String> bindingProblem() {
    return Optional.ofNullable(bindingProblem);
  }

  /**
   * The payload as a JSON tree, exactly as received (a copy).
   *
   * @return the JSON object
   */
  public ObjectNode json() {
    return json.deepCopy();
  }

  /**
   * The payload's {@code webhookId}.
   *
   * @return the id, empty when the payload has none
   */
  public Optional<String> webhookId() {
    return Optional.ofNullable(payload.getWebhookId());
  }

  /**
   * The payload's {@code timestamp}, read as ISO 8601 (without an offset: UTC), or epoch seconds
   * or milliseconds.
   *
   * @return the instant, empty when the payload has none or it is unreadable
   */
  public Optional<Instant> timestamp() {
    return Optional.ofNullable(timestamp);
  }

  /**
   * The scheme whose signature was verified.
   *
   * @return the scheme; empty for an event parsed without verification
   */
  public Optional<SignatureScheme> verifiedWith() {
    return Optional.ofNullable(scheme);
  }

  /**
   * Names the type, id and scheme only (a payload may carry personal data).
   *
   * @return e.g. {@code WebhookEvent[type=ContactCreate, webhookId=abc, verifiedWith=ED25519]}
   */
  @Override
  public String toString() {
    return "WebhookEvent[type=" + payload.getType() + ", webhookId=" + payload.getWebhookId()
        + ", verifiedWith=" + scheme + "]";
  }
}
