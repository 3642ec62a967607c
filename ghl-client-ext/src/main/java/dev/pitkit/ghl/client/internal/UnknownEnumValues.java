package dev.pitkit.ghl.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitkit.ghl.client.error.GhlValidationException.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A generated enum decodes a value the spec does not list as {@code UNKNOWN_DEFAULT_OPEN_API}, so
 * that an answer GHL extended still parses. That constant is no value of GHL's: sent back in a
 * request body (a model read and written again, or {@code fromValue} given a misspelt value), it
 * would reach GHL as {@code "unknown_default_open_api"}. It is refused before sending, naming where
 * it is. (Enum parameters are strings in the generated API: only bodies carry enum constants.)
 */
final class UnknownEnumValues {
  private static final String WIRE = "unknown_default_open_api";
  private static final String MESSAGE = "is UNKNOWN_DEFAULT_OPEN_API, which stands for a value the spec does not list"
      + " (read from an answer, or fromValue given an unknown one); it cannot be sent";

  private UnknownEnumValues() {}

  /** Where in a JSON body the constant's wire value is ({@code body.status}), or null: a text search first. */
  static Violation inBody(byte[] json) {
    if (!new String(json, StandardCharsets.ISO_8859_1).contains('"' + WIRE + '"')) {
      return null;
    }
    try {
      String path = pathOf(ClientJson.MAPPER.readTree(json), "body");
      return new Violation(path != null ? path : "body", MESSAGE);
    } catch (IOException e) {
      return new Violation("body", MESSAGE);
    }
  }

  private static String pathOf(JsonNode node, String at) {
    String found = WIRE.equals(node.textValue()) ? at : null;
    for (int i = 0; found == null && i < (node.isArray() ? node.size() : 0); i++) {
      found = pathOf(node.get(i), at + "[" + i + "]");
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) { // none unless an object
      found = found != null ? found : pathOf(e.getValue(), at + "." + e.getKey());
    }
    return found;
  }
}
