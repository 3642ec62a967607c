package dev.pitkit.ghl.generated;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pitkit.ghl.generated.support.SchemaValidator;
import dev.pitkit.ghl.generated.support.SchemaWalker;
import dev.pitkit.ghl.generated.support.SpecFile;
import dev.pitkit.ghl.generated.support.SpecOperation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The conventions of {@code spec/CONVENTIONS.md} that a machine can check, over the whole spec.
 * Each test collects every violation first and fails once, listing them as
 * {@code <operationId or pointer>: <problem>}.
 */
class SpecLintTest {

  private static final Pattern LOWER_CAMEL = Pattern.compile("[a-z][a-zA-Z0-9]*");
  private static final Set<String> TOKENS = Set.of("agency", "sub-account", "maton");
  private static final Set<String> TAGS_ON_OLD_VERSION = Set.of("Calendars", "Conversations", "KnowledgeBase", "ConversationAi",
      "VoiceAi", "AgentStudio", "Saas");
  private static final List<String> PAGINATION_KEYS =
      List.of("style", "itemsPath", "limitParam", "offsetParam", "cursor", "hasMorePath");
  private static final Set<String> PAGINATION_STYLES = Set.of("cursor", "page", "offset", "skip", "message", "increment",
      "lastItem");
  private static final List<String> GHL_ERRORS = List.of("400", "401", "403", "404", "422", "429");
  private static final List<String> MATON_ERRORS = List.of("400", "401", "404", "429");
  private static final String JSON = "application/json";
  private static final String MULTIPART = "multipart/form-data";

  @Test
  void specParsesWithoutMessages() {
    assertNoViolations("swagger-parser messages", SpecFile.parserMessages());
  }

  @Test
  void operationsFollowTheConventions() {
    List<String> violations = new ArrayList<>();
    Map<String, String> seenIds = new HashMap<>();
    Set<String> declaredTags = new LinkedHashSet<>(SpecFile.tags());
    for (SpecOperation op : SpecFile.operations()) {
      String id = op.operationId();
      String who = (id == null ? op.method() + " " + op.path() : id) + " " + op.pointer();
      if (id == null || id.isBlank()) {
        violations.add(who + ": no operationId");
      } else {
        if (!LOWER_CAMEL.matcher(id).matches()) {
          violations.add(who + ": operationId is not lowerCamelCase");
        }
        String previous = seenIds.put(id, op.pointer());
        if (previous != null) {
          violations.add(who + ": operationId also used by " + previous);
        }
      }
      List<String> tags = op.model().getTags() == null ? List.of() : op.model().getTags();
      if (tags.size() != 1) {
        violations.add(who + "/tags: expected exactly one tag, found " + tags);
      } else if (!declaredTags.contains(tags.get(0))) {
        violations.add(who + "/tags: tag " + tags.get(0) + " is not declared in the top-level tags");
      }
      String summary = op.model().getSummary();
      if (summary == null || summary.isBlank()) {
        violations.add(who + "/summary: missing");
      } else if (summary.contains("\n")) {
        violations.add(who + "/summary: not one line");
      }
      checkExtensions(op, who, violations);
      checkDeprecation(op, who, violations);
      checkResponses(op, who, violations);
      checkRequestBody(op, who, violations);
      checkPagination(op, who, violations);
      checkRequireOneOf(op, who, violations);
      checkTogether(op, who, violations);
      checkRange(op, who, violations);
    }
    assertNoViolations("operation conventions", violations);
  }

  @Test
  void everyDeclaredTagHasOperations() {
    Set<String> used = SpecFile.operations().stream().map(SpecOperation::tag).collect(Collectors.toSet());
    List<String> violations = SpecFile.tags().stream().filter(t -> !used.contains(t))
        .map(t -> "#/tags: tag " + t + " has no operation").toList();
    assertNoViolations("tags", violations);
  }

  @Test
  void everyComponentSchemaIsUsed() {
    JsonNode spec = SpecFile.tree();
    Set<String> reachable = new TreeSet<>();
    Deque<String> work = new ArrayDeque<>();
    // roots: everything outside components/schemas (paths, and components/responses|parameters|...)
    collectRefs(spec.path("paths"), work);
    spec.path("components").properties().forEach(e -> {
      if (!e.getKey().equals("schemas")) {
        collectRefs(e.getValue(), work);
      }
    });
    while (!work.isEmpty()) {
      String ref = work.pop();
      if (ref.startsWith("#/components/schemas/") && reachable.add(ref)) {
        SpecFile.at(ref).ifPresent(schema -> collectRefs(schema, work));
      }
    }
    List<String> violations = new ArrayList<>();
    for (String name : SpecFile.fieldNames(spec.path("components").path("schemas"))) {
      String pointer = SpecFile.pointer("components", "schemas", name);
      if (!reachable.contains(pointer)) {
        violations.add(pointer + ": schema is not used by any operation");
      }
    }
    assertNoViolations("unused component schemas", violations);
  }

  /**
   * The generator initializes a model field with its schema {@code default}, so a default anywhere in
   * a request body would be sent on every request, whether the caller set it or not (and would break
   * "send only what was set" for updates). Defaults belong in descriptions there.
   */
  @Test
  void requestBodySchemasDeclareNoDefaults() {
    Set<String> violations = new TreeSet<>();
    for (SpecOperation op : SpecFile.operations()) {
      JsonNode schema = op.raw().path("requestBody").path("content").path(JSON).get("schema");
      if (schema != null) {
        String pointer = op.pointer() + "/requestBody/content/" + SpecFile.escape(JSON) + "/schema";
        visitSchemas(pointer, schema, new TreeSet<>(), (where, s) -> {
          if (s.has("default")) {
            violations.add(where + "/default: " + s.get("default") + " would be sent on every request");
          }
        });
      }
    }
    assertNoViolations("defaults in request bodies", new ArrayList<>(violations));
  }

  /**
   * GHL leaves fields out of its answers freely, so no schema an answer reaches lists {@code required}
   * (spec/CONVENTIONS.md): not the answer's own, nor a nested one it shares with a request body.
   */
  @Test
  void schemasOfAnswersListNoRequiredFields() {
    Set<String> violations = new TreeSet<>();
    for (SpecOperation op : SpecFile.operations()) {
      for (String code : SpecFile.fieldNames(op.raw().path("responses"))) {
        JsonNode content = SpecFile.deref(op.raw().path("responses").path(code)).path("content");
        for (String type : code.startsWith("2") ? SpecFile.fieldNames(content) : List.<String>of()) {
          String pointer = op.pointer() + "/responses/" + code + "/content/" + SpecFile.escape(type) + "/schema";
          visitSchemas(pointer, content.path(type).path("schema"), new TreeSet<>(), (where, s) -> {
            if (s.path("required").isArray() && !s.path("required").isEmpty()) {
              violations.add(where + "/required: " + s.get("required") + " (reached by " + op.operationId() + "'s " + code + ")");
            }
          });
        }
      }
    }
    assertNoViolations("required fields in schemas of answers", new ArrayList<>(violations));
  }

  /** Visits {@code schema} and every schema inside it, following each {@code $ref} once. */
  private static void visitSchemas(String pointer, JsonNode schema, Set<String> seen, java.util.function.BiConsumer<String, JsonNode> visitor) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      if (seen.add(ref)) {
        SpecFile.at(ref).ifPresent(target -> visitSchemas(ref, target, seen, visitor));
      }
      return;
    }
    visitor.accept(pointer, schema);
    for (String name : SpecFile.fieldNames(schema.path("properties"))) {
      visitSchemas(pointer + "/properties/" + SpecFile.escape(name), schema.get("properties").get(name), seen, visitor);
    }
    if (schema.has("items")) {
      visitSchemas(pointer + "/items", schema.get("items"), seen, visitor);
    }
    if (schema.path("additionalProperties").isObject()) {
      visitSchemas(pointer + "/additionalProperties", schema.get("additionalProperties"), seen, visitor);
    }
    for (String combiner : List.of("allOf", "oneOf", "anyOf")) {
      for (int i = 0; i < schema.path(combiner).size(); i++) {
        visitSchemas(pointer + "/" + combiner + "/" + i, schema.get(combiner).get(i), seen, visitor);
      }
    }
  }

  /**
   * {@code x-ghl-request-required: true} marks a property GHL requires when a request sends its
   * object, on a schema an answer also reaches (which therefore lists no {@code required}): the
   * generated getter gets {@code @NotNull}, checked on request bodies only. Only {@code true}, on
   * a property that is not a bare {@code $ref} (its siblings would be dropped), of a schema that
   * an answer reaches (a request-only schema says {@code required}).
   */
  @Test
  void requestRequiredMarksSitOnPropertiesOfSchemasAnswersShare() {
    Set<String> answered = answeredSchemas(code -> code.startsWith("2"));
    List<String> violations = new ArrayList<>();
    int[] marks = {0};
    JsonNode schemas = SpecFile.tree().path("components").path("schemas");
    SchemaWalker.forEachSchema(SpecFile.tree(), (pointer, schema) -> {
      for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
        JsonNode mark = property.getValue().get("x-ghl-request-required");
        if (mark == null) {
          continue;
        }
        marks[0]++;
        String where = pointer + "/properties/" + SpecFile.escape(property.getKey());
        if (!mark.isBoolean() || !mark.asBoolean()) {
          violations.add(where + ": x-ghl-request-required is true or absent, was " + mark);
        }
        if (property.getValue().has("$ref")) {
          violations.add(where + ": x-ghl-request-required beside a $ref is dropped by the generator");
        }
        String schemaName = pointer.startsWith("#/components/schemas/") ? pointer.substring("#/components/schemas/".length()) : null;
        if (schemaName == null || schemaName.contains("/") || !schemas.has(schemaName)) {
          violations.add(where + ": x-ghl-request-required belongs on a property of a named component schema");
        } else if (!answered.contains("#/components/schemas/" + schemaName)) {
          violations.add(where + ": no answer reaches " + schemaName + ", so list the field in its required instead");
        }
      }
    });
    assertTrue(marks[0] > 0, "no x-ghl-request-required in the spec: this check would pass vacuously");
    assertNoViolations("x-ghl-request-required marks", violations);
  }

  /** The schemas (by pointer) the answers of the given status codes reach, through every $ref. */
  private static Set<String> answeredSchemas(java.util.function.Predicate<String> codes) {
    Set<String> answered = new TreeSet<>();
    for (SpecOperation op : SpecFile.operations()) {
      for (String code : SpecFile.fieldNames(op.raw().path("responses"))) {
        JsonNode content = SpecFile.deref(op.raw().path("responses").path(code)).path("content");
        for (String type : codes.test(code) ? SpecFile.fieldNames(content) : List.<String>of()) {
          visitSchemas("", content.path(type).path("schema"), answered, (where, s) -> { });
        }
      }
    }
    return answered;
  }

  /**
   * {@code x-is-jackson-optional-nullable: true} (the generator's own extension: a {@code JsonNullable}
   * field, sent as null when set to null, not sent when never set) marks a request field GHL clears
   * when it is sent null. It needs {@code nullable: true}, an optional property, and its schema's
   * {@code x-jackson-optional-nullable-helpers: true} (the imports and equals helpers the model
   * template writes); and it sits on request schemas only, which no answer reaches: an answer's model
   * would hand a JsonNullable to applications' own mappers.
   */
  @Test
  void clearableFieldsAreOptionalNullableFieldsOfRequestOnlySchemas() {
    Set<String> answered = answeredSchemas(code -> true);
    List<String> violations = new ArrayList<>();
    int[] marks = {0};
    SchemaWalker.forEachSchema(SpecFile.tree(), (pointer, schema) -> {
      boolean helpers = schema.path("x-jackson-optional-nullable-helpers").asBoolean(false);
      boolean any = false;
      for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
        if (!property.getValue().path("x-is-jackson-optional-nullable").asBoolean(false)) {
          continue;
        }
        any = true;
        marks[0]++;
        String where = pointer + "/properties/" + SpecFile.escape(property.getKey());
        if (!property.getValue().path("nullable").asBoolean(false)) {
          violations.add(where + ": x-is-jackson-optional-nullable without nullable: true");
        }
        if (!property.getValue().has("type")) { // a $ref's extensions are dropped; a free-form field starts as of(null)
          violations.add(where + ": x-is-jackson-optional-nullable needs a typed property (the generator would always send null)");
        }
        for (JsonNode required : schema.path("required")) {
          if (required.asText().equals(property.getKey())) {
            violations.add(where + ": a required property is sent as it is (null too): no JsonNullable");
          }
        }
        if (answered.contains(pointer)) {
          violations.add(where + ": an answer reaches this schema: keep JsonNullable to request-only schemas");
        }
      }
      if (any != helpers) {
        violations.add(pointer + ": x-jackson-optional-nullable-helpers goes with x-is-jackson-optional-nullable properties, "
            + (any ? "missing" : "without any"));
      }
    });
    assertTrue(marks[0] > 0, "no x-is-jackson-optional-nullable in the spec: this check would pass vacuously");
    assertNoViolations("clearable (JsonNullable) fields", violations);
  }

  /**
   * The generated Javadoc takes descriptions as they are (lines included): a {@code *}{@code /} would
   * end the comment (the build breaks) and a line starting with {@code @} would become a Javadoc tag
   * (the text silently moves or vanishes).
   */
  @Test
  void descriptionsAreSafeInJavadoc() {
    List<String> violations = new ArrayList<>();
    int[] descriptions = {0};
    collectDescriptions(SpecFile.tree(), "", (where, text) -> {
      descriptions[0]++;
      if (text.contains("*/")) {
        violations.add(where + ": contains */");
      }
      if (text.lines().anyMatch(line -> line.strip().startsWith("@"))) {
        violations.add(where + ": a line starts with @");
      }
    });
    assertTrue(descriptions[0] > 1000, "descriptions found: " + descriptions[0]);
    assertNoViolations("descriptions in Javadoc", violations);
  }

  private static void collectDescriptions(JsonNode node, String where,
      java.util.function.BiConsumer<String, String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if ((e.getKey().equals("description") || e.getKey().equals("summary")) && e.getValue().isTextual()) {
          out.accept(where + "/" + e.getKey(), e.getValue().asText());
        } else {
          collectDescriptions(e.getValue(), where + "/" + SpecFile.escape(e.getKey()), out);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectDescriptions(node.get(i), where + "/" + i, out);
      }
    }
  }

  /** A property name that says it holds a credential: its value must not be printed. */
  private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|apikey|api_key|privatekey).*");

  /**
   * A string property named like a credential (a user's password, a Twilio auth token, a provider's
   * API key) has {@code format: password}, so the generated {@code toString()} prints {@code *} for
   * it instead of the value (models are logged; a secret in a log outlives the request).
   */
  @Test
  void credentialPropertiesAreNeverPrinted() {
    List<String> violations = new ArrayList<>();
    int[] secrets = {0};
    SchemaWalker.forEachSchema(SpecFile.tree(), (pointer, schema) -> {
      for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
        JsonNode p = property.getValue();
        if (SECRET_NAME.matcher(property.getKey()).matches() && "string".equals(p.path("type").asText())) {
          secrets[0]++;
          if (!"password".equals(p.path("format").asText())) {
            violations.add(pointer + "/properties/" + SpecFile.escape(property.getKey()) + ": a credential without format: password");
          }
        }
      }
    });
    assertTrue(secrets[0] > 0, "no credential property in the spec: this check would pass vacuously");
    assertNoViolations("credential properties", violations);
  }

  @Test
  void mediaTypeExamplesValidateAgainstTheirSchemas() {
    SchemaValidator validator = validator();
    SchemaValidator requestValidator = requestValidator();
    List<String> violations = new ArrayList<>();
    int checked = 0;
    for (SpecOperation op : SpecFile.operations()) {
      List<SpecOperation.Example> examples = new ArrayList<>(op.successExamples());
      for (SpecOperation.Example example : examples) {
        checked++;
        validator.validate(example.schemaPointer(), example.value(),
            error -> violations.add(op.operationId() + " " + example.examplePointer() + " " + error));
      }
      if (op.requestExample().isPresent()) { // a request also sends what x-ghl-request-required marks
        SpecOperation.Example example = op.requestExample().get();
        checked++;
        requestValidator.validate(example.schemaPointer(), example.value(),
            error -> violations.add(op.operationId() + " " + example.examplePointer() + " " + error));
      }
    }
    assertTrue(checked >= SpecFile.operations().size(), "expected at least one example per operation, checked " + checked);
    assertNoViolations("media-type examples against their schemas", violations);
  }

  @Test
  void schemaAndParameterExamplesValidateAgainstTheirSchemas() {
    SchemaValidator validator = validator();
    List<String> violations = new ArrayList<>();
    SchemaWalker.forEachSchema(SpecFile.tree(), (pointer, schema) -> {
      if (schema.has("example")) {
        validator.validate(pointer, schema.get("example"),
            error -> violations.add(pointer + "/example " + error));
      }
    });
    for (SpecOperation op : SpecFile.operations()) {
      for (Parameter p : op.parameters()) {
        op.rawParameter(p.getName(), p.getIn()).filter(raw -> raw.node().has("example")).ifPresent(raw ->
            validator.validate(raw.pointer() + "/schema", raw.node().get("example"),
                error -> violations.add(op.operationId() + " " + raw.pointer() + "/example " + error)));
      }
    }
    assertNoViolations("schema-level and parameter examples against their schemas", violations);
  }

  /**
   * An open enum ({@code x-extensible-enum}, CONVENTIONS.md "Schemas"): a plain string whose known
   * values are listed, never a closed {@code enum} (the generator would make it a Java enum a caller
   * cannot extend), the values unique non-blank strings, the example one of them.
   */
  @Test
  void extensibleEnumsAreOpenStringsListingTheirKnownValues() {
    List<String> violations = new ArrayList<>();
    int[] seen = {0};
    SchemaWalker.forEachSchema(SpecFile.tree(), (pointer, schema) -> {
      JsonNode known = schema.get("x-extensible-enum");
      if (known == null) {
        return;
      }
      seen[0]++;
      if (!"string".equals(schema.path("type").asText())) {
        violations.add(pointer + ": x-extensible-enum on a schema that is not type: string");
      }
      if (schema.has("enum")) {
        violations.add(pointer + ": x-extensible-enum and a closed enum together");
      }
      Set<String> values = new LinkedHashSet<>();
      if (!known.isArray() || known.isEmpty()) {
        violations.add(pointer + "/x-extensible-enum: expected a non-empty list");
      } else {
        for (JsonNode v : known) {
          if (!v.isTextual() || v.asText().isBlank() || !values.add(v.asText())) {
            violations.add(pointer + "/x-extensible-enum: " + v + " is blank, not a string or repeated");
          }
        }
      }
      if (schema.has("example") && !values.contains(schema.get("example").asText())) {
        violations.add(pointer + "/example: " + schema.get("example") + " is not one of the known values");
      }
    });
    assertTrue(seen[0] > 0, "no x-extensible-enum in the spec: this check would pass vacuously");
    assertNoViolations("x-extensible-enum", violations);
  }

  /**
   * A parameter's closed {@code enum} becomes a {@code @Pattern} of its values joined by {@code |}
   * ({@code ghlParamConstraints.mustache}), unquoted: each value must be a plain word, or the regular
   * expression (and the Java string holding it) would read it otherwise. Only string enums get one.
   */
  @Test
  void parameterEnumValuesArePlainWords() {
    List<String> violations = new ArrayList<>();
    int[] seen = {0};
    SchemaWalker.forEachSchema(SpecFile.tree(), (pointer, schema) -> {
      if (!pointer.contains("/parameters/") || !schema.has("enum")) {
        return;
      }
      seen[0]++;
      if (!"string".equals(schema.path("type").asText())) {
        violations.add(pointer + ": a parameter enum that is not type: string");
      }
      for (JsonNode v : schema.get("enum")) {
        if (!v.asText().matches("[A-Za-z0-9_-]+")) {
          violations.add(pointer + "/enum: " + v + " is not a plain word");
        }
      }
    });
    assertTrue(seen[0] > 0, "no parameter enum in the spec: this check would pass vacuously");
    assertNoViolations("parameter enum values", violations);
  }

  /**
   * Money stays exact (CONVENTIONS.md "Money"): a {@code type: number} is never {@code format: float}
   * or {@code double}, so the generator maps every one of them to {@code BigDecimal}; a {@code double}
   * would turn GHL's {@code 0.1} into {@code 0.1000000000000000055511151231257827}.
   */
  @Test
  void numbersAreExactDecimals() {
    List<String> violations = new ArrayList<>();
    int[] numbers = {0};
    SchemaWalker.forEachSchema(SpecFile.tree(), (pointer, schema) -> {
      if ("number".equals(schema.path("type").asText())) {
        numbers[0]++;
        String format = schema.path("format").asText("");
        if (format.equals("float") || format.equals("double")) {
          violations.add(pointer + ": format " + format + " would map to a binary floating-point type; omit it (BigDecimal)");
        }
      }
    });
    assertTrue(numbers[0] > 0, "no type: number in the spec: this check would pass vacuously");
    assertNoViolations("inexact numbers", violations);
  }

  /** Guards the two tests above against passing vacuously: broken copies of a real example fail. */
  @Test
  void theExampleValidatorCatchesWrongTypesUndeclaredPropertiesAndBadEnums() {
    SchemaValidator validator = validator();
    SpecOperation.Example example = SpecFile.operation("searchOpportunities").successExamples().get(0);
    assertNoViolations("the untouched example", validator.errors(example.schemaPointer(), example.value()));

    ObjectNode wrongType = example.value().deepCopy();
    wrongType.withObject("/meta").put("total", "twenty-five");
    assertErrorAt(validator.errors(example.schemaPointer(), wrongType), "/meta/total");

    ObjectNode undeclared = example.value().deepCopy();
    undeclared.withObject("/meta").put("totl", 25);
    assertErrorAt(validator.errors(example.schemaPointer(), undeclared), "/meta");

    SpecOperation.Example connections = SpecFile.operation("listConnections").successExamples().get(0);
    ObjectNode badEnum = connections.value().deepCopy();
    ((ObjectNode) badEnum.withArray("/connections").get(0)).put("status", "BROKEN");
    assertErrorAt(validator.errors(connections.schemaPointer(), badEnum), "/connections/0/status");
  }

  /**
   * Guards the request-side rule: a calendar sent without an opening hour breaks it, the same
   * calendar read from an answer does not.
   */
  @Test
  void aRequestLackingARequestRequiredFieldBreaksTheRequestSideOnly() {
    SpecOperation.Example example = SpecFile.operation("createCalendar").requestExample().orElseThrow();
    ObjectNode calendar = example.value().deepCopy();
    ObjectNode openHours = calendar.withArray("/openHours").addObject();
    openHours.putArray("daysOfTheWeek").add(1);
    ObjectNode hour = openHours.putArray("hours").addObject().put("openHour", 9).put("openMinute", 0)
        .put("closeHour", 17).put("closeMinute", 0);
    assertNoViolations("the example with opening hours", requestValidator().errors(example.schemaPointer(), calendar));
    hour.remove("openHour");
    assertErrorAt(requestValidator().errors(example.schemaPointer(), calendar), "/openHours/0/hours/0");
    assertNoViolations("the same hours on the answer side", validator().errors("#/components/schemas/CalendarHour", hour));
  }

  /** Guards the non-JSON answer rule against passing vacuously: broken copies of the two real answers fail. */
  @Test
  void theNonJsonAnswerRuleCatchesAWrongSchemaOrExample() {
    SpecOperation recording = SpecFile.operation("getConversationMessageRecording");
    SpecOperation transcript = SpecFile.operation("downloadConversationMessageTranscription");
    ObjectNode wav = SpecFile.deref(recording.raw().path("responses").path("200")).path("content").deepCopy();
    ObjectNode text = SpecFile.deref(transcript.raw().path("responses").path("200")).path("content").deepCopy();
    assertTrue(nonJsonViolations(recording, wav).isEmpty(), nonJsonViolations(recording, wav).toString());
    assertTrue(nonJsonViolations(transcript, text).isEmpty(), nonJsonViolations(transcript, text).toString());

    ObjectNode noFormat = wav.deepCopy();
    ((ObjectNode) noFormat.at("/audio~1x-wav/schema")).remove("format");
    assertViolation(nonJsonViolations(recording, noFormat), "format: binary");
    ObjectNode objectExample = wav.deepCopy();
    ((ObjectNode) objectExample.get("audio/x-wav")).putObject("example").put("bytes", "RIFF");
    assertViolation(nonJsonViolations(recording, objectExample), "non-empty string");
    ObjectNode binaryText = text.deepCopy();
    ((ObjectNode) binaryText.at("/text~1plain/schema")).put("format", "binary");
    assertViolation(nonJsonViolations(transcript, binaryText), "without format");
    ObjectNode wildcard = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    wildcard.set("*/*", wav.get("audio/x-wav"));
    assertViolation(nonJsonViolations(recording, wildcard), "concrete");
  }

  private static List<String> nonJsonViolations(SpecOperation op, JsonNode content) {
    List<String> violations = new ArrayList<>();
    checkNonJsonAnswer(op, op.operationId(), content, violations);
    return violations;
  }

  private static void assertViolation(List<String> violations, String containing) {
    assertTrue(violations.size() == 1 && violations.get(0).contains(containing),
        "expected one violation about " + containing + ", got " + violations);
  }

  private static void assertErrorAt(List<String> errors, String instancePointer) {
    assertTrue(errors.stream().anyMatch(e -> e.startsWith(instancePointer + ":")),
        "expected an error at " + instancePointer + ", got " + errors);
  }

  // ------------------------------------------------------------------------------------------

  private static void checkExtensions(SpecOperation op, String who, List<String> violations) {
    Map<String, Object> ext = op.model().getExtensions() == null ? Map.of() : op.model().getExtensions();
    Object token = ext.get("x-ghl-token");
    if (!TOKENS.contains(String.valueOf(token))) {
      violations.add(who + "/x-ghl-token: expected one of " + TOKENS + ", found " + token);
    }
    Object also = ext.get("x-ghl-token-also");
    if (also != null) {
      if (!(also instanceof List<?> kinds) || kinds.isEmpty() || "maton".equals(token)) {
        violations.add(who + "/x-ghl-token-also: expected a non-empty list, on a GHL operation, found " + also);
      } else {
        for (Object kind : kinds) {
          if (!Set.of("agency", "sub-account").contains(String.valueOf(kind)) || String.valueOf(kind).equals(token)) {
            violations.add(who + "/x-ghl-token-also: " + kind + " is not the other kind (agency or sub-account) than " + token);
          }
        }
      }
    }
    Object version = ext.get("x-ghl-version");
    if ("maton".equals(token)) {
      if (version != null) {
        violations.add(who + "/x-ghl-version: must be absent on a Maton operation, found " + version);
      }
    } else {
      String expected = TAGS_ON_OLD_VERSION.contains(op.tag()) ? "2021-04-15" : "2021-07-28";
      if (!expected.equals(String.valueOf(version))) {
        violations.add(who + "/x-ghl-version: expected " + expected + " for tag " + op.tag() + ", found " + version);
      }
    }
  }

  /**
   * A deprecated operation names its replacement in {@code x-ghl-replaced-by} (the generated
   * {@code @deprecated} Javadoc links it), an operation of this spec that is not deprecated itself.
   */
  private static void checkDeprecation(SpecOperation op, String who, List<String> violations) {
    boolean deprecated = Boolean.TRUE.equals(op.model().getDeprecated());
    Object replacement = op.model().getExtensions() == null ? null : op.model().getExtensions().get("x-ghl-replaced-by");
    if (deprecated && replacement == null) {
      violations.add(who + ": deprecated without x-ghl-replaced-by naming the replacement operation");
    } else if (!deprecated && replacement != null) {
      violations.add(who + "/x-ghl-replaced-by: only a deprecated operation names a replacement");
    } else if (replacement != null) {
      SpecOperation target = SpecFile.operations().stream()
          .filter(o -> replacement.equals(o.operationId())).findFirst().orElse(null);
      if (target == null) {
        violations.add(who + "/x-ghl-replaced-by: no operation " + replacement);
      } else if (Boolean.TRUE.equals(target.model().getDeprecated())) {
        violations.add(who + "/x-ghl-replaced-by: " + replacement + " is deprecated itself");
      }
    }
  }

  private static void checkResponses(SpecOperation op, String who, List<String> violations) {
    Map<String, ApiResponse> responses = op.model().getResponses() == null ? Map.of() : op.model().getResponses();
    List<String> success = responses.keySet().stream().filter(s -> s.startsWith("2")).toList();
    if (success.isEmpty()) {
      violations.add(who + "/responses: no 2xx response");
    }
    for (String status : success) {
      String where = who + "/responses/" + status;
      JsonNode rawContent = SpecFile.deref(op.raw().path("responses").path(status)).path("content");
      if (!rawContent.has(JSON) && rawContent.size() == 1) {
        checkNonJsonAnswer(op, where, rawContent, violations);
        continue;
      }
      MediaType media = jsonMedia(resolve(responses.get(status)).getContent());
      JsonNode rawMedia = rawContent.path(JSON);
      if (media == null) {
        violations.add(where + ": no application/json content");
      } else if (media.getSchema() == null) {
        violations.add(where + ": no schema");
      } else if (!rawMedia.has("example")) {
        violations.add(where + ": no media-type example");
      } else if ("string".equals(SpecFile.deref(rawMedia.path("schema")).path("type").asText())) {
        // a String method's answer is decoded as text (ApiResponseDecoder, SafeDecoder), never as JSON
        violations.add(where + ": a JSON answer that is a bare string; declare a text answer (text/plain) instead");
      }
    }
    boolean maton = op.model().getExtensions() != null && "maton".equals(op.model().getExtensions().get("x-ghl-token"));
    for (String status : maton ? MATON_ERRORS : GHL_ERRORS) {
      ApiResponse error = responses.get(status);
      if (error == null || error.get$ref() == null) {
        violations.add(who + "/responses/" + status + ": missing, or not a $ref to components/responses");
      }
    }
  }

  /**
   * A 2xx answer that is not JSON (CONVENTIONS.md, "Non-JSON answers"): one concrete media type, an
   * inline {@code type: string} schema (no {@code $ref}), {@code format: binary} unless the media
   * type is {@code text/*} (then no format: the method returns {@code String}; binary returns
   * {@code byte[]}), and a string example. Such an operation is not paginated.
   */
  private static void checkNonJsonAnswer(SpecOperation op, String where, JsonNode content, List<String> violations) {
    String mediaType = content.fieldNames().next();
    String at = where + "/content/" + mediaType;
    if (!mediaType.matches("[a-z0-9.+-]+/[a-z0-9.+-]+") || mediaType.contains("*") || mediaType.endsWith("+json")) {
      violations.add(at + ": expected one concrete non-JSON media type (e.g. text/plain, audio/x-wav)");
      return;
    }
    JsonNode media = content.get(mediaType);
    JsonNode schema = media.get("schema");
    boolean text = mediaType.startsWith("text/");
    if (schema == null) {
      violations.add(at + ": no schema");
    } else if (schema.has("$ref") || !"string".equals(schema.path("type").asText())) {
      violations.add(at + "/schema: a non-JSON answer is an inline type: string");
    } else if (text && schema.has("format")) {
      violations.add(at + "/schema: a text answer is type: string without format (the method returns String)");
    } else if (!text && !"binary".equals(schema.path("format").asText())) {
      violations.add(at + "/schema: a non-text answer is type: string, format: binary (the method returns byte[])");
    }
    if (!media.has("example")) {
      violations.add(at + ": no media-type example");
    } else if (!media.get("example").isTextual() || media.get("example").asText().isEmpty()) {
      violations.add(at + "/example: a non-JSON answer's example is a non-empty string");
    }
    if (op.raw().has("x-ghl-pagination")) {
      violations.add(where + ": a non-JSON answer cannot be paginated (x-ghl-pagination)");
    }
  }

  private static boolean isBinary(JsonNode schema) {
    return "string".equals(schema.path("type").asText()) && "binary".equals(schema.path("format").asText());
  }

  private static void checkRequestBody(SpecOperation op, String who, List<String> violations) {
    if (op.model().getRequestBody() == null) {
      return;
    }
    if (op.multipart()) { // a file upload: form fields and file parts, described by an object schema
      JsonNode media = op.raw().path("requestBody").path("content").path(MULTIPART);
      if (!media.has("schema")) {
        violations.add(who + "/requestBody: no multipart/form-data schema");
      } else if (!media.has("example")) {
        violations.add(who + "/requestBody: no media-type example");
      }
      for (Map.Entry<String, JsonNode> part : SpecFile.deref(media.path("schema")).path("properties").properties()) {
        JsonNode schema = part.getValue();
        // a map of files (part names chosen per call): the client sends one file part per entry
        boolean fileMap = "object".equals(schema.path("type").asText());
        if (fileMap && (schema.has("properties") || !isBinary(schema.path("additionalProperties")))) {
          violations.add(who + "/requestBody/" + part.getKey()
              + ": an object part is a map of files (additionalProperties: type: string, format: binary, and no properties)");
        }
        JsonNode max = schema.get("x-ghl-max-bytes");
        if (max != null && (!max.isIntegralNumber() || max.asLong() <= 0 || !(fileMap || isBinary(schema)))) {
          violations.add(who + "/requestBody/" + part.getKey()
              + "/x-ghl-max-bytes: expected a positive integer on a binary part or a map of files");
        }
      }
      return;
    }
    MediaType media = jsonMedia(op.model().getRequestBody().getContent());
    if (media == null || media.getSchema() == null) {
      violations.add(who + "/requestBody: no application/json schema");
    } else if (op.requestExample().isEmpty()) {
      violations.add(who + "/requestBody: no media-type example");
    }
  }

  private static void checkPagination(SpecOperation op, String who, List<String> violations) {
    JsonNode pagination = op.raw().get("x-ghl-pagination");
    if (pagination == null) {
      return;
    }
    String where = who + "/x-ghl-pagination";
    Set<String> keys = new TreeSet<>();
    pagination.fieldNames().forEachRemaining(keys::add);
    if (!keys.equals(new TreeSet<>(PAGINATION_KEYS))) {
      violations.add(where + ": expected exactly the keys " + PAGINATION_KEYS + ", found " + keys);
      return;
    }
    String style = pagination.get("style").asText();
    if (!PAGINATION_STYLES.contains(style)) {
      violations.add(where + "/style: expected one of " + PAGINATION_STYLES + ", found " + style);
    }
    String limit = pagination.get("limitParam").asText();
    if (!limit.isEmpty() && paginationParam(op, limit) == null) {
      violations.add(where + "/limitParam: " + limit + " is not a query parameter (nor body.<a request body property>)");
    }
    String offset = pagination.get("offsetParam").asText();
    if (Set.of("offset", "skip", "increment").contains(style) && offset.isEmpty()) {
      violations.add(where + "/offsetParam: required for style " + style);
    }
    JsonNode offsetSchema = offset.isEmpty() ? null : paginationParam(op, offset);
    if (!offset.isEmpty() && offsetSchema == null) {
      violations.add(where + "/offsetParam: " + offset + " is not a query parameter (nor body.<a request body property>)");
    } else if (style.equals("increment")) {
      // the pager starts a page number left out at its minimum: it must say which (0 or 1)
      JsonNode min = offsetSchema.path("minimum");
      if (!"integer".equals(offsetSchema.path("type").asText()) || !min.isNumber() || min.asInt() < 0 || min.asInt() > 1) {
        violations.add(where + "/offsetParam: the page number " + offset + " must be an integer with minimum 0 or 1");
      }
    }
    JsonNode cursor = pagination.get("cursor");
    if (!cursor.isArray()) {
      violations.add(where + "/cursor: not a list");
    } else {
      if (Set.of("cursor", "page", "message", "lastItem").contains(style) && cursor.isEmpty()) {
        violations.add(where + "/cursor: required for style " + style);
      }
      for (JsonNode pair : cursor) {
        String[] parts = pair.asText().split("=", 2);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty() && cursor.size() == 1) {
          // "param=" (no path) drops param from later requests, beside a cursor that has one
          violations.add(where + "/cursor: " + pair.asText() + " is not requestParam=response.path");
        } else if (paginationParam(op, parts[0]) == null) {
          violations.add(where + "/cursor: " + parts[0] + " is not a query parameter (nor body.<a request body property>)");
        }
      }
    }
    for (String key : List.of("itemsPath", "limitParam", "offsetParam", "hasMorePath")) {
      if (!pagination.get(key).isTextual()) {
        violations.add(where + "/" + key + ": not a string");
      }
    }
    String items = pagination.get("itemsPath").asText();
    JsonNode itemsSchema = responseProperty(op, items);
    if (itemsSchema == null || !"array".equals(itemsSchema.path("type").asText())) {
      violations.add(where + "/itemsPath: '" + items + "' is not an array property of the 2xx response schema"
          + " (nor, when empty, an array body)");
    } else if (items.isEmpty() && Set.of("cursor", "page", "message").contains(style)) {
      violations.add(where + "/itemsPath: a bare array body has no field for the " + style + " style's cursor");
    } else if (style.equals("lastItem")) {
      for (JsonNode pair : cursor) {
        String path = pair.asText().split("=", 2)[1];
        if (property(itemsSchema.path("items"), path) == null) {
          violations.add(where + "/cursor: " + path + " is not a property of the items (lastItem reads the last one)");
        }
      }
    }
    String hasMore = pagination.get("hasMorePath").asText();
    if (!hasMore.isEmpty()) {
      JsonNode flag = responseProperty(op, hasMore);
      if (flag == null || !"boolean".equals(flag.path("type").asText())) {
        violations.add(where + "/hasMorePath: " + hasMore + " is not a boolean property of the 2xx response schema");
      }
    }
  }

  private static void checkRequireOneOf(SpecOperation op, String who, List<String> violations) {
    JsonNode names = op.raw().get("x-ghl-require-one-of");
    if (names == null) {
      return;
    }
    Set<String> params = op.parameters().stream().map(Parameter::getName).collect(Collectors.toCollection(HashSet::new));
    // the fields of a multipart form are method parameters too (uploadMediaFile's file / fileUrl)
    JsonNode form = SpecFile.deref(SpecFile.deref(op.raw().path("requestBody")).path("content").path(MULTIPART).path("schema"));
    params.addAll(SpecFile.fieldNames(form.path("properties")));
    if (!names.isArray() || names.size() < 2) {
      violations.add(who + "/x-ghl-require-one-of: expected a list of at least two parameter names");
      return;
    }
    for (JsonNode name : names) {
      if (!params.contains(name.asText())) {
        violations.add(who + "/x-ghl-require-one-of: " + name.asText() + " is not a parameter (nor a multipart form field)");
      }
    }
  }

  /** {@code x-ghl-together}: two or more distinct optional query parameters of the operation. */
  private static void checkTogether(SpecOperation op, String who, List<String> violations) {
    JsonNode names = op.raw().get("x-ghl-together");
    if (names == null) {
      return;
    }
    Set<String> distinct = new HashSet<>();
    names.forEach(n -> distinct.add(n.asText()));
    if (!names.isArray() || names.size() < 2 || distinct.size() != names.size()) {
      violations.add(who + "/x-ghl-together: expected a list of at least two distinct parameter names");
    }
    for (String name : distinct) {
      if (op.parameters().stream().noneMatch(p -> p.getName().equals(name) && "query".equals(p.getIn())
          && !Boolean.TRUE.equals(p.getRequired()))) {
        violations.add(who + "/x-ghl-together: " + name + " is not an optional query parameter");
      }
    }
  }

  /**
   * {@code x-ghl-range}: {@code from} and {@code to} name two epoch-millisecond query parameters of
   * the operation ({@code integer}, {@code int64}), {@code maxDays}, when given, a positive integer.
   */
  private static void checkRange(SpecOperation op, String who, List<String> violations) {
    JsonNode range = op.raw().get("x-ghl-range");
    if (range == null) {
      return;
    }
    for (String end : List.of("from", "to")) {
      String name = range.path(end).asText("");
      Optional<Parameter> param = op.parameters().stream().filter(p -> p.getName().equals(name) && "query".equals(p.getIn())).findFirst();
      if (param.isEmpty() || param.get().getSchema() == null || !"integer".equals(param.get().getSchema().getType())
          || !"int64".equals(param.get().getSchema().getFormat())) {
        violations.add(who + "/x-ghl-range/" + end + ": '" + name + "' is not an epoch-millisecond query parameter (integer, int64)");
      }
    }
    JsonNode max = range.get("maxDays");
    if (max != null && (!max.isInt() || max.asInt() < 1)) {
      violations.add(who + "/x-ghl-range/maxDays: expected a positive integer, found " + max);
    }
    range.fieldNames().forEachRemaining(key -> {
      if (!Set.of("from", "to", "maxDays").contains(key)) {
        violations.add(who + "/x-ghl-range: unknown key " + key);
      }
    });
  }

  /**
   * The (dereferenced) schema of the pagination parameter {@code name}: a query parameter, or
   * {@code body.<property>} of the JSON request body; null when there is none.
   */
  private static JsonNode paginationParam(SpecOperation op, String name) {
    if (name.startsWith("body.")) {
      JsonNode body = SpecFile.deref(op.raw().path("requestBody")).path("content").path(JSON).path("schema");
      return body.isMissingNode() ? null : property(body, name.substring("body.".length()));
    }
    return op.rawParameter(name, "query").map(p -> SpecFile.deref(p.node().path("schema"))).orElse(null);
  }

  /** The (dereferenced) schema of a dotted property path in the first 2xx JSON response, or null. */
  private static JsonNode responseProperty(SpecOperation op, String dottedPath) {
    JsonNode schema = null;
    for (String status : SpecFile.fieldNames(op.raw().path("responses"))) {
      if (status.startsWith("2")) {
        schema = SpecFile.deref(op.raw().get("responses").get(status)).path("content").path(JSON).get("schema");
        break;
      }
    }
    return schema == null ? null : property(schema, dottedPath);
  }

  /** The schema at {@code dottedPath} in {@code schema} ({@code schema} itself for an empty path), or null. */
  private static JsonNode property(JsonNode schema, String dottedPath) {
    for (String segment : dottedPath.isEmpty() ? new String[0] : dottedPath.split("\\.")) {
      JsonNode property = SpecFile.deref(schema).path("properties").get(segment);
      if (property == null) {
        return null;
      }
      schema = property;
    }
    return SpecFile.deref(schema);
  }

  private static ApiResponse resolve(ApiResponse response) {
    if (response.get$ref() == null) {
      return response;
    }
    String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
    return SpecFile.openApi().getComponents().getResponses().get(name);
  }

  private static MediaType jsonMedia(io.swagger.v3.oas.models.media.Content content) {
    return content == null ? null : content.get(JSON);
  }

  private static void collectRefs(JsonNode node, Deque<String> sink) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        if (e.getKey().equals("$ref") && e.getValue().isTextual()) {
          sink.push(e.getValue().asText());
        } else {
          collectRefs(e.getValue(), sink);
        }
      });
    } else if (node.isArray()) {
      node.forEach(child -> collectRefs(child, sink));
    }
  }

  private static SchemaValidator validator;
  private static SchemaValidator requestValidator;

  /** One validator (it caches the schemas it has compiled) for the tests of this class. */
  private static synchronized SchemaValidator validator() {
    if (validator == null) {
      validator = new SchemaValidator(SpecFile.tree());
    }
    return validator;
  }

  /** The same for request bodies, where {@code x-ghl-request-required} fields are required. */
  private static synchronized SchemaValidator requestValidator() {
    if (requestValidator == null) {
      requestValidator = new SchemaValidator(SpecFile.tree(), true);
    }
    return requestValidator;
  }

  private static void assertNoViolations(String what, List<String> violations) {
    if (!violations.isEmpty()) {
      fail(violations.size() + " violation(s) of " + what + ":\n  " + String.join("\n  ", violations));
    }
  }
}
