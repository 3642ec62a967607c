package dev.pitkit.ghl.testkit.internal;

import static dev.pitkit.ghl.testkit.internal.StubLayout.END_OF_LIST_PRIORITY;
import static dev.pitkit.ghl.testkit.internal.StubLayout.END_OF_LIST_SUFFIX;
import static dev.pitkit.ghl.testkit.internal.StubLayout.GATEWAY_PREFIX;
import static dev.pitkit.ghl.testkit.internal.StubLayout.GATEWAY_PRIORITY;
import static dev.pitkit.ghl.testkit.internal.StubLayout.MISSING_QUERY_PRIORITY;
import static dev.pitkit.ghl.testkit.internal.StubLayout.MISSING_QUERY_SUFFIX;
import static dev.pitkit.ghl.testkit.internal.StubLayout.OPERATION_HEADER;
import static dev.pitkit.ghl.testkit.internal.StubLayout.OPERATION_PRIORITY;
import static dev.pitkit.ghl.testkit.internal.StubLayout.SPEC_RESOURCE;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The WireMock mappings of a spec, as JSON text: one per operation, answered with the spec's own
 * example (first 2xx status, JSON content type; an answer that is not JSON, such as a recording, is
 * its string example as the body under its own media type); for each paginated list, an end-of-list stub
 * answering later pages with an empty page (so auto-pagination over the plain stubs ends); for each
 * operation with required query parameters, a missing-query stub answering GHL's 422 when one is
 * missing; and the gateway's 401 for requests without a usable {@code Authorization} header.
 *
 * <p>Used at build time by {@code generator.StubGenerator}, which writes these texts into the jar,
 * and at run time by {@link StubCatalog} when the generated files are missing. The output depends
 * only on the spec: stable ids (name-based UUIDs), the spec's key order, LF line endings. Names,
 * priorities and the classpath layout are {@link StubLayout}'s.
 *
 * <p>Request matching: method, path (path parameters as {@code urlPathTemplate} wildcards that
 * exclude the literal sibling paths, so {@code /locations/search} never reaches
 * {@code /locations/{locationId}}), and presence of every required query parameter. Every
 * operation mapping carries {@code metadata.ghl} (operationId, token, version, status, required
 * query parameters, {@code x-ghl-require-one-of}, {@code x-ghl-token-also}, pagination) for the
 * testkit's helpers.
 */
public final class SpecMappings {
  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String JSON = "application/json";

  private SpecMappings() {}

  /** The spec text from the classpath ({@link StubLayout#SPEC_RESOURCE}, shipped by {@code ghl-spec}). */
  public static String readSpecResource() {
    ClassLoader cl = SpecMappings.class.getClassLoader();
    try (InputStream in = cl.getResourceAsStream(SPEC_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SPEC_RESOURCE + " is not on the classpath (dependency dev.pitkit:ghl-spec)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * All mapping files for a spec: file name to JSON text, sorted by file name.
   *
   * @param specYaml the OpenAPI document (YAML or JSON)
   * @return {@code <operationId>.json} for every operation, plus the gateway mappings
   * @throws IllegalStateException when an operation has no 2xx JSON example to answer with
   */
  public static SortedMap<String, String> generate(String specYaml) {
    return written(mappings(specYaml), UnaryOperator.identity());
  }

  /**
   * The same mappings in the form WireMock 2 reads too, for the {@code stubs} jar: the Spring Cloud
   * Contract stub runner of Spring Cloud 2025.0 (Spring Boot 3) runs WireMock 2.35, which silently
   * drops mappings with WireMock 3's {@code urlPathTemplate}. Templated paths become
   * {@code urlPathPattern} regular expressions, the literal siblings excluded by a lookahead.
   *
   * @param specYaml the OpenAPI document (YAML or JSON)
   * @return the same file names as {@link #generate(String)}
   */
  public static SortedMap<String, String> generateForStubsJar(String specYaml) {
    return written(mappings(specYaml), SpecMappings::withPathPattern);
  }

  /** The mappings' JSON text, each in the given form, by file name. */
  private static SortedMap<String, String> written(SortedMap<String, ObjectNode> mappings, UnaryOperator<ObjectNode> form) {
    SortedMap<String, String> out = new TreeMap<>();
    mappings.forEach((file, mapping) -> out.put(file, write(form.apply(mapping))));
    return out;
  }

  /** Every mapping of the spec by file name: the operations', their end-of-list stubs, the gateway's. */
  private static SortedMap<String, ObjectNode> mappings(String specYaml) {
    JsonNode root = readTree(specYaml);
    List<String> allPaths = new ArrayList<>();
    root.path("paths").fieldNames().forEachRemaining(allPaths::add);
    SortedMap<String, ObjectNode> out = new TreeMap<>();
    for (String path : allPaths) {
      JsonNode item = deref(root, root.path("paths").get(path));
      for (String method : METHODS) {
        JsonNode op = item.get(method);
        if (op == null) {
          continue;
        }
        ObjectNode mapping = operationMapping(root, allPaths, path, method, item, op);
        String id = mapping.get("name").asText();
        if (out.put(id + ".json", mapping) != null) {
          throw new IllegalStateException("duplicate operationId " + id);
        }
        ObjectNode end = endOfListMapping(mapping);
        if (end != null) {
          out.put(id + END_OF_LIST_SUFFIX + ".json", end);
        }
        ObjectNode endByPage = pageNumberEndOfListMapping(mapping);
        if (endByPage != null) {
          out.put(endByPage.get("name").asText() + ".json", endByPage);
        }
        ObjectNode missing = missingQueryMapping(mapping);
        if (missing != null) {
          out.put(id + MISSING_QUERY_SUFFIX + ".json", missing);
        }
      }
    }
    out.put(GATEWAY_PREFIX + "missing-authorization.json", unauthorized("missing-authorization", F.objectNode().put("absent", true)));
    out.put(GATEWAY_PREFIX + "malformed-authorization.json", unauthorized("malformed-authorization",
        F.objectNode().put("doesNotMatch", "(?i)Bearer +\\S+")));
    return out;
  }

  /** The GHL-style body of the gateway's 401. */
  public static ObjectNode unauthorizedBody() {
    ObjectNode body = F.objectNode();
    body.put("statusCode", 401);
    body.put("message", "Invalid or missing Maton API key: send Authorization: Bearer $MATON_API_KEY");
    body.put("error", "Unauthorized");
    return body;
  }

  private static ObjectNode operationMapping(JsonNode root, List<String> allPaths, String path, String method,
      JsonNode item, JsonNode op) {
    String operationId = text(op, "operationId");
    if (operationId.isEmpty()) {
      throw new IllegalStateException(method.toUpperCase() + " " + path + " has no operationId");
    }
    Map<String, JsonNode> params = new LinkedHashMap<>();
    for (JsonNode p : iterable(item.path("parameters"))) {
      JsonNode d = deref(root, p);
      params.put(text(d, "in") + ":" + text(d, "name"), d);
    }
    for (JsonNode p : iterable(op.path("parameters"))) {
      JsonNode d = deref(root, p);
      params.put(text(d, "in") + ":" + text(d, "name"), d);
    }
    List<String> requiredQuery = new ArrayList<>();
    for (JsonNode p : params.values()) {
      if (text(p, "in").equals("query") && p.path("required").asBoolean(false)) {
        requiredQuery.add(text(p, "name"));
      }
    }

    String status = null;
    for (Iterator<String> it = op.path("responses").fieldNames(); it.hasNext(); ) {
      String code = it.next();
      if (code.length() == 3 && code.charAt(0) == '2' && (status == null || code.compareTo(status) < 0)) {
        status = code;
      }
    }
    if (status == null) {
      throw new IllegalStateException(operationId + " declares no 2xx response");
    }
    JsonNode response = deref(root, op.path("responses").get(status));
    // JSON, or else the one media type of a non-JSON answer (a file: audio/x-wav, text/plain, ...)
    JsonNode content = response.path("content");
    String mediaType = content.has(JSON) || content.size() != 1 ? JSON : content.fieldNames().next();
    boolean json = mediaType.equals(JSON);
    JsonNode media = content.path(mediaType);
    JsonNode example = media.get("example");
    if (example == null && media.path("examples").isObject() && media.path("examples").size() > 0) {
      example = deref(root, media.path("examples").elements().next()).get("value");
    }
    if (example == null) {
      throw new IllegalStateException(operationId + ": the " + status + " response has no " + mediaType + " example");
    }
    if (!json && !example.isTextual()) {
      throw new IllegalStateException(operationId + ": the " + status + " response's " + mediaType
          + " example is not a string (a non-JSON answer's example is its body)");
    }

    ObjectNode mapping = F.objectNode();
    mapping.put("id", UUID.nameUUIDFromBytes(("ghl-testkit:" + operationId).getBytes(StandardCharsets.UTF_8)).toString());
    mapping.put("name", operationId);
    mapping.put("priority", OPERATION_PRIORITY);
    ObjectNode request = mapping.putObject("request");
    request.put("method", method.toUpperCase(java.util.Locale.ROOT));
    if (path.contains("{")) {
      request.put("urlPathTemplate", path);
      ObjectNode exclusions = pathExclusions(path, allPaths);
      if (!exclusions.isEmpty()) {
        request.set("pathParameters", exclusions);
      }
    } else {
      request.put("urlPath", path);
    }
    if (!requiredQuery.isEmpty()) {
      ObjectNode q = request.putObject("queryParameters");
      for (String name : requiredQuery) {
        q.putObject(name).put("matches", ".+");
      }
    }
    ObjectNode resp = mapping.putObject("response");
    resp.put("status", Integer.parseInt(status));
    ObjectNode headers = resp.putObject("headers");
    headers.put("Content-Type", mediaType);
    headers.put(OPERATION_HEADER, operationId);
    if (json) {
      resp.set("jsonBody", example.deepCopy());
    } else {
      resp.put("body", example.asText()); // the example is the body, as it is
    }

    ObjectNode ghl = mapping.putObject("metadata").putObject("ghl");
    ghl.put("operationId", operationId);
    ghl.put("method", method.toUpperCase(java.util.Locale.ROOT));
    ghl.put("path", path);
    ghl.put("token", text(op, "x-ghl-token"));
    ArrayNode tokenAlso = ghl.putArray("tokenAlso");
    for (JsonNode n : iterable(op.path("x-ghl-token-also"))) {
      tokenAlso.add(n.asText());
    }
    ghl.put("version", text(op, "x-ghl-version"));
    ghl.put("status", Integer.parseInt(status));
    if (!json) {
      ghl.put("contentType", mediaType);
    }
    ArrayNode rq = ghl.putArray("requiredQuery");
    requiredQuery.forEach(rq::add);
    ArrayNode oneOf = ghl.putArray("requireOneOf");
    for (JsonNode n : iterable(op.path("x-ghl-require-one-of"))) {
      oneOf.add(n.asText());
    }
    ArrayNode together = ghl.putArray("together");
    for (JsonNode n : iterable(op.path("x-ghl-together"))) {
      together.add(n.asText());
    }
    JsonNode range = op.get("x-ghl-range");
    if (range != null && range.isObject()) {
      ghl.putObject("range").setAll((ObjectNode) range.deepCopy());
    }
    JsonNode pagination = op.get("x-ghl-pagination");
    if (pagination != null && pagination.isObject()) {
      ObjectNode p = ghl.putObject("pagination").setAll((ObjectNode) pagination.deepCopy());
      String pageParam = pagination.path("offsetParam").asText();
      if (pagination.path("style").asText().equals("increment")) {
        // a page number left out is its minimum (0 or 1), as the client's pager counts it
        p.put("firstPage", paramSchema(root, op, params, pageParam).path("minimum").asLong(0)); // 0 without one, as the client
      }
    }
    return mapping;
  }

  /** The schema of pagination parameter {@code name}: a query parameter's, or a JSON body property's ({@code body.page}). */
  private static JsonNode paramSchema(JsonNode root, JsonNode op, Map<String, JsonNode> params, String name) {
    if (!name.startsWith(StubLayout.BODY_PARAM)) {
      JsonNode param = params.get("query:" + name);
      return param == null ? F.missingNode() : deref(root, param.path("schema"));
    }
    JsonNode body = deref(root, deref(root, op.path("requestBody")).path("content").path("application/json").path("schema"));
    return deref(root, body.path("properties").path(name.substring(StubLayout.BODY_PARAM.length())));
  }

  /**
   * For a paginated list, a stub answering every request for a later page (a cursor, a page
   * number other than 1, a non-zero offset) with an empty page: the example is the whole list, so
   * auto-pagination over the plain stubs ends cleanly instead of looping on the example's cursor.
   */
  private static ObjectNode endOfListMapping(ObjectNode opMapping) {
    JsonNode ghl = opMapping.path("metadata").path("ghl");
    JsonNode p = ghl.get("pagination");
    if (p == null) {
      return null;
    }
    String operationId = ghl.path("operationId").asText();
    String style = p.path("style").asText();
    String param;
    String valueRegex;
    switch (style) {
      case "offset", "skip" -> {
        param = p.path("offsetParam").asText();
        valueRegex = "(?!0+$)\\d+";
      }
      case "page" -> {
        param = p.path("cursor").path(0).asText().split("=", 2)[0];
        valueRegex = "(?!0*1$)\\d+";
      }
      case "increment" -> { // any page number past the first
        param = p.path("offsetParam").asText();
        valueRegex = p.path("firstPage").asLong() == 0 ? "(?!0+$)\\d+" : "(?!0*1$)\\d+";
      }
      default -> {
        param = p.path("cursor").path(0).asText().split("=", 2)[0];
        valueRegex = ".+";
      }
    }
    return param.isEmpty() ? null : endOfList(opMapping, param, valueRegex, operationId + END_OF_LIST_SUFFIX);
  }

  /**
   * For a list the pager walks by an item's cursor but which GHL also pages by page number (a
   * cursor pair without a source, such as {@code searchContacts}' {@code body.page=}, which the
   * pager drops), a second end-of-list stub for a page number past the first, so that a caller's
   * own page-number loop ends too.
   */
  private static ObjectNode pageNumberEndOfListMapping(ObjectNode opMapping) {
    JsonNode ghl = opMapping.path("metadata").path("ghl");
    JsonNode p = ghl.get("pagination");
    if (p == null || !p.path("style").asText().equals("lastItem")) {
      return null;
    }
    for (JsonNode pair : p.path("cursor")) {
      String[] kv = pair.asText().split("=", 2);
      if (kv.length == 2 && kv[1].isEmpty()) {
        return endOfList(opMapping, kv[0], "(?!0*1$)\\d+", ghl.path("operationId").asText() + "-by-page" + END_OF_LIST_SUFFIX);
      }
    }
    return null;
  }

  /** A copy of {@code opMapping} answering an empty page to a request whose {@code param} matches {@code valueRegex}. */
  private static ObjectNode endOfList(ObjectNode opMapping, String param, String valueRegex, String name) {
    JsonNode ghl = opMapping.path("metadata").path("ghl");
    JsonNode p = ghl.get("pagination");
    String operationId = ghl.path("operationId").asText();
    String style = p.path("style").asText();
    ObjectNode end = opMapping.deepCopy();
    end.put("id", UUID.nameUUIDFromBytes(("ghl-testkit:" + name).getBytes(StandardCharsets.UTF_8)).toString());
    end.put("name", name);
    end.put("priority", END_OF_LIST_PRIORITY);
    ObjectNode request = (ObjectNode) end.get("request");
    String jsonPath = StubLayout.bodyJsonPath(param);
    if (jsonPath != null) { // a property of the JSON request body
      ArrayNode bodyPatterns = request.has("bodyPatterns") ? (ArrayNode) request.get("bodyPatterns") : request.putArray("bodyPatterns");
      bodyPatterns.addObject().putObject("matchesJsonPath").put("expression", jsonPath).put("matches", valueRegex);
    } else {
      ObjectNode query = request.has("queryParameters") ? (ObjectNode) request.get("queryParameters") : request.putObject("queryParameters");
      query.putObject(param).put("matches", valueRegex);
    }
    String itemsPath = p.path("itemsPath").asText();
    ObjectNode response = (ObjectNode) end.get("response");
    if (itemsPath.isEmpty()) {
      response.set("jsonBody", F.arrayNode()); // the body is the list
    } else {
      ObjectNode body = (ObjectNode) response.get("jsonBody");
      Json.set(body, itemsPath, F.arrayNode());
      // a missing cursor ends the walk (the fields are not nullable); message: GHL keeps lastMessageId and
      // nextPage=false ends it; lastItem: the cursor was an item's, gone with them
      if (Set.of("cursor", "page").contains(style)) {
        p.path("cursor").forEach(pair -> Json.remove(body, pair.asText().split("=", 2)[1]));
      }
      if (!p.path("hasMorePath").asText().isEmpty()) {
        Json.set(body, p.path("hasMorePath").asText(), F.booleanNode(false));
      }
    }
    ObjectNode meta = (ObjectNode) end.path("metadata").get("ghl");
    meta.removeAll();
    meta.put("operationId", operationId);
    meta.put("role", "end-of-list");
    return end;
  }

  /**
   * For an operation with required query parameters, a stub answering what GHL answers when one is
   * missing: 422 with GHL's error body naming the parameter ({@code "LocationId can't be undefined"},
   * the seed's text). It matches the operation's method and path only, below the operation's stub,
   * so it answers exactly the requests the operation's stub refuses for lack of a required query
   * parameter; a static body cannot know which one is missing, so where there are several it names
   * every required one (the testkit's gateways name exactly the missing ones).
   */
  private static ObjectNode missingQueryMapping(ObjectNode opMapping) {
    JsonNode ghl = opMapping.path("metadata").path("ghl");
    if (ghl.path("requiredQuery").isEmpty()) {
      return null;
    }
    String operationId = ghl.path("operationId").asText();
    ObjectNode missing = opMapping.deepCopy();
    missing.put("id", UUID.nameUUIDFromBytes(("ghl-testkit:" + operationId + MISSING_QUERY_SUFFIX).getBytes(StandardCharsets.UTF_8)).toString());
    missing.put("name", operationId + MISSING_QUERY_SUFFIX);
    missing.put("priority", MISSING_QUERY_PRIORITY);
    ((ObjectNode) missing.get("request")).remove("queryParameters");
    List<String> required = new ArrayList<>();
    ghl.path("requiredQuery").forEach(n -> required.add(n.asText()));
    ObjectNode response = (ObjectNode) missing.get("response");
    response.put("status", 422);
    response.remove("body"); // a non-JSON operation's example; the 422 is GHL's JSON error
    ((ObjectNode) response.get("headers")).put("Content-Type", JSON);
    response.set("jsonBody", Json.parse(ErrorBodies.missingQueryParameters(required)));
    ObjectNode meta = (ObjectNode) missing.path("metadata").get("ghl");
    meta.removeAll();
    meta.put("operationId", operationId);
    meta.put("role", "missing-query");
    return missing;
  }

  /**
   * For a templated path, the literal sibling paths a request could otherwise be confused with:
   * {@code /locations/{locationId}} must not answer {@code /locations/search}.
   */
  private static ObjectNode pathExclusions(String template, List<String> allPaths) {
    String[] t = template.split("/", -1);
    Map<String, TreeSet<String>> excluded = new LinkedHashMap<>();
    for (String other : allPaths) {
      if (other.equals(template)) {
        continue;
      }
      String[] o = other.split("/", -1);
      if (o.length != t.length) {
        continue;
      }
      String param = null;
      String literal = null;
      boolean compatible = true;
      for (int i = 0; i < t.length && compatible; i++) {
        boolean tVar = isVar(t[i]);
        boolean oVar = isVar(o[i]);
        if (tVar && !oVar) {
          if (param != null) {
            compatible = false; // differs in two places: not a simple sibling
          }
          param = t[i].substring(1, t[i].length() - 1);
          literal = o[i];
        } else if (!tVar && oVar) {
          compatible = false;
        } else if (!tVar && !t[i].equals(o[i])) {
          compatible = false;
        }
      }
      if (compatible && param != null && !literal.isEmpty()) {
        excluded.computeIfAbsent(param, k -> new TreeSet<>()).add(literal);
      }
    }
    ObjectNode out = F.objectNode();
    excluded.forEach((param, literals) -> {
      List<String> quoted = new ArrayList<>();
      literals.forEach(l -> quoted.add(regexLiteral(l)));
      out.putObject(param).put("doesNotMatch", String.join("|", quoted));
    });
    return out;
  }

  /**
   * {@code mapping} with its {@code urlPathTemplate} (and the {@code pathParameters} exclusions)
   * as one {@code urlPathPattern}: {@code /locations/{locationId}} excluding {@code search} becomes
   * {@code /locations/(?!(?:search)(?:/|$))[^/]+}. Mappings without a template are returned as they are.
   */
  private static ObjectNode withPathPattern(ObjectNode mapping) {
    ObjectNode request = (ObjectNode) mapping.get("request");
    if (!request.has("urlPathTemplate")) {
      return mapping;
    }
    ObjectNode copy = mapping.deepCopy();
    ObjectNode req = (ObjectNode) copy.get("request");
    JsonNode exclusions = req.path("pathParameters");
    List<String> parts = new ArrayList<>();
    for (String segment : req.get("urlPathTemplate").asText().split("/", -1)) {
      if (isVar(segment)) {
        String excluded = exclusions.path(segment.substring(1, segment.length() - 1)).path("doesNotMatch").asText();
        parts.add((excluded.isEmpty() ? "" : "(?!(?:" + excluded + ")(?:/|$))") + "[^/]+");
      } else {
        parts.add(regexLiteral(segment));
      }
    }
    String regex = String.join("/", parts);
    // keep the key order of the other mappings: method, path, then the rest
    ObjectNode rebuilt = F.objectNode();
    for (Map.Entry<String, JsonNode> e : req.properties()) {
      if (e.getKey().equals("urlPathTemplate")) {
        rebuilt.put("urlPathPattern", regex);
      } else if (!e.getKey().equals("pathParameters")) {
        rebuilt.set(e.getKey(), e.getValue());
      }
    }
    copy.set("request", rebuilt);
    return copy;
  }

  private static ObjectNode unauthorized(String kind, ObjectNode authorizationPattern) {
    ObjectNode mapping = F.objectNode();
    mapping.put("id", UUID.nameUUIDFromBytes(("ghl-testkit:" + GATEWAY_PREFIX + kind).getBytes(StandardCharsets.UTF_8)).toString());
    mapping.put("name", GATEWAY_PREFIX + kind);
    mapping.put("priority", GATEWAY_PRIORITY);
    ObjectNode request = mapping.putObject("request");
    request.put("method", "ANY");
    request.put("urlPathPattern", "/(highlevel-pit|connections)(/.*)?");
    request.putObject("headers").set("Authorization", authorizationPattern);
    ObjectNode resp = mapping.putObject("response");
    resp.put("status", 401);
    resp.putObject("headers").put("Content-Type", "application/json");
    resp.set("jsonBody", unauthorizedBody());
    mapping.putObject("metadata").putObject("ghl").put("gateway", kind);
    return mapping;
  }

  /** {@code text} as a regular expression matching only itself: plain path words as they are, others quoted. */
  private static String regexLiteral(String text) {
    return text.matches("[A-Za-z0-9_-]*") ? text : java.util.regex.Pattern.quote(text);
  }

  private static boolean isVar(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  /** Parses YAML (or JSON) into a tree, keeping the document's key order. */
  public static JsonNode readTree(String yaml) {
    try {
      return new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (IOException e) {
      throw new IllegalArgumentException("the spec is not valid YAML: " + e.getMessage(), e);
    }
  }

  /** Follows local {@code $ref}s ({@code #/components/...}) until a concrete node. */
  public static JsonNode deref(JsonNode root, JsonNode node) {
    JsonNode n = node;
    for (int guard = 0; n != null && n.has("$ref") && guard < 32; guard++) {
      String ref = n.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException("only local $refs are supported: " + ref);
      }
      n = root.at(ref.substring(1));
      if (n.isMissingNode()) {
        throw new IllegalStateException("unresolved $ref " + ref);
      }
    }
    return n;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    return node::elements;
  }

  /** Pretty-printed JSON text with LF line endings and a final newline, as the mapping files are written. */
  private static String write(JsonNode node) {
    DefaultIndenter lf = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(lf).withArrayIndenter(lf);
    ObjectWriter writer = new ObjectMapper().writer(printer);
    try {
      return writer.writeValueAsString(node) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
