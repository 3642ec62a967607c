package dev.pitkit.ghl.generated.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The spec the generator reads (the bundle the spec module builds from {@code spec/openapi.yaml} and
 * {@code spec/apps/*.yaml}, not a possibly stale copy from the local repository), in two views: swagger-parser's model for structure, and the raw YAML tree for
 * examples (exactly as written, untouched by swagger-core's example coercion).
 */
public final class SpecFile {

  private static final Path FILE = locate();
  private static final JsonNode TREE = readTree();
  private static final SwaggerParseResult PARSED = parse();

  private SpecFile() {}

  public static Path path() {
    return FILE;
  }

  /** The raw document (Jackson 2 tree of the YAML). */
  public static JsonNode tree() {
    return TREE;
  }

  /** swagger-parser's view, references resolved (component {@code $ref}s kept, external ones inlined). */
  public static OpenAPI openApi() {
    return PARSED.getOpenAPI();
  }

  /** swagger-parser's messages (errors and warnings); empty for a clean spec. */
  public static List<String> parserMessages() {
    return PARSED.getMessages() == null ? List.of() : PARSED.getMessages();
  }

  /** Every operation, in document order. */
  public static List<SpecOperation> operations() {
    List<SpecOperation> ops = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : openApi().getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
        String method = op.getKey().name();
        JsonNode raw = TREE.path("paths").path(path.getKey()).path(method.toLowerCase(Locale.ROOT));
        ops.add(new SpecOperation(path.getKey(), method, op.getValue(), raw, path.getValue()));
      }
    }
    return ops;
  }

  public static SpecOperation operation(String operationId) {
    return operations().stream().filter(o -> operationId.equals(o.operationId())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no operation " + operationId + " in the spec"));
  }

  /** The spec's tag names, in document order. */
  public static List<String> tags() {
    List<String> tags = new ArrayList<>();
    TREE.path("tags").forEach(t -> tags.add(t.path("name").asText()));
    return tags;
  }

  /** The raw node at a JSON pointer ({@code #/a/b} or {@code /a/b}). */
  public static Optional<JsonNode> at(String pointer) {
    JsonNode node = TREE.at(pointer.startsWith("#") ? pointer.substring(1) : pointer);
    return node.isMissingNode() ? Optional.empty() : Optional.of(node);
  }

  /** Follows {@code $ref}s of a raw node until a node without one. */
  public static JsonNode deref(JsonNode node) {
    JsonNode n = node;
    for (int i = 0; i < 20 && n.has("$ref"); i++) {
      n = at(n.get("$ref").asText()).orElseThrow(() -> new IllegalStateException("unresolved " + node.get("$ref")));
    }
    return n;
  }

  /** RFC 6901 escaping of one pointer segment. */
  public static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /** {@code #/a/b/c} from segments, each escaped. */
  public static String pointer(String... segments) {
    StringBuilder sb = new StringBuilder("#");
    for (String s : segments) {
      sb.append('/').append(escape(s));
    }
    return sb.toString();
  }

  /** The property names of an object node (none for other nodes), in document order. */
  public static List<String> fieldNames(JsonNode node) {
    return node.properties().stream().map(Map.Entry::getKey).toList();
  }

  private static Path locate() {
    String override = System.getProperty("ghl.spec");
    if (override != null && !override.isBlank()) {
      return Path.of(override); // lint a candidate spec: -Dghl.spec=/path/to/openapi.yaml -Dtest=SpecLintTest
    }
    String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
    Path p = Path.of(basedir).resolve("../spec/target/classes/dev/pitkit/ghl/spec/openapi.yaml").normalize();
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException("bundled spec not found at " + p + " (tests run from the ghl-api-generated"
          + " module, after the spec module: build with -am)");
    }
    return p;
  }

  private static JsonNode readTree() {
    try {
      return new YAMLMapper().readTree(FILE.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SwaggerParseResult parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readLocation(FILE.toUri().toString(), null, options);
  }
}
