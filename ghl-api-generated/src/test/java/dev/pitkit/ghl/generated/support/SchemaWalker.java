package dev.pitkit.ghl.generated.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Visits every schema object written in the spec (component schemas, parameter / request body /
 * response schemas, and their nested {@code properties}, {@code items}, {@code additionalProperties}
 * and combinator members) with its JSON pointer. {@code $ref} nodes are visited but not followed.
 */
public final class SchemaWalker {

  private SchemaWalker() {}

  public static void forEachSchema(JsonNode spec, BiConsumer<String, JsonNode> visitor) {
    JsonNode schemas = spec.path("components").path("schemas");
    for (String name : SpecFile.fieldNames(schemas)) {
      walk(SpecFile.pointer("components", "schemas", name), schemas.get(name), visitor);
    }
    JsonNode responses = spec.path("components").path("responses");
    for (String name : SpecFile.fieldNames(responses)) {
      content(SpecFile.pointer("components", "responses", name), responses.get(name), visitor);
    }
    JsonNode parameters = spec.path("components").path("parameters");
    for (String name : SpecFile.fieldNames(parameters)) {
      parameter(SpecFile.pointer("components", "parameters", name), parameters.get(name), visitor);
    }
    JsonNode paths = spec.path("paths");
    for (String path : SpecFile.fieldNames(paths)) {
      JsonNode item = paths.get(path);
      String itemPointer = SpecFile.pointer("paths", path);
      parameters(itemPointer, item, visitor);
      for (String method : SpecFile.fieldNames(item)) {
        if (!Map.of("get", 1, "put", 1, "post", 1, "delete", 1, "patch", 1, "head", 1, "options", 1)
            .containsKey(method.toLowerCase(Locale.ROOT))) {
          continue;
        }
        JsonNode op = item.get(method);
        String opPointer = itemPointer + "/" + method;
        parameters(opPointer, op, visitor);
        if (op.has("requestBody")) {
          content(opPointer + "/requestBody", op.get("requestBody"), visitor);
        }
        for (String status : SpecFile.fieldNames(op.path("responses"))) {
          content(opPointer + "/responses/" + status, op.get("responses").get(status), visitor);
        }
      }
    }
  }

  private static void parameters(String pointer, JsonNode owner, BiConsumer<String, JsonNode> visitor) {
    JsonNode params = owner.path("parameters");
    for (int i = 0; i < params.size(); i++) {
      parameter(pointer + "/parameters/" + i, params.get(i), visitor);
    }
  }

  private static void parameter(String pointer, JsonNode parameter, BiConsumer<String, JsonNode> visitor) {
    if (parameter.has("schema")) {
      walk(pointer + "/schema", parameter.get("schema"), visitor);
    }
  }

  private static void content(String pointer, JsonNode owner, BiConsumer<String, JsonNode> visitor) {
    JsonNode content = owner.path("content");
    for (String media : SpecFile.fieldNames(content)) {
      JsonNode schema = content.get(media).get("schema");
      if (schema != null) {
        walk(pointer + "/content/" + SpecFile.escape(media) + "/schema", schema, visitor);
      }
    }
  }

  private static void walk(String pointer, JsonNode schema, BiConsumer<String, JsonNode> visitor) {
    if (!schema.isObject()) {
      return;
    }
    visitor.accept(pointer, schema);
    JsonNode properties = schema.path("properties");
    for (String name : SpecFile.fieldNames(properties)) {
      walk(pointer + "/properties/" + SpecFile.escape(name), properties.get(name), visitor);
    }
    if (schema.has("items")) {
      walk(pointer + "/items", schema.get("items"), visitor);
    }
    if (schema.path("additionalProperties").isObject()) {
      walk(pointer + "/additionalProperties", schema.get("additionalProperties"), visitor);
    }
    if (schema.has("not")) {
      walk(pointer + "/not", schema.get("not"), visitor);
    }
    for (String combinator : new String[] {"allOf", "oneOf", "anyOf"}) {
      JsonNode members = schema.path(combinator);
      for (int i = 0; i < members.size(); i++) {
        walk(pointer + "/" + combinator + "/" + i, members.get(i), visitor);
      }
    }
  }
}
