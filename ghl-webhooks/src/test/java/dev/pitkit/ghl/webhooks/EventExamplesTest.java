package dev.pitkit.ghl.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every documented event type parses from its documented example (spec/webhooks/events.yaml, as
 * shipped in the jar): to its generated class, with nothing lost, and the example fits its schema.
 */
class EventExamplesTest {
  private static final String IRI = "https://spec.ghl.invalid/events.json";
  private static final JsonNode SPEC = readSpec();
  private static final ObjectMapper NON_NULL = JsonMapper.builder().build()
      .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
  private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
      b -> b.schemas(Map.of(IRI, withoutExtensions(SPEC).toString())));

  static JsonNode readSpec() {
    try (InputStream in = EventExamplesTest.class.getResourceAsStream("/dev/pitkit/ghl/webhooks/events.yaml")) {
      return new YAMLMapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every example: the schema's own, then components/examples (named after their schema). */
  static Stream<Arguments> examples() {
    List<Arguments> out = new ArrayList<>();
    SPEC.at("/components/schemas").properties().forEach(e ->
        out.add(Arguments.of(e.getKey() + " (example)", e.getKey(), e.getValue().get("example"))));
    SPEC.at("/components/examples").properties().forEach(e ->
        out.add(Arguments.of(e.getKey(), e.getValue().get("x-ghl-event-schema").asText(), e.getValue().get("value"))));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void parsesToItsGeneratedClassWithNothingLost(String name, String schemaName, JsonNode example) throws Exception {
    assertNotNull(example, name + " has no example");
    byte[] body = example.toString().getBytes(StandardCharsets.UTF_8);

    WebhookEvent event = WebhookEvents.parse(body);

    assertTrue(event.isTyped(), name + " did not bind to its class");
    assertEquals(schemaName, event.payload().getClass().getSimpleName());
    assertSame(WebhookEvents.classOf(event.type().orElseThrow()), event.payload().getClass());
    JsonNode back = NON_NULL.valueToTree(event.payload());
    assertTrue(withoutNulls(example).equals(NUMERIC, back),
        name + ": a round trip through " + schemaName + " changed the payload:\n" + example + "\n" + back);
    assertEquals(example, event.json());
    // every field GHL's example shows is a typed property of its class, not left to getAdditionalProperties()
    JsonNode declared = SPEC.at("/components/schemas/" + schemaName + "/properties");
    example.fieldNames().forEachRemaining(field ->
        assertTrue(declared.has(field), name + ": `" + field + "` is in the example but not a property of " + schemaName));

    Schema schema = SCHEMAS.getSchema(SchemaLocation.of(IRI + "#/components/schemas/" + schemaName));
    List<Error> errors = schema.validate(new tools.jackson.databind.json.JsonMapper().readTree(example.toString()));
    assertTrue(errors.isEmpty(), name + " does not fit its schema: " + errors);
  }

  @Test
  void everySchemaNamesItsTypesAndTheGeneratedMapHasExactlyThem() {
    Set<String> declared = new LinkedHashSet<>();
    SPEC.at("/components/schemas").properties().forEach(e -> {
      JsonNode types = e.getValue().get("x-ghl-event-types");
      assertTrue(types != null && types.isArray() && !types.isEmpty(), e.getKey() + " has no x-ghl-event-types");
      types.forEach(t -> {
        assertTrue(declared.add(t.asText()), "type " + t.asText() + " is declared twice");
        assertEquals(e.getKey(), WebhookEvents.classOf(t.asText()).getSimpleName());
      });
      assertTrue(e.getValue().has("example"), e.getKey() + " has no example");
    });
    assertEquals(declared, WebhookEvents.knownTypes());
    assertEquals(58, SPEC.at("/components/schemas").size(), "GHL documents 58 event pages");
    assertFalse(WebhookEvents.knownTypes().contains("NoSuchEvent"));
  }

  private static final Comparator<JsonNode> NUMERIC = (a, b) -> {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  };

  private static JsonNode withoutNulls(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode o) {
      o.properties().removeIf(e -> e.getValue().isNull());
    }
    node.forEach(EventExamplesTest::strip);
  }

  private static JsonNode withoutExtensions(JsonNode spec) {
    JsonNode copy = spec.deepCopy();
    dropX(copy);
    return copy;
  }

  private static void dropX(JsonNode node) {
    if (node instanceof ObjectNode o) {
      o.properties().removeIf(e -> e.getKey().startsWith("x-"));
    }
    node.forEach(EventExamplesTest::dropX);
  }
}
