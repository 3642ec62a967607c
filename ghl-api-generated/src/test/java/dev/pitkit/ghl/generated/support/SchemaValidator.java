package dev.pitkit.ghl.generated.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.serialization.NodeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates JSON values against schemas of the spec with networknt's json-schema-validator in its
 * OpenAPI 3.0 dialect ({@code nullable}, {@code example} ... understood), {@code $ref}s resolved
 * inside the whole document.
 *
 * <p>Strict: an object schema that declares {@code properties} but says nothing about
 * {@code additionalProperties} is treated as closed, so an example carrying a property the schema
 * does not declare (a typo, or a field the generated model would silently drop) is reported.
 * Schemas without {@code properties} (free-form objects) stay open. Vendor extensions ({@code x-...})
 * are dropped from the copy it validates with: they carry no validation rule.
 */
public final class SchemaValidator {

  private static final String DOCUMENT_IRI = "https://spec.ghl.invalid/openapi.json";
  private static final JsonMapper JACKSON3 = JsonMapper.builder().build();

  private final SchemaRegistry registry;

  /** A validator for answers (and schema-level examples): {@code x-ghl-request-required} is not a rule there. */
  public SchemaValidator(JsonNode spec) {
    this(spec, false);
  }

  /**
   * A validator for answers, or with {@code requestSide} for request bodies: a property marked
   * {@code x-ghl-request-required: true} is then required as if listed in its schema's
   * {@code required} (spec/CONVENTIONS.md, "Schemas").
   */
  public SchemaValidator(JsonNode spec, boolean requestSide) {
    ObjectNode strict = spec.deepCopy();
    SchemaWalker.forEachSchema(strict, (pointer, schema) -> {
      if (schema.has("properties") && !schema.has("additionalProperties") && schema instanceof ObjectNode o) {
        o.put("additionalProperties", false);
      }
      if (requestSide && schema instanceof ObjectNode o) {
        for (Map.Entry<String, JsonNode> property : o.path("properties").properties()) {
          if (property.getValue().path("x-ghl-request-required").asBoolean(false)) {
            o.withArray("required").add(property.getKey());
          }
        }
      }
      if (schema instanceof ObjectNode o) {
        // vendor extensions (x-extensible-enum ...) are not validation keywords: the validator would log each as unknown
        o.properties().removeIf(e -> e.getKey().startsWith("x-"));
      }
    });
    String json = strict.toString();
    this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
        builder -> builder.schemas(Map.of(DOCUMENT_IRI, json)).nodeReader(new ParseOnce()));
  }

  /**
   * Validates {@code value} against the schema at {@code schemaPointer} ({@code #/...}); each error
   * is handed to {@code sink} as {@code <instance pointer>: <message>}.
   */
  public void validate(String schemaPointer, JsonNode value, Consumer<String> sink) {
    Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + schemaPointer));
    tools.jackson.databind.JsonNode instance = JACKSON3.readTree(value.toString());
    for (Error error : schema.validate(instance)) {
      sink.accept(error.getInstanceLocation() + ": " + error.getMessage());
    }
  }

  /**
   * The registry reads the document again for every pointer it is asked for ({@code DOCUMENT_IRI#/...})
   * and keeps each copy with its schema: past 200 operations that filled any heap. This reader parses
   * each text once and hands out the same tree.
   */
  private static final class ParseOnce implements NodeReader {
    private final NodeReader parser = NodeReader.builder().build();
    private final Map<String, tools.jackson.databind.JsonNode> trees = new HashMap<>();
    private final Map<String, tools.jackson.databind.JsonNode> schemaTrees = new HashMap<>();

    @Override
    public tools.jackson.databind.JsonNode readTree(String content, InputFormat format) {
      return trees.computeIfAbsent(content, c -> parser.readTree(c, format));
    }

    @Override
    public tools.jackson.databind.JsonNode readTree(InputStream in, InputFormat format) {
      return readTree(text(in), format);
    }

    @Override
    public tools.jackson.databind.JsonNode readSchema(String content, InputFormat format) {
      return schemaTrees.computeIfAbsent(content, c -> parser.readSchema(c, format));
    }

    @Override
    public tools.jackson.databind.JsonNode readSchema(InputStream in, InputFormat format) {
      return readSchema(text(in), format);
    }

    private static String text(InputStream in) {
      try (in) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Convenience: the errors as a list. */
  public List<String> errors(String schemaPointer, JsonNode value) {
    List<String> errors = new ArrayList<>();
    validate(schemaPointer, value, errors::add);
    return errors;
  }
}
