package dev.pitkit.ghl.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The testkit's own JSON helpers (plain Jackson; WireMock's Jackson is relocated and never mixed in). */
public final class Json {
  /** A plain mapper; thread-safe once configured. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** Parses JSON text, failing with an unchecked exception. */
  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Compact JSON text. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The node at a dotted path ({@code meta.startAfterId}), or a missing node. */
  public static JsonNode at(JsonNode root, String dottedPath) {
    JsonNode n = root;
    for (String key : dottedPath.isEmpty() ? new String[0] : dottedPath.split("\\.")) { // empty: the root
      n = n.path(key);
    }
    return n;
  }

  /** Sets the value at a dotted path, creating intermediate objects; returns the parent object. */
  public static ObjectNode set(ObjectNode root, String dottedPath, JsonNode value) {
    String[] keys = dottedPath.split("\\.");
    ObjectNode parent = root;
    for (int i = 0; i < keys.length - 1; i++) {
      JsonNode child = parent.get(keys[i]);
      parent = child instanceof ObjectNode o ? o : parent.putObject(keys[i]);
    }
    parent.set(keys[keys.length - 1], value);
    return parent;
  }

  /** Removes the field at a dotted path, if there. */
  public static void remove(ObjectNode root, String dottedPath) {
    ObjectNode parent = parentOf(root, dottedPath);
    if (parent != null) {
      parent.remove(dottedPath.substring(dottedPath.lastIndexOf('.') + 1));
    }
  }

  /** Sets the value at a dotted path, or removes the field when {@code value} is null or JSON null. */
  public static void setOrRemove(ObjectNode root, String dottedPath, JsonNode value) {
    if (value == null || value.isNull()) {
      remove(root, dottedPath);
    } else {
      set(root, dottedPath, value);
    }
  }

  /** The parent object of a dotted path, or null when it does not exist. */
  public static ObjectNode parentOf(ObjectNode root, String dottedPath) {
    int dot = dottedPath.lastIndexOf('.');
    if (dot < 0) {
      return root;
    }
    JsonNode p = at(root, dottedPath.substring(0, dot));
    return p instanceof ObjectNode o ? o : null;
  }
}
