package dev.pitkit.ghl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitkit.ghl.testkit.internal.ErrorBodies;
import dev.pitkit.ghl.testkit.internal.Json;
import dev.pitkit.ghl.testkit.internal.OperationStub;
import dev.pitkit.ghl.testkit.internal.SpecHolder;
import dev.pitkit.ghl.testkit.internal.SpecMappings;
import dev.pitkit.ghl.testkit.internal.StubCatalog;
import dev.pitkit.ghl.testkit.internal.StubLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fails the build when an operation of the spec has no stub, when a stub's response does not
 * validate against the spec's response schema, or when the packaged mappings drifted from what
 * the spec generates.
 */
class StubCoverageTest {

  static Stream<String> operationIds() {
    return SpecFixtures.operations().keySet().stream();
  }

  @Test
  void everyOperationOfTheSpecHasExactlyOneStub() {
    assertTrue(SpecFixtures.operations().size() >= 85, "the spec read has at least the seed's 85 operations");
    assertEquals(new TreeSet<>(SpecFixtures.operations().keySet()), new TreeSet<>(GhlStubs.operationIds()));
    long paginated = SpecFixtures.operations().values().stream().filter(op -> op.pagination() != null).count();
    long withRequiredQuery = SpecFixtures.operations().values().stream().filter(SpecFixtures.Op::hasRequiredQuery).count();
    long alsoByPageNumber = SpecFixtures.operations().values().stream().filter(op -> op.pagination() != null
        && op.pagination().path("style").asText().equals("lastItem")
        && java.util.stream.StreamSupport.stream(op.pagination().path("cursor").spliterator(), false)
            .anyMatch(pair -> pair.asText().endsWith("="))).count();
    assertEquals(1, alsoByPageNumber, "searchContacts: walked by searchAfter, paged by page number too");
    assertEquals(SpecFixtures.operations().size() + paginated + alsoByPageNumber + withRequiredQuery + 2,
        GhlStubs.stubMappings().size(), "one per operation, one end-of-list per paginated list (and one for the page"
            + " numbers of a list walked by an item's cursor), one missing-query per operation with a required "
            + "query parameter, the gateway's two 401s");
  }

  @Test
  void everyOperationHasAGeneratedClientMethod() {
    assertEquals(new TreeSet<>(SpecFixtures.operations().keySet()), new TreeSet<>(SpecFixtures.methods().keySet()));
  }

  @Test
  void thePackagedMappingsAreExactlyWhatTheSpecGenerates() throws IOException {
    SortedMap<String, String> fresh = SpecMappings.generate(SpecFixtures.SPEC);
    ClassLoader cl = getClass().getClassLoader();
    String index;
    try (InputStream in = cl.getResourceAsStream(GhlStubs.CLASSPATH_ROOT + "/" + StubLayout.INDEX_FILE)) {
      index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(String.join("\n", fresh.keySet()) + "\n", index);
    for (Map.Entry<String, String> e : fresh.entrySet()) {
      try (InputStream in = cl.getResourceAsStream(GhlStubs.CLASSPATH_ROOT + "/mappings/" + e.getKey())) {
        assertEquals(e.getValue(), new String(in.readAllBytes(), StandardCharsets.UTF_8), e.getKey() + " drifted from the spec");
      }
    }
  }

  @Test
  void generationIsReproducible() {
    assertEquals(SpecMappings.generate(SpecFixtures.SPEC), SpecMappings.generate(SpecFixtures.SPEC));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationIds")
  void everyStubMatchesTheSpec(String operationId) {
    SpecFixtures.Op spec = SpecFixtures.op(operationId);
    OperationStub stub = SpecHolder.catalog().operation(operationId);
    assertEquals(spec.method(), stub.method());
    assertEquals(spec.path(), stub.path());
    JsonNode responses = SpecFixtures.ROOT.path("paths").path(spec.path()).path(spec.method().toLowerCase()).path("responses");
    String first2xx = new TreeSet<>(iterableNames(responses)).stream().filter(c -> c.startsWith("2")).findFirst().orElseThrow();
    assertEquals(Integer.parseInt(first2xx), stub.status());
    JsonNode mapping = Json.parse(stub.mappingJson());
    JsonNode content = SpecFixtures.ROOT.path("paths").path(spec.path()).path(spec.method().toLowerCase()).path("responses")
        .path(first2xx).path("content");
    String mediaType = content.has("application/json") ? "application/json" : content.fieldNames().next();
    assertEquals(mediaType, stub.contentType());
    assertEquals(mediaType, mapping.path("response").path("headers").path("Content-Type").asText());
    if (!stub.json()) { // the example is the body as it is, not a JSON string
      assertEquals(content.path(mediaType).path("example").asText(), mapping.path("response").path("body").asText());
      assertTrue(mapping.path("response").path("jsonBody").isMissingNode(), mapping.toString());
    }
    for (String q : stub.requiredQuery()) {
      assertTrue(spec.param("query", q).path("required").asBoolean(), q);
      assertEquals(".+", mapping.path("request").path("queryParameters").path(q).path("matches").asText());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationIds")
  void everyStubResponseValidatesAgainstTheSpecResponseSchema(String operationId) {
    SpecFixtures.Op spec = SpecFixtures.op(operationId);
    OperationStub stub = SpecHolder.catalog().operation(operationId);
    List<String> violations = SpecHolder.validator().validateResponse(spec.examplePath(), stub.method(), stub.status(),
        stub.contentType(), stub.bodyText());
    assertEquals(List.of(), violations, operationId + "'s stub response");
  }

  static Stream<String> paginatedOperationIds() {
    return SpecFixtures.operations().values().stream().filter(op -> op.pagination() != null).map(SpecFixtures.Op::operationId);
  }

  /** The end-of-list stubs answer an empty page that is valid too, and only for later pages. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("paginatedOperationIds")
  void everyEndOfListStubValidatesAgainstTheSpec(String operationId) {
    SpecFixtures.Op spec = SpecFixtures.op(operationId);
    com.github.tomakehurst.wiremock.stubbing.StubMapping end = GhlStubs.stubMappings().stream()
        .filter(m -> (operationId + StubLayout.END_OF_LIST_SUFFIX).equals(m.getName())).findFirst().orElseThrow();
    JsonNode body = Json.parse(com.github.tomakehurst.wiremock.stubbing.StubMapping.buildJsonStringFor(end)).path("response").path("jsonBody");
    String itemsPath = spec.pagination().path("itemsPath").asText();
    JsonNode items = Json.at(body, itemsPath);
    assertTrue(items.isArray() && items.isEmpty(), body.toString());
    assertEquals(List.of(), SpecHolder.validator().validateResponse(spec.examplePath(), spec.method(), end.getResponse().getStatus(),
        "application/json", Json.write(body)), operationId + "'s end-of-list response");
    assertEquals(StubLayout.END_OF_LIST_PRIORITY, end.getPriority());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationIds")
  void theGatewayAndFaultErrorBodiesValidateAgainstTheSpecErrorResponses(String operationId) {
    SpecFixtures.Op spec = SpecFixtures.op(operationId);
    JsonNode responses = SpecFixtures.ROOT.path("paths").path(spec.path()).path(spec.method().toLowerCase()).path("responses");
    for (String code : iterableNames(responses)) {
      if (code.startsWith("4")) {
        int status = Integer.parseInt(code);
        String body = status == 401 ? Json.write(SpecMappings.unauthorizedBody()) : ErrorBodies.forStatus(status);
        assertEquals(List.of(), SpecHolder.validator().validateResponse(spec.examplePath(), spec.method(), status, "application/json", body),
            operationId + " " + code);
      }
    }
  }

  @Test
  void withoutTheGeneratedFilesTheSameStubsAreGeneratedInMemory() {
    ClassLoader hidingTheIndex = new ClassLoader(getClass().getClassLoader()) {
      @Override
      public java.net.URL getResource(String name) {
        return name.endsWith(StubLayout.INDEX_FILE) ? null : super.getResource(name);
      }
    };
    StubCatalog inMemory = StubCatalog.load(hidingTheIndex);
    assertEquals(SpecHolder.catalog().mappingTexts(), inMemory.mappingTexts());
    assertEquals(SpecHolder.catalog().operations().keySet(), inMemory.operations().keySet());
  }

  @Test
  void theResponseCheckIsNotVacuous() {
    List<String> wrongType = SpecHolder.validator().validateResponse("/highlevel-pit/contacts/abc123", "GET", 200, "application/json",
        "{\"contact\":\"not an object\"}");
    assertTrue(!wrongType.isEmpty() && wrongType.get(0).contains("contact"), wrongType.toString());
    List<String> undeclaredStatus = SpecHolder.validator().validateResponse("/highlevel-pit/contacts/abc123", "GET", 418,
        "application/json", "{}");
    assertTrue(!undeclaredStatus.isEmpty(), undeclaredStatus.toString());
  }

  private static List<String> iterableNames(JsonNode node) {
    List<String> out = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
