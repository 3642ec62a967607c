package dev.pitkit.ghl.webhooks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pitkit.ghl.webhooks.model.GhlWebhookEventTypes;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Parsing of webhook bodies into typed events, dispatched by the payload's {@code type} through
 * the generated {@link GhlWebhookEventTypes}. {@link WebhookVerifier} uses it after checking the
 * signature; call it yourself only for bodies you trust (tests, a queue you fill after verifying).
 */
public final class WebhookEvents {
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private WebhookEvents() {}

  /**
   * Every event type the spec describes.
   *
   * @return the payload {@code type} values, in the spec's order
   */
  public static Set<String> knownTypes() {
    return GhlWebhookEventTypes.byType().keySet();
  }

  /**
   * The generated class of an event type.
   *
   * @param type a payload {@code type}, e.g. {@code ContactCreate}
   * @return the class, or null for a type the spec does not describe
   */
  public static Class<? extends GhlEventPayload> classOf(String type) {
    return GhlWebhookEventTypes.byType().get(type);
  }

  /**
   * Parses a body without verifying anything. An unknown {@code type}, or a body that does not fit
   * its type's shape, gives a {@link GenericWebhookEvent}; unknown fields are kept.
   *
   * @param body the raw body
   * @return the event
   * @throws WebhookRejectedException with {@link WebhookRejectionReason#MALFORMED_JSON} when the
   *     body is not one JSON object
   */
  public static WebhookEvent parse(byte[] body) {
    return parseVerified(body, null);
  }

  static WebhookEvent parseVerified(byte[] body, SignatureScheme scheme) {
    ObjectNode json;
    try {
      JsonNode tree = MAPPER.readTree(body);
      if (tree == null || !tree.isObject()) {
        throw new WebhookRejectedException(WebhookRejectionReason.MALFORMED_JSON, "the body is not a JSON object");
      }
      json = (ObjectNode) tree;
    } catch (IOException e) {
      // the parser's message may quote the body: it is not passed on
      throw new WebhookRejectedException(WebhookRejectionReason.MALFORMED_JSON, "the body is not valid JSON");
    }
    JsonNode typeNode = json.get("type");
    Class<? extends GhlEventPayload> type = typeNode != null && typeNode.isTextual() ? classOf(typeNode.asText()) : null;
    GhlEventPayload payload = null;
    String problem = null;
    if (type != null) {
      try {
        payload = MAPPER.treeToValue(json, type);
      } catch (IOException | IllegalArgumentException e) {
        problem = mismatch(e, type);   // the documented shape does not fit: keep it all, generically
      }
    }
    boolean typed = payload != null;
    if (!typed) {
      payload = new GenericWebhookEvent(json);
    }
    return new WebhookEvent(json, payload, typed, problem, instant(json.get("timestamp")), scheme);
  }

  /**
   * Where a body does not fit {@code type}: {@code "ContactCreateEvent.dnd: not a Boolean"}. Names the
   * field and the type expected, never the value found (it is the payload's).
   */
  static String mismatch(Exception e, Class<?> type) {
    StringBuilder where = new StringBuilder(type.getSimpleName());
    Class<?> expected = null;
    if (e instanceof JsonMappingException m) {
      for (JsonMappingException.Reference ref : m.getPath()) {
        if (ref.getFieldName() != null) {
          where.append('.').append(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          where.append('[').append(ref.getIndex()).append(']');
        }
      }
      expected = e instanceof MismatchedInputException mi ? mi.getTargetType() : null;
    }
    return where + (expected != null ? ": not " + article(expected.getSimpleName()) : ": does not fit");
  }

  private static String article(String noun) {
    return ("AEIOU".indexOf(noun.isEmpty() ? 'x' : noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  /**
   * Binds a body to a given class, whatever its {@code type} says (e.g. a conversation provider's
   * delivery URL, whose payloads carry the channel in {@code type}).
   *
   * @param body the raw body
   * @param type the class
   * @param <T> the class
   * @return the payload
   * @throws WebhookRejectedException with {@link WebhookRejectionReason#MALFORMED_JSON} when the
   *     body is not a JSON object of that shape
   */
  public static <T extends GhlEventPayload> T parse(byte[] body, Class<T> type) {
    try {
      JsonNode tree = MAPPER.readTree(body);
      if (tree == null || !tree.isObject()) {
        throw new WebhookRejectedException(WebhookRejectionReason.MALFORMED_JSON, "the body is not a JSON object");
      }
      return MAPPER.treeToValue(tree, type);
    } catch (IOException | IllegalArgumentException e) {
      throw new WebhookRejectedException(WebhookRejectionReason.MALFORMED_JSON,
          "the body is not a JSON object of the shape of " + type.getSimpleName() + " (" + mismatch(e, type) + ")");
    }
  }

  static Instant instant(JsonNode node) {
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    if (node.isNumber()) {
      return node.canConvertToLong() ? epoch(node.asLong()) : null;
    }
    String text = node.asText().trim();
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      // not ISO 8601 with an offset: without one (read as UTC), or epoch digits?
    }
    try {
      return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      // epoch digits?
    }
    if (!text.isEmpty() && text.length() <= 16 && text.chars().allMatch(Character::isDigit)) {
      return epoch(Long.parseLong(text));
    }
    return null;
  }

  /** Epoch millis when too large for seconds of our era, else seconds; null outside {@code Instant}'s range. */
  private static Instant epoch(long value) {
    try {
      return value > 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    } catch (DateTimeException e) {
      return null; // e.g. -10^18 seconds: no readable timestamp, refused as such, not a raw exception
    }
  }
}
