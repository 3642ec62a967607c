package dev.pitkit.ghl.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pitkit.ghl.generated.support.GeneratedApis;
import dev.pitkit.ghl.generated.support.JsonTrees;
import dev.pitkit.ghl.generated.support.SpecFile;
import dev.pitkit.ghl.generated.support.SpecOperation;
import dev.pitkit.ghl.generated.support.TestClients;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the spec survives a trip through the generated model: decoded with the type the
 * generated method declares (found through {@code @GhlOperation}), encoded again with the client's
 * mapper, and compared with the example: no field may be lost or changed. A field the model does
 * not declare, a wrong type, or an enum value the model does not know would all show up here.
 */
class ExampleRoundTripTest {

  private static final ObjectMapper MAPPER = TestClients.mapper();

  static Stream<SpecOperation.Example> responseExamples() {
    return SpecFile.operations().stream().flatMap(op -> op.successExamples().stream());
  }

  static Stream<SpecOperation.Example> requestExamples() {
    return SpecFile.operations().stream().flatMap(op -> op.requestExample().stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("responseExamples")
  void responseExampleSurvivesTheGeneratedResponseType(SpecOperation.Example example) throws Exception {
    Type type = GeneratedApis.responseType(example.operation());
    if (!example.json()) {
      assertRawAnswerType(example, type);
      return;
    }
    assertRoundTrip(example, MAPPER.constructType(type));
  }

  /**
   * A non-JSON answer (CONVENTIONS.md, "Non-JSON answers") is not decoded by Jackson: its method
   * returns {@code byte[]} for {@code format: binary} and {@code String} for text, and its example
   * is a string.
   */
  private static void assertRawAnswerType(SpecOperation.Example example, Type type) {
    assertTrue(example.value().isTextual(), example + ": the example of a non-JSON answer is a string");
    JsonNode schema = dev.pitkit.ghl.generated.support.SpecFile.at(example.schemaPointer()).orElseThrow();
    Type expected = "binary".equals(schema.path("format").asText()) ? byte[].class : String.class;
    assertEquals(expected, type, example + " (" + example.mediaType() + ") returns");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requestExamples")
  void requestExampleSurvivesTheGeneratedBodyType(SpecOperation.Example example) throws Exception {
    Method method = GeneratedApis.positional(example.operation());
    Parameter body = GeneratedApis.bodyParameter(method)
        .orElseThrow(() -> new AssertionError(method + " has no body parameter, but the spec has a request body"));
    assertRoundTrip(example, MAPPER.constructType(body.getParameterizedType()));
  }

  /** The parameterized tests above see every operation: one response example each, and every body. */
  @Test
  void everyOperationHasExamplesToRoundTrip() {
    List<SpecOperation> ops = SpecFile.operations();
    assertFalse(ops.isEmpty(), "operations in the spec");
    for (SpecOperation op : ops) {
      assertTrue(!op.successExamples().isEmpty(), op + " has no 2xx example");
      if (op.multipart()) {
        // no body type to round-trip through (its fields are method parameters), but its example must be there
        assertTrue(op.raw().at("/requestBody/content/multipart~1form-data").has("example"),
            op + " has a multipart request body but no example");
      } else if (op.model().getRequestBody() != null) {
        assertTrue(op.requestExample().isPresent(), op + " has a request body but no example");
      }
    }
  }

  /** Guards the comparison against passing vacuously: a field the model drops, or a changed value, is seen. */
  @Test
  void theComparisonSeesLostAndChangedFieldsButNotNumberFormatting() throws Exception {
    SpecOperation.Example example = SpecFile.operation("searchOpportunities").successExamples().get(0);
    ObjectNode withUnknownField = example.value().deepCopy();
    withUnknownField.withObject("/meta").put("totl", 25);
    Object decoded = MAPPER.readValue(withUnknownField.toString(), MAPPER.constructType(GeneratedApis.responseType(example.operation())));
    JsonNode reencoded = MAPPER.valueToTree(decoded);

    assertEquals(List.of("/meta/totl: lost (expected 25)"), JsonTrees.lostOrChanged(withUnknownField, reencoded));

    ObjectNode changed = example.value().deepCopy();
    ((ObjectNode) changed.withArray("/opportunities").get(0)).put("monetaryValue", 50001);
    assertEquals(List.of("/opportunities/0/monetaryValue: expected 50001, got 50000"),
        JsonTrees.lostOrChanged(changed, example.value()));

    ObjectNode asDecimal = example.value().deepCopy();
    ((ObjectNode) asDecimal.withArray("/opportunities").get(0)).put("monetaryValue", new java.math.BigDecimal("50000.00"));
    assertEquals(List.of(), JsonTrees.lostOrChanged(asDecimal, example.value()), "50000.00 and 50000 are the same number");
  }

  private static void assertRoundTrip(SpecOperation.Example example, JavaType type) throws Exception {
    // a generated model, or Object / Map<String, Model> where the schema is free-form or keyed by date
    assertTrue(type.getRawClass() != void.class && type.getRawClass() != Void.class,
        example + ": the generated method returns nothing, so the example cannot be decoded");
    Object decoded = MAPPER.readValue(example.value().toString(), type);
    JsonNode reencoded = MAPPER.readTree(MAPPER.writeValueAsString(decoded));
    List<String> problems = JsonTrees.lostOrChanged(example.value(), reencoded);
    if (!problems.isEmpty()) {
      fail(example + " (" + example.examplePointer() + ") through " + type.getRawClass().getSimpleName() + ":\n  "
          + String.join("\n  ", problems));
    }
  }
}
