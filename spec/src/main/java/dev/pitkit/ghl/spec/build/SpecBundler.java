package dev.pitkit.ghl.spec.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Bundles the spec as people edit it (the root {@code spec/openapi.yaml} and one file per GHL app in
 * {@code spec/apps/}) into the one resolved document that generation, the testkit, the lint and the
 * breaking-change gate read. Runs at build time only (the spec module's {@code process-classes} phase);
 * it is not packaged.
 *
 * <p>The rules it enforces, so that the bundle is the same document whichever file a part sits in:
 * <ul>
 *   <li>an app file holds only {@code paths} and {@code components} (plus {@code openapi} and
 *       {@code info}, which make it a document an editor can check on its own);</li>
 *   <li>every path and every component name is unique across all files;</li>
 *   <li>a {@code $ref} to another file ({@code ../openapi.yaml#/components/...},
 *       {@code contacts.yaml#/components/...}) must name the file that defines it, and becomes a local
 *       reference in the bundle; every local reference of the bundle must resolve.</li>
 * </ul>
 */
public final class SpecBundler {

  private static final Set<String> APP_KEYS = Set.of("openapi", "info", "paths", "components");
  private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
          .build())
      .build();

  private final Path rootFile;
  private final Map<Path, JsonNode> documents = new HashMap<>();

  private SpecBundler(Path rootFile) {
    this.rootFile = rootFile.toAbsolutePath().normalize();
  }

  /**
   * Writes the bundle.
   *
   * @param args the root document ({@code spec/openapi.yaml}) and the file to write
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: SpecBundler <root openapi.yaml> <bundled output .yaml>");
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    YAML.writeValue(out.toFile(), bundle(Path.of(args[0])));
  }

  /**
   * The one document made of {@code root} and every {@code *.yaml} in the {@code apps} folder beside it.
   *
   * @param root the root document
   * @return the bundled document
   * @throws IOException when a file cannot be read
   * @throws IllegalStateException naming the file and the part when a rule above is broken
   */
  public static ObjectNode bundle(Path root) throws IOException {
    return new SpecBundler(root).bundle();
  }

  private ObjectNode bundle() throws IOException {
    ObjectNode bundle = (ObjectNode) read(rootFile).deepCopy();
    localizeRefs(bundle, rootFile);
    ObjectNode paths = bundle.putObject("paths");
    ObjectNode components = objectAt(bundle, "components");
    Map<String, Path> origin = new HashMap<>();
    for (Map.Entry<String, JsonNode> section : components.properties()) {
      section.getValue().properties().forEach(c -> origin.put(section.getKey() + "/" + c.getKey(), rootFile));
    }
    for (Path app : appFiles()) {
      JsonNode doc = read(app).deepCopy();
      for (Map.Entry<String, JsonNode> top : doc.properties()) {
        if (!APP_KEYS.contains(top.getKey())) {
          throw fail(app, "has '" + top.getKey() + "': an app file holds only paths and components; put it in "
              + rootFile.getFileName());
        }
      }
      localizeRefs(doc, app);
      for (Map.Entry<String, JsonNode> p : doc.path("paths").properties()) {
        Path before = origin.putIfAbsent("path " + p.getKey(), app);
        if (before != null) {
          throw fail(app, "path " + p.getKey() + " is also in " + before.getFileName());
        }
        paths.set(p.getKey(), p.getValue());
      }
      for (Map.Entry<String, JsonNode> section : doc.path("components").properties()) {
        ObjectNode target = objectAt(components, section.getKey());
        for (Map.Entry<String, JsonNode> c : section.getValue().properties()) {
          Path before = origin.putIfAbsent(section.getKey() + "/" + c.getKey(), app);
          if (before != null) {
            throw fail(app, "component " + section.getKey() + "/" + c.getKey() + " is also in "
                + before.getFileName() + " (every name is unique across the spec: spec/CONVENTIONS.md)");
          }
          target.set(c.getKey(), c.getValue());
        }
      }
    }
    checkRefsResolve(bundle, bundle);
    return bundle;
  }

  private static ObjectNode objectAt(ObjectNode parent, String name) {
    JsonNode node = parent.get(name);
    return node instanceof ObjectNode object ? object : parent.putObject(name);
  }

  private List<Path> appFiles() throws IOException {
    Path dir = rootFile.getParent().resolve("apps");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
  }

  /** Rewrites {@code file.yaml#/pointer} to {@code #/pointer} once the named file is known to define it. */
  private void localizeRefs(JsonNode node, Path file) throws IOException {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith("#")
          && read(file).at(ref.asText().substring(1)).isMissingNode()) {
        throw fail(file, "$ref '" + ref.asText() + "' is not defined in this file: name the file that"
            + " defines it (e.g. '../openapi.yaml" + ref.asText() + "')");
      }
      if (ref != null && ref.isTextual() && !ref.asText().startsWith("#")) {
        String text = ref.asText();
        int hash = text.indexOf('#');
        if (hash <= 0) {
          throw fail(file, "$ref '" + text + "' must point into a spec file (file.yaml#/pointer)");
        }
        Path target = file.getParent().resolve(text.substring(0, hash)).normalize();
        String pointer = text.substring(hash + 1);
        if (!Files.exists(target) || read(target).at(pointer).isMissingNode()) {
          throw fail(file, "$ref '" + text + "' does not resolve");
        }
        object.set("$ref", TextNode.valueOf("#" + pointer));
      }
    }
    for (JsonNode child : children(node)) {
      localizeRefs(child, file);
    }
  }

  private void checkRefsResolve(JsonNode node, JsonNode bundle) {
    JsonNode ref = node.get("$ref");
    if (node.isObject() && ref != null && ref.isTextual()
        && bundle.at(ref.asText().substring(1)).isMissingNode()) {
      throw new IllegalStateException("spec: $ref '" + ref.asText() + "' resolves to nothing in the bundle");
    }
    for (JsonNode child : children(node)) {
      checkRefsResolve(child, bundle);
    }
  }

  private static List<JsonNode> children(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    node.elements().forEachRemaining(out::add);
    return out;
  }

  private JsonNode read(Path file) throws IOException {
    Path key = file.toAbsolutePath().normalize();
    JsonNode doc = documents.get(key);
    if (doc == null) {
      doc = YAML.readTree(key.toFile());
      if (doc == null || !doc.isObject()) {
        throw fail(key, "is not a YAML mapping");
      }
      documents.put(key, doc);
    }
    return doc;
  }

  private static IllegalStateException fail(Path file, String problem) {
    return new IllegalStateException("spec: " + file.getFileName() + " " + problem);
  }
}
