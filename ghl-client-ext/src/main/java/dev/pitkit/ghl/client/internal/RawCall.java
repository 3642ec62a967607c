package dev.pitkit.ghl.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitkit.ghl.client.GhlRawRequest;
import dev.pitkit.ghl.client.error.GhlValidationException;
import dev.pitkit.ghl.client.error.GhlValidationException.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A {@link GhlRawRequest} as the {@link CallPipeline} takes it: the operation it stands for, its
 * check before sending (the rules a generated method's plan and validator apply, for a path the
 * spec does not know), and its URL, headers and body.
 */
final class RawCall {
  /** Where the gateway serves GHL's API. */
  static final String GATEWAY_PREFIX = "/highlevel-pit";
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
  /** Headers the client sets, by lower-case name, with where to set them instead (the transport's: {@link JdkTransport#restricted}). */
  private static final Map<String, String> CLIENT_HEADERS = Map.of(
      "authorization", "the client sends the API key",
      "maton-connection", "set by token(...), or a view's withConnection(...)",
      "version", "set by version(...)",
      "user-agent", "the client's own",
      "content-type", "the client's: the body is JSON",
      "transfer-encoding", "the transport's");

  final GhlRawRequest raw;
  final OperationInfo operation;

  RawCall(GhlRawRequest raw) {
    this.raw = raw;
    this.operation = new OperationInfo(raw.operationId(), raw.method(), GATEWAY_PREFIX + raw.path(),
        raw.token() == GhlRawRequest.Token.AGENCY ? TokenType.AGENCY : TokenType.SUB_ACCOUNT,
        raw.version() == null ? "" : raw.version(), List.of(), List.of(), null, null, 0);
  }

  /**
   * Checks the request before anything is sent.
   *
   * @throws GhlValidationException naming every problem
   */
  void validate() {
    List<Violation> out = new ArrayList<>();
    if (!METHODS.contains(raw.method())) {
      out.add(new Violation("method", "must be GET, POST, PUT, PATCH or DELETE"));
    }
    checkPath(out);
    for (Map.Entry<String, Object> q : raw.queryParams()) {
      if (q.getKey().isEmpty()) {
        out.add(new Violation("queryParams", "a name must not be empty"));
      } else if (!(q.getValue() instanceof List<?> values ? values.stream().allMatch(RawCall::isQueryValue)
          : isQueryValue(q.getValue()))) {
        out.add(new Violation("queryParams." + q.getKey(), "must be a string, number, boolean, enum or UUID,"
            + " or an Iterable or array of them (was " + q.getValue().getClass().getSimpleName() + ")"));
      }
    }
    for (Map.Entry<String, String> h : raw.headers()) {
      checkHeader(h.getKey(), h.getValue(), out);
    }
    if (raw.method().equals("GET") && (raw.body() != null || raw.jsonBody() != null)) {
      out.add(new Violation("body", "a GET request carries no body"));
    } else if (raw.jsonBody() != null) {
      checkJson(raw.jsonBody(), out);
    } else if (raw.body() instanceof CharSequence) { // body("{...}") would go out as one JSON string
      out.add(new Violation("body", "is a string, which body(...) writes as a JSON string: give JSON text with jsonBody(...)"));
    }
    if (!out.isEmpty()) {
      out.sort(Comparator.comparing(Violation::field));
      throw new GhlValidationException(raw.operationId(), out);
    }
  }

  /** A value whose {@code toString()} is what the server reads (null: left out). */
  private static boolean isQueryValue(Object v) {
    return v == null || v instanceof CharSequence || v instanceof Number || v instanceof Boolean
        || v instanceof Character || v instanceof Enum<?> || v instanceof java.util.UUID;
  }

  /** Plain literals between {@code {name}} variables, no empty, {@code .} or {@code ..} segment, each variable given. */
  private void checkPath(List<Violation> out) {
    String path = raw.path();
    if (!path.startsWith("/")) {
      out.add(new Violation("path", "must start with / (GHL's path, e.g. /contacts/{contactId})"));
      return;
    }
    if (path.equals(GATEWAY_PREFIX) || path.startsWith(GATEWAY_PREFIX + "/")) {
      out.add(new Violation("path", "is GHL's path without " + GATEWAY_PREFIX + ": the client adds it"));
      return;
    }
    int before = out.size();
    List<String> variables = new ArrayList<>();
    String[] segments = path.substring(1).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      String name = segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}")
          ? segment.substring(1, segment.length() - 1) : null;
      if (segment.isEmpty() && i < segments.length - 1) { // a trailing slash is GHL's (GET /contacts/)
        out.add(new Violation("path", "must not have an empty segment (//)"));
      } else if (segment.equals(".") || segment.equals("..")) {
        out.add(new Violation("path", "must not have a '.' or '..' segment"));
      } else if (name != null && RequestPlan.isPlainPath(name)) {
        variables.add(name);
      } else if (!RequestPlan.isPlainPath(segment)) {
        out.add(new Violation("path", "may hold only letters, digits, - . _ ~ and / outside whole-segment {variables}"
            + " (values go in pathParam(...), query parameters in queryParam(...))"));
      }
    }
    if (out.size() > before) {
      return; // which values the path takes is unclear until it is plain
    }
    for (String name : variables) {
      Object value = raw.pathParams().get(name);
      String problem = value == null ? (raw.pathParams().containsKey(name) ? "must not be null" : "is a variable of the path: give it with pathParam(...)")
          : RequestValidator.pathSegmentProblem(String.valueOf(value));
      if (problem != null) {
        out.add(new Violation(name, problem));
      }
    }
    for (String name : raw.pathParams().keySet()) {
      if (!variables.contains(name)) {
        out.add(new Violation(name, "is not a variable of the path " + path));
      }
    }
  }

  private static void checkHeader(String name, String value, List<Violation> out) {
    String field = "headers." + name;
    String reason = JdkTransport.restricted(name) ? "the transport's" : CLIENT_HEADERS.get(name.toLowerCase(Locale.ROOT));
    if (name.isEmpty() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0)) {
      out.add(new Violation("headers", "a name must be a token (letters, digits and !#$%&'*+-.^_`|~)"));
    } else if (reason != null) {
      out.add(new Violation(field, "is not the caller's to set (" + reason + ")"));
    } else if (value == null) {
      out.add(new Violation(field, "must not be null"));
    } else if (!value.chars().allMatch(c -> c == '\t' || c >= 0x20 && c < 0x7f)) { // the JDK sends ASCII only
      out.add(new Violation(field, "must be printable ASCII: no control characters (CR, LF, ...), no other characters"));
    }
  }

  /** Where the text stops being JSON, never the text itself (it may be personal data). */
  private static void checkJson(String json, List<Violation> out) {
    try (var parser = ClientJson.MAPPER.createParser(json)) {
      if (parser.nextToken() == null) {
        out.add(new Violation("body", "is empty, not JSON"));
        return;
      }
      parser.skipChildren();
      if (parser.nextToken() != null) {
        out.add(new Violation("body", "holds more than one JSON value"));
      }
    } catch (IOException e) {
      var at = e instanceof JsonProcessingException p ? p.getLocation() : null;
      out.add(new Violation("body", "is not JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column "
          + at.getColumnNr() + ")")));
    }
  }

  /** The absolute URL: each path value one encoded segment, the query in the order given, nulls left out. */
  String url(String baseUrl) {
    StringBuilder sb = new StringBuilder(baseUrl).append(GATEWAY_PREFIX);
    String path = raw.path();
    int at = 0;
    for (int open = path.indexOf('{'); open >= 0; open = path.indexOf('{', at)) {
      int close = path.indexOf('}', open);
      sb.append(path, at, open).append(RequestPlan.encode(String.valueOf(raw.pathParams().get(path.substring(open + 1, close))), false));
      at = close + 1;
    }
    sb.append(path, at, path.length());
    char sep = '?';
    for (Map.Entry<String, Object> q : raw.queryParams()) {
      sep = RequestPlan.appendQuery(sb, sep, RequestPlan.encode(q.getKey(), false), q.getValue(), false);
    }
    return sb.toString();
  }

  /** The JSON body, or null: JSON text as it is, an object by {@link Writer#MAPPER}. */
  byte[] body() throws JsonProcessingException {
    if (raw.jsonBody() != null) {
      return raw.jsonBody().getBytes(StandardCharsets.UTF_8);
    }
    return raw.body() == null ? null : Writer.MAPPER.writeValueAsBytes(raw.body());
  }

  /**
   * The client's mapper, but keeping a map's null values: in a {@code Map} body a null is the
   * caller's (a field to clear), where a model's never-set fields are still left out. Built on the
   * first raw body.
   */
  private static final class Writer {
    static final ObjectMapper MAPPER = ClientJson.newMapper().setDefaultPropertyInclusion(
        com.fasterxml.jackson.annotation.JsonInclude.Value.construct(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL,
            com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS));
  }

  /** Name/value pairs as a plan's: {@code Accept} (JSON unless the caller set one), {@code Content-Type} with a body, the caller's. */
  String[] headers(boolean hasBody) {
    List<String> out = new ArrayList<>();
    if (raw.headers().stream().noneMatch(h -> h.getKey().equalsIgnoreCase("Accept"))) {
      out.add("Accept");
      out.add("application/json");
    }
    if (hasBody) {
      out.add("Content-Type");
      out.add("application/json");
    }
    for (Map.Entry<String, String> h : raw.headers()) {
      out.add(h.getKey());
      out.add(h.getValue());
    }
    return out.toArray(new String[0]);
  }
}
