package dev.pitkit.ghl.testkit.internal;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates requests (and responses) against the spec with swagger-request-validator's
 * {@link OpenApiInteractionValidator}. Thread-safe; the one for the spec on the classpath is
 * {@link SpecHolder#validator()}, built once per JVM on first use (parsing the spec takes a moment).
 *
 * <p>Requests are checked as GHL checks them: a property marked {@code x-ghl-request-required} (on a
 * schema answers share, which lists no {@code required}) is required in a request body. Responses are
 * checked against the spec as written, by a second validator built on the first response checked.
 *
 * <p>Gateway headers ({@code Authorization}, {@code Maton-Connection}, {@code Version}) are not
 * spec parameters, so security checks are ignored; the testkit checks those headers itself.
 * Unknown query parameters are errors: a misspelt parameter name must not pass silently.
 */
public final class SpecValidator {
  /** Message keys never reported. */
  private static final Set<String> IGNORED_PREFIXES = Set.of("validation.request.security");
  /** The message keys of a request to a path, or a method of a path, that the spec does not have. */
  private static final Set<String> OUTSIDE_THE_SPEC = Set.of("validation.request.path.missing",
      "validation.request.operation.notAllowed");
  private static final String MULTIPART = "multipart/form-data";

  private final OpenApiInteractionValidator validator;
  private final String specText;
  /** Built on first use: only the testkit's own tests check responses. */
  private volatile OpenApiInteractionValidator responseValidator;
  /** The file uploads: swagger-request-validator does not validate a multipart body, this class checks its parts. */
  private final List<Upload> uploads;

  /**
   * An operation taking {@code multipart/form-data}: its method, path, the parts its schema requires,
   * and the required map of parts whose entries are parts of their own names (e.g. {@code files}), if any.
   */
  private record Upload(String method, Pattern path, List<String> requiredParts, Set<String> declared, String requiredMap) {}

  private SpecValidator(String specText) {
    JsonNode tree = SpecMappings.readTree(specText);
    this.specText = specText;
    this.validator = build(requestSide(tree.deepCopy()).toString());
    this.uploads = uploads(tree);
  }

  private static OpenApiInteractionValidator build(String specText) {
    LevelResolver levels = LevelResolver.create().withLevel("validation.request.security", ValidationReport.Level.IGNORE)
        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
        .build();
    return OpenApiInteractionValidator.createForInlineApiSpecification(specText).withLevelResolver(levels).build();
  }

  /** The spec with each {@code x-ghl-request-required} property listed in its schema's {@code required}. */
  private static JsonNode requestSide(JsonNode spec) {
    spec.path("components").path("schemas").forEach(schema -> schema.path("properties").fields().forEachRemaining(p -> {
      if (p.getValue().path("x-ghl-request-required").asBoolean(false)) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) schema).withArray("required").add(p.getKey());
      }
    }));
    return spec;
  }

  private static List<Upload> uploads(JsonNode root) {
    List<Upload> out = new ArrayList<>();
    root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      JsonNode schema = SpecMappings.deref(root, SpecMappings.deref(root, op.getValue().path("requestBody"))
          .path("content").path(MULTIPART).path("schema"));
      if (!schema.isMissingNode()) {
        List<String> required = new ArrayList<>();
        String requiredMap = null;
        for (JsonNode name : schema.path("required")) {
          JsonNode property = SpecMappings.deref(root, schema.path("properties").path(name.asText()));
          if (property.path("additionalProperties").isObject()) {
            requiredMap = name.asText(); // sent as one part per entry, under the entry's name
          } else {
            required.add(name.asText());
          }
        }
        Set<String> declared = new java.util.HashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(declared::add);
        Pattern template = Pattern.compile(Pattern.quote(path.getKey()).replaceAll("\\{[^/}]+}", "\\\\E[^/]+\\\\Q"));
        out.add(new Upload(op.getKey().toUpperCase(Locale.ROOT), template, List.copyOf(required), Set.copyOf(declared),
            requiredMap));
      }
    }));
    return List.copyOf(out);
  }

  /** A validator for this spec text (the classpath spec's is {@link SpecHolder#validator()}). */
  public static SpecValidator forSpec(String specText) {
    return new SpecValidator(specText);
  }

  /** The underlying validator of requests. */
  public OpenApiInteractionValidator validator() {
    return validator;
  }

  /** Spec violations of a recorded request, one line each; empty when valid. */
  public List<String> validate(LoggedRequest request) {
    List<String> out = messages(validator.validateRequest(toRequest(request)));
    String type = request.getHeader("Content-Type");
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith(MULTIPART)) {
      out.addAll(missingParts(request));
    }
    return out;
  }

  /**
   * As {@link #validate}, for a request a stub answered: a path or method the spec does not have is
   * then the test's own stub's business (an endpoint outside the spec, called with a raw request), not
   * a violation. Everything else is checked as for any request.
   */
  public List<String> validateAnswered(LoggedRequest request) {
    List<String> out = validate(request);
    out.removeIf(m -> OUTSIDE_THE_SPEC.stream().anyMatch(key -> m.contains("(" + key + ")")));
    return out;
  }

  /** The parts an upload's schema requires that the multipart body lacks. */
  private List<String> missingParts(LoggedRequest request) {
    String path = URI.create(request.getUrl()).getPath();
    for (Upload upload : uploads) {
      if (upload.method().equals(request.getMethod().getName()) && upload.path().matcher(path).matches()) {
        Set<String> sent = new java.util.HashSet<>();
        try {
          if (request.getParts() != null) {
            request.getParts().forEach(part -> sent.add(part.getName()));
          }
        } catch (RuntimeException e) { // not a readable multipart body
          return List.of("The multipart body could not be read: " + e.getMessage() + " (validation.request.body.multipart.unreadable)");
        }
        List<String> out = new ArrayList<>();
        upload.requiredParts().stream().filter(name -> !sent.contains(name)).forEach(name -> out.add("Part '" + name
            + "' of the multipart body is required but missing (validation.request.body.multipart.missingPart)"));
        if (upload.requiredMap() != null && upload.declared().containsAll(sent)) {
          out.add("The multipart body has no part of '" + upload.requiredMap() + "' (one part per entry, under its own"
              + " name), which is required (validation.request.body.multipart.missingPart)");
        }
        return out;
      }
    }
    return List.of();
  }

  /**
   * Spec violations of a response.
   *
   * @param path a concrete request path
   * @param method the HTTP method
   * @param status response status
   * @param contentType response content type
   * @param body response body
   * @return one line per violation; empty when valid
   */
  public List<String> validateResponse(String path, String method, int status, String contentType, String body) {
    SimpleResponse.Builder b = SimpleResponse.Builder.status(status);
    if (contentType != null) {
      b.withContentType(contentType);
    }
    if (body != null) {
      b.withBody(body);
    }
    return messages(responseValidator().validateResponse(path, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), b.build()));
  }

  private OpenApiInteractionValidator responseValidator() {
    OpenApiInteractionValidator v = responseValidator;
    if (v == null) {
      synchronized (this) {
        v = responseValidator;
        if (v == null) {
          responseValidator = v = build(specText);
        }
      }
    }
    return v;
  }

  private static List<String> messages(ValidationReport report) {
    List<String> out = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() != ValidationReport.Level.ERROR || IGNORED_PREFIXES.stream().anyMatch(m.getKey()::startsWith)) {
        continue;
      }
      StringBuilder line = new StringBuilder(m.getMessage());
      // a parameter's value is its own instance ("/"): name the parameter instead
      m.getContext().flatMap(c -> c.getParameter()).ifPresentOrElse(
          param -> line.append(" [").append(param.getIn()).append(" parameter ").append(param.getName()).append(']'),
          () -> m.getContext().flatMap(c -> c.getPointers()).ifPresent(p -> line.append(" [at ").append(p.getInstance()).append(']')));
      line.append(" (").append(m.getKey()).append(')');
      for (String detail : m.getNestedMessages().stream().map(ValidationReport.Message::getMessage).toList()) {
        line.append("\n      - ").append(detail);
      }
      out.add(line.toString());
    }
    return out;
  }

  /** A validator request from a WireMock-recorded request. */
  static Request toRequest(LoggedRequest r) {
    String url = r.getUrl();
    int q = url.indexOf('?');
    String rawPath = q < 0 ? url : url.substring(0, q);
    String query = q < 0 ? null : url.substring(q + 1);
    String path;
    try {
      path = URI.create(rawPath).getPath();
    } catch (IllegalArgumentException e) {
      path = rawPath; // not a valid URI path: validate it as sent
    }
    SimpleRequest.Builder b = new SimpleRequest.Builder(r.getMethod().getName(), path == null || path.isEmpty() ? "/" : path);
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        b.withQueryParam(name, value);
      }
    }
    for (HttpHeader h : r.getHeaders().all()) {
      b.withHeader(h.key(), h.values());
    }
    String body = r.getBodyAsString();
    if (body != null && !body.isEmpty()) {
      b.withBody(body);
    }
    return b.build();
  }
}
