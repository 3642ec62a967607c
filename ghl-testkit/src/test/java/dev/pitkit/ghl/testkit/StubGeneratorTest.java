package dev.pitkit.ghl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitkit.ghl.testkit.generator.StubGenerator;
import dev.pitkit.ghl.testkit.internal.Json;
import dev.pitkit.ghl.testkit.internal.SpecMappings;
import dev.pitkit.ghl.testkit.internal.StubLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build-time generator: output layout, matching rules, and failures on an incomplete spec. */
class StubGeneratorTest {
  private static final String MINI = """
      openapi: 3.0.3
      info: {title: t, version: '1'}
      paths:
        /highlevel-pit/things/search:
          get:
            operationId: searchThings
            x-ghl-token: sub-account
            x-ghl-version: '2021-07-28'
            parameters:
              - {name: locationId, in: query, required: true, schema: {type: string}}
              - {$ref: '#/components/parameters/Limit'}
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    examples:
                      one: {value: {things: []}}
        /highlevel-pit/things/{thingId}:
          parameters:
            - {name: thingId, in: path, required: true, schema: {type: string}}
          get:
            operationId: getThing
            responses:
              '404': {$ref: '#/components/responses/NotFound'}
              '201': {description: created, content: {application/json: {example: {thing: {id: t1}}}}}
              '200': {$ref: '#/components/responses/Thing'}
      components:
        parameters:
          Limit: {name: limit, in: query, required: true, schema: {type: integer}}
        responses:
          NotFound: {description: nf}
          Thing: {description: ok, content: {application/json: {example: {thing: {id: t0}}}}}
      """;

  @Test
  void writesMappingsAndIndexAndRemovesStaleFiles(@TempDir Path out) throws Exception {
    Path spec = out.resolve("spec.yaml");
    Files.writeString(spec, MINI);
    Path mappings = out.resolve("dev/pitkit/ghl/testkit/mappings");
    Files.createDirectories(mappings);
    Files.writeString(mappings.resolve("stale.json"), "{}");
    StubGenerator.main(new String[] {out.toString(), spec.toString()});
    assertFalse(Files.exists(mappings.resolve("stale.json")));
    String index = Files.readString(out.resolve("dev/pitkit/ghl/testkit/mappings-index.txt"), StandardCharsets.UTF_8);
    assertEquals("gateway-malformed-authorization.json\ngateway-missing-authorization.json\ngetThing.json\n"
        + "searchThings-missing-query.json\nsearchThings.json\n", index);

    JsonNode search = Json.parse(Files.readString(mappings.resolve("searchThings.json")));
    assertEquals("/highlevel-pit/things/search", search.path("request").path("urlPath").asText());
    assertEquals(".+", search.path("request").path("queryParameters").path("limit").path("matches").asText(), "$ref'd parameter");
    assertTrue(search.path("response").path("jsonBody").path("things").isArray(), "from `examples`");

    JsonNode missing = Json.parse(Files.readString(mappings.resolve("searchThings-missing-query.json")));
    assertEquals("/highlevel-pit/things/search", missing.path("request").path("urlPath").asText());
    assertFalse(missing.path("request").has("queryParameters"), "matches whatever the query, below the operation's stub");
    assertEquals(StubLayout.MISSING_QUERY_PRIORITY, missing.path("priority").asInt());
    assertTrue(missing.path("priority").asInt() > search.path("priority").asInt());
    assertEquals(422, missing.path("response").path("status").asInt());
    assertEquals(Json.parse("{\"statusCode\":422,\"message\":[\"LocationId can't be undefined\",\"Limit can't be undefined\"],"
        + "\"error\":\"Unprocessable Entity\"}"), missing.path("response").path("jsonBody"));
    assertEquals("missing-query", missing.path("metadata").path("ghl").path("role").asText());
    assertEquals("searchThings", missing.path("response").path("headers").path("X-Mock-Operation").asText());

    JsonNode get = Json.parse(Files.readString(mappings.resolve("getThing.json")));
    assertEquals("/highlevel-pit/things/{thingId}", get.path("request").path("urlPathTemplate").asText());
    assertEquals("search", get.path("request").path("pathParameters").path("thingId").path("doesNotMatch").asText());
    assertEquals(200, get.path("response").path("status").asInt(), "the first 2xx, whatever the order");
    assertEquals("t0", get.path("response").path("jsonBody").path("thing").path("id").asText());
    assertEquals("", get.path("metadata").path("ghl").path("token").asText());
  }

  @Test
  void stubsJarFormTurnsPathTemplatesIntoPatternsWithoutTheSiblings(@TempDir Path out) throws Exception {
    Path spec = out.resolve("spec.yaml");
    Files.writeString(spec, MINI);
    Path jarDir = out.resolve("stubs-jar");
    StubGenerator.main(new String[] {out.resolve("classes").toString(), StubGenerator.STUBS_JAR_OPTION + jarDir, spec.toString()});

    JsonNode get = Json.parse(Files.readString(jarDir.resolve("mappings/getThing.json")));
    JsonNode request = get.path("request");
    assertEquals("/highlevel-pit/things/(?!(?:search)(?:/|$))[^/]+", request.path("urlPathPattern").asText());
    assertFalse(request.has("urlPathTemplate") || request.has("pathParameters"), request.toString());
    assertEquals("GET", request.path("method").asText());
    assertTrue(request.path("urlPathPattern").asText().matches("/highlevel-pit/things/.*"), "method first, then the path");

    JsonNode search = Json.parse(Files.readString(jarDir.resolve("mappings/searchThings.json")));
    assertEquals("/highlevel-pit/things/search", search.path("request").path("urlPath").asText(), "literal paths stay");
    assertEquals(SpecMappings.generate(MINI).keySet(), SpecMappings.generateForStubsJar(MINI).keySet());
    assertEquals(Json.parse(SpecMappings.generate(MINI).get("getThing.json")).path("response"), get.path("response"));

    java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(request.path("urlPathPattern").asText());
    assertTrue(pattern.matcher("/highlevel-pit/things/t1").matches());
    assertTrue(pattern.matcher("/highlevel-pit/things/searching").matches());
    assertFalse(pattern.matcher("/highlevel-pit/things/search").matches());
    assertFalse(pattern.matcher("/highlevel-pit/things/t1/extra").matches());
  }

  @Test
  void usesTheClasspathSpecByDefault(@TempDir Path out) throws Exception {
    StubGenerator.main(new String[] {out.toString()});
    try (var files = Files.list(out.resolve("dev/pitkit/ghl/testkit/mappings"))) {
      assertEquals(SpecMappings.generate(SpecFixtures.SPEC).size(), files.count());
    }
  }

  @Test
  void failsWithoutArguments() {
    assertThrows(IllegalArgumentException.class, () -> StubGenerator.main(new String[0]));
  }

  @Test
  void failsOnAnOperationWithoutExample() {
    String spec = MINI.replace("{application/json: {example: {thing: {id: t0}}}}", "{application/json: {schema: {type: object}}}");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SpecMappings.generate(spec));
    assertTrue(e.getMessage().contains("getThing") && e.getMessage().contains("example"), e.getMessage());
  }

  @Test
  void failsOnAnOperationWithout2xx() {
    String spec = MINI.replace("'201': {description: created, content: {application/json: {example: {thing: {id: t1}}}}}", "'409': {description: c}")
        .replace("'200': {$ref: '#/components/responses/Thing'}", "'400': {description: bad}");
    assertThrows(IllegalStateException.class, () -> SpecMappings.generate(spec));
  }

  @Test
  void failsOnMissingOrDuplicateOperationIds() {
    assertThrows(IllegalStateException.class, () -> SpecMappings.generate(MINI.replace("operationId: getThing", "summary: x")));
    assertThrows(IllegalStateException.class, () -> SpecMappings.generate(MINI.replace("operationId: getThing", "operationId: searchThings")));
  }

  @Test
  void failsOnBadReferencesAndBadYaml() {
    assertThrows(IllegalStateException.class, () -> SpecMappings.generate(MINI.replace("#/components/parameters/Limit", "#/components/parameters/Nope")));
    assertThrows(IllegalStateException.class, () -> SpecMappings.generate(MINI.replace("#/components/parameters/Limit", "other.yaml#/Limit")));
    assertThrows(IllegalArgumentException.class, () -> SpecMappings.generate("paths: [unclosed"));
  }

  @Test
  void theRealSpecHasOneMappingPerOperation() {
    SortedMap<String, String> files = SpecMappings.generate(SpecFixtures.SPEC);
    long paginated = SpecFixtures.operations().values().stream().filter(op -> op.pagination() != null).count();
    long withRequiredQuery = SpecFixtures.operations().values().stream().filter(SpecFixtures.Op::hasRequiredQuery).count();
    assertEquals(SpecFixtures.operations().size() + paginated + 1 + withRequiredQuery + 2, files.size(),
        "one end-of-list per paginated list, and searchContacts' second one for its page numbers");
    assertTrue(files.containsKey("listContacts" + StubLayout.END_OF_LIST_SUFFIX + ".json"));
    assertTrue(files.containsKey("searchContacts-by-page" + StubLayout.END_OF_LIST_SUFFIX + ".json"));
    assertTrue(files.containsKey("listContacts" + StubLayout.MISSING_QUERY_SUFFIX + ".json"));
    assertFalse(files.containsKey("getContact" + StubLayout.MISSING_QUERY_SUFFIX + ".json"), "no required query parameter");
  }
}
