package dev.pitkit.ghl.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The generated mappings, read from the classpath ({@code dev/pitkit/ghl/testkit/mappings/},
 * listed by {@code mappings-index.txt}). The testkit's own is {@link SpecHolder#catalog()}, read
 * once and shared read-only by every server in the JVM.
 */
public final class StubCatalog {
  private final List<String> mappingTexts;
  private final Map<String, OperationStub> operations;
  private final List<Resolver> resolvers;

  private record Resolver(OperationStub op, Pattern pattern, int literals) {}

  private StubCatalog(List<String> mappingTexts, Map<String, OperationStub> operations) {
    this.mappingTexts = List.copyOf(mappingTexts);
    this.operations = Collections.unmodifiableMap(operations);
    List<Resolver> r = new ArrayList<>();
    operations.values().forEach(op -> r.add(new Resolver(op, op.pathPattern(), op.literalSegments())));
    this.resolvers = List.copyOf(r);
  }

  /**
   * Loads the mappings visible to {@code loader}. When the generated files are missing (tests
   * run from an IDE that skipped the build's generation step), the same mappings are generated in
   * memory from the spec on the classpath.
   */
  public static StubCatalog load(ClassLoader loader) {
    String root = StubLayout.CLASSPATH_ROOT + "/";
    List<String> texts = new ArrayList<>();
    if (loader.getResource(root + StubLayout.INDEX_FILE) == null) {
      texts.addAll(SpecMappings.generate(SpecHolder.specText()).values());
    } else {
      for (String line : read(loader, root + StubLayout.INDEX_FILE).split("\n")) {
        String name = line.trim();
        if (!name.isEmpty()) {
          texts.add(read(loader, root + "mappings/" + name));
        }
      }
    }
    return fromTexts(texts);
  }

  /** A catalog of these mapping texts. */
  static StubCatalog fromTexts(List<String> texts) {
    Map<String, OperationStub> ops = new LinkedHashMap<>();
    for (String text : texts) {
      JsonNode m = Json.parse(text);
      JsonNode ghl = m.path("metadata").path("ghl");
      if (ghl.hasNonNull("operationId") && !ghl.has("role")) {
        OperationStub op = toOperation(m, ghl, text);
        ops.put(op.operationId(), op);
      }
    }
    return new StubCatalog(texts, ops);
  }

  private static OperationStub toOperation(JsonNode m, JsonNode ghl, String text) {
    OperationStub.Pagination pagination = null;
    JsonNode p = ghl.get("pagination");
    if (p != null && p.isObject()) {
      List<String> cursor = new ArrayList<>();
      p.path("cursor").forEach(c -> cursor.add(c.asText()));
      pagination = new OperationStub.Pagination(p.path("style").asText(), p.path("itemsPath").asText(),
          p.path("limitParam").asText(), p.path("offsetParam").asText(), List.copyOf(cursor), p.path("hasMorePath").asText(),
          p.path("firstPage").asLong(0));
    }
    return new OperationStub(ghl.path("operationId").asText(), ghl.path("method").asText(), ghl.path("path").asText(),
        ghl.path("token").asText(), strings(ghl.path("tokenAlso")), ghl.path("version").asText(), ghl.path("status").asInt(200),
        strings(ghl.path("requiredQuery")), strings(ghl.path("requireOneOf")),
        strings(ghl.path("together")),
        ghl.has("range") ? new OperationStub.Range(ghl.path("range").path("from").asText(), ghl.path("range").path("to").asText(),
            ghl.path("range").path("maxDays").asInt(0)) : null, pagination,
        m.path("response").has("jsonBody") ? m.path("response").get("jsonBody")
            : com.fasterxml.jackson.databind.node.TextNode.valueOf(m.path("response").path("body").asText()),
        ghl.path("contentType").asText("application/json"), text);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return List.copyOf(out);
  }

  private static String read(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is listed in the index but is not on the classpath: the ghl-testkit jar is incomplete");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every mapping file's JSON text: the operations' and the gateway's. */
  public List<String> mappingTexts() {
    return mappingTexts;
  }

  /** Operations by operationId, in file order. */
  public Map<String, OperationStub> operations() {
    return operations;
  }

  /**
   * The operation with this id.
   *
   * @throws IllegalArgumentException naming similar operationIds when there is none
   */
  public OperationStub operation(String operationId) {
    OperationStub op = operations.get(operationId);
    if (op == null) {
      List<String> similar = new ArrayList<>();
      String needle = operationId == null ? "" : operationId.toLowerCase(java.util.Locale.ROOT);
      for (String id : operations.keySet()) {
        String lower = id.toLowerCase(java.util.Locale.ROOT);
        if (!needle.isEmpty() && (lower.contains(needle) || needle.contains(lower) || distance(lower, needle) <= 3)) {
          similar.add(id);
        }
      }
      throw new IllegalArgumentException("no operation '" + operationId + "' in the spec"
          + (similar.isEmpty() ? "" : "; did you mean " + similar + "?"));
    }
    return op;
  }

  /** Levenshtein distance, for "did you mean". */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** The operation a request addresses (by method and path), literal paths before templates. */
  public Optional<OperationStub> resolve(String method, String url) {
    String path = pathOf(url);
    Resolver best = null;
    for (Resolver r : resolvers) {
      if (r.op.method().equalsIgnoreCase(method) && r.pattern.matcher(path).matches()
          && (best == null || r.literals > best.literals)) {
        best = r;
      }
    }
    return Optional.ofNullable(best).map(Resolver::op);
  }

  /** The raw path of a request URL (no query, no fragment). */
  public static String pathOf(String url) {
    try {
      String p = URI.create(url).getRawPath();
      return p == null ? url : p;
    } catch (IllegalArgumentException e) {
      int q = url.indexOf('?');
      return q < 0 ? url : url.substring(0, q);
    }
  }
}
