package dev.pitkit.ghl.generated.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One operation of the spec: swagger-parser's {@link Operation} plus the raw YAML node (for
 * examples) and its JSON pointer (for messages).
 */
public record SpecOperation(String path, String method, Operation model, JsonNode raw, PathItem pathItem) {

  public String operationId() {
    return model.getOperationId();
  }

  /** The single tag (or {@code "?"} when the spec breaks the one-tag rule; the lint reports that). */
  public String tag() {
    return model.getTags() == null || model.getTags().isEmpty() ? "?" : model.getTags().get(0);
  }

  /** {@code #/paths/~1highlevel-pit~1contacts~1/get}. */
  public String pointer() {
    return SpecFile.pointer("paths", path, method.toLowerCase(Locale.ROOT));
  }

  /** Path-item and operation parameters together (operation ones win), {@code $ref}s resolved. */
  public List<Parameter> parameters() {
    List<Parameter> all = new ArrayList<>();
    if (model.getParameters() != null) {
      all.addAll(model.getParameters());
    }
    if (pathItem.getParameters() != null) {
      for (Parameter p : pathItem.getParameters()) {
        if (all.stream().noneMatch(q -> q.getName().equals(p.getName()) && q.getIn().equals(p.getIn()))) {
          all.add(p);
        }
      }
    }
    return all;
  }

  public List<Parameter> parameters(String in) {
    return parameters().stream().filter(p -> in.equals(p.getIn())).toList();
  }

  /**
   * The raw parameter object (operation level first, then path-item level) and its pointer; a
   * {@code $ref} is followed and the pointer is then the referenced one.
   */
  public Optional<RawParameter> rawParameter(String name, String in) {
    String[] owners = {pointer(), SpecFile.pointer("paths", path)};
    for (String owner : owners) {
      JsonNode params = SpecFile.at(owner + "/parameters").orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
      for (int i = 0; i < params.size(); i++) {
        JsonNode candidate = SpecFile.deref(params.get(i));
        if (name.equals(candidate.path("name").asText()) && in.equals(candidate.path("in").asText())) {
          String at = params.get(i).has("$ref") ? params.get(i).get("$ref").asText() : owner + "/parameters/" + i;
          return Optional.of(new RawParameter(at, candidate));
        }
      }
    }
    return Optional.empty();
  }

  /** A parameter object as written; {@link #example()} is the parameter's or else its schema's example. */
  public record RawParameter(String pointer, JsonNode node) {
    public Optional<JsonNode> example() {
      if (node.has("example")) {
        return Optional.of(node.get("example"));
      }
      return Optional.ofNullable(node.path("schema").get("example"));
    }
  }

  /** Whether the request body is {@code multipart/form-data} only (a file upload; its fields are form parameters). */
  public boolean multipart() {
    JsonNode content = raw.path("requestBody").path("content");
    return content.has("multipart/form-data") && !content.has("application/json");
  }

  /** The JSON example of the request body, if the operation has one. */
  public Optional<Example> requestExample() {
    JsonNode media = raw.path("requestBody").path("content").path("application/json");
    if (media.isMissingNode() || !media.has("example")) {
      return Optional.empty();
    }
    String mediaPointer = pointer() + "/requestBody/content/" + SpecFile.escape("application/json");
    return Optional.of(new Example(this, "request body", media.get("example"), mediaPointer, "application/json"));
  }

  /**
   * The examples of the 2xx responses: the {@code application/json} one, or for an answer that is
   * not JSON (CONVENTIONS.md, "Non-JSON answers") the example of its one media type.
   */
  public List<Example> successExamples() {
    List<Example> examples = new ArrayList<>();
    raw.path("responses").properties().forEach(e -> {
      if (!e.getKey().startsWith("2")) {
        return;
      }
      JsonNode content = SpecFile.deref(e.getValue()).path("content");
      String mediaType = content.has("application/json") || content.size() != 1
          ? "application/json" : content.fieldNames().next();
      JsonNode media = content.path(mediaType);
      if (media.has("example")) {
        String mediaPointer = pointer() + "/responses/" + e.getKey() + "/content/" + SpecFile.escape(mediaType);
        examples.add(new Example(this, "response " + e.getKey(), media.get("example"), mediaPointer, mediaType));
      }
    });
    return examples;
  }

  @Override
  public String toString() {
    return operationId() + " (" + method + " " + path + ")";
  }

  /**
   * A media-type-level example with the pointer of its media type object ({@code .../content/application~1json})
   * and the media type. A non-JSON example ({@link #json()} false) is a string: the text, or a stand-in for the bytes.
   */
  public record Example(SpecOperation operation, String kind, JsonNode value, String mediaPointer, String mediaType) {
    public boolean json() {
      return "application/json".equals(mediaType);
    }

    /** The body a server answers with: the JSON text, or the example string itself. */
    public String body() {
      return json() ? value.toString() : value.asText();
    }

    public String examplePointer() {
      return mediaPointer + "/example";
    }

    public String schemaPointer() {
      return mediaPointer + "/schema";
    }

    @Override
    public String toString() {
      return operation.operationId() + " " + kind;
    }
  }
}
