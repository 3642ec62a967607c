package dev.pitkit.ghl.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitkit.ghl.client.error.BadRequestException;
import dev.pitkit.ghl.client.error.ConflictException;
import dev.pitkit.ghl.client.error.ErrorDetails;
import dev.pitkit.ghl.client.error.GhlApiException;
import dev.pitkit.ghl.client.error.InternalServerException;
import dev.pitkit.ghl.client.error.NotFoundException;
import dev.pitkit.ghl.client.error.PermissionDeniedException;
import dev.pitkit.ghl.client.error.RateLimitException;
import dev.pitkit.ghl.client.error.UnauthorizedException;
import dev.pitkit.ghl.client.error.UnexpectedStatusException;
import dev.pitkit.ghl.client.error.UnprocessableEntityException;
import dev.pitkit.ghl.client.resilience.RateLimitInfo;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns an error response into the typed exception for its status, with GHL's body parsed. */
final class ErrorMapper {
  /** How much of an error body {@link ErrorDetails#body()} keeps. */
  static final int MAX_BODY_CHARS = 8192;
  /** How much of an error body is read and parsed: a long message list is still GHL's message. */
  static final int MAX_PARSED_BYTES = 1 << 20;
  private static final java.util.regex.Pattern TITLE =
      java.util.regex.Pattern.compile("<title[^>]*>([^<]{0,300})</title", java.util.regex.Pattern.CASE_INSENSITIVE);
  private final ObjectMapper mapper;
  private final Clock clock;
  private final Secret apiKey;

  ErrorMapper(ObjectMapper mapper, Clock clock, Secret apiKey) {
    this.mapper = mapper;
    this.clock = clock;
    this.apiKey = apiKey;
  }

  /** The typed exception for the error {@code response} of {@code call}, sent {@code attempts} times. */
  GhlApiException map(Response response, Call call, int attempts) {
    OperationInfo op = call.operation();
    String body = apiKey.maskIn(readBody(response)); // a server may echo the key: "Invalid API key ..."
    int status = response.status();
    List<String> messages = new ArrayList<>();
    String error = null;
    String traceId = null;
    Map<String, String> meta = new LinkedHashMap<>();
    JsonNode json = parse(body); // masked as text, escapes included: nothing read from it holds the key
    if (json != null && json.isObject()) {
      addTexts(json.get("message"), messages);
      if (messages.isEmpty()) {
        addTexts(json.get("msg"), messages); // the shape some of GHL's older services answer
      }
      JsonNode e = json.get("error");
      error = e == null || e.isNull() ? null : textOf(e); // a name ("Not Found"), or an object with a message
      traceId = text(json, "traceId");
      json.path("meta").properties().forEach(f -> meta.put(f.getKey(), f.getValue().isValueNode() ? f.getValue().asText()
          : f.getValue().toString()));
    }
    if (messages.isEmpty()) {
      messages.add(error != null ? error : json != null ? abbreviated(json.toString()) : statusText(status, body));
    }
    Map<String, List<String>> headers = masked(lowerCase(response.headers()));
    RateLimitInfo info = status == 429 ? RateLimitInfo.parse(headers, clock) : null;
    if (traceId == null) {
      traceId = first(headers, "x-request-id", "x-trace-id", "traceid", "x-amzn-trace-id");
    }
    ErrorDetails d = ErrorDetails.builder().status(status).errorMessages(messages).error(error).traceId(traceId)
        .method(response.request().httpMethod().name()).path(Requests.path(response.request()))
        .operationId(op.operationId()).connection(call.connection()).headers(headers).meta(meta)
        .body(body.length() > MAX_BODY_CHARS ? body.substring(0, MAX_BODY_CHARS) : body)
        .attempts(Math.max(1, attempts))
        .hint(hint(status, messages, info, call, response.request(), attempts)).build();
    return switch (status) {
      case 400 -> new BadRequestException(d);
      case 401 -> new UnauthorizedException(d);
      case 403 -> new PermissionDeniedException(d);
      case 404 -> new NotFoundException(d);
      case 409 -> new ConflictException(d);
      case 422 -> new UnprocessableEntityException(d);
      case 429 -> new RateLimitException(d, info);
      default -> status >= 500 && status < 600 ? new InternalServerException(d) : new UnexpectedStatusException(d);
    };
  }

  private static String hint(int status, List<String> messages, RateLimitInfo info, Call call, Request request,
      int attempts) {
    if (status == 429) {
      return Hints.forRateLimit(info, call.retryPolicy(), attempts);
    }
    String hint = Hints.forError(status, String.join(" ", messages), call.operation(), call.connection(),
        sendsLocation(request));
    String notRetried = Hints.notRetriedWrite(call.retryPolicy(), request.httpMethod().name(), status, attempts);
    return notRetried == null ? hint : hint == null ? notRetried : hint + " " + notRetried;
  }

  /** Whether the request named its location: {@code locationId} or {@code altId} in its query or JSON body. */
  private static boolean sendsLocation(Request request) {
    String url = request.url();
    int query = url.indexOf('?');
    if (query >= 0 && (url.indexOf("locationId=", query) > 0 || url.indexOf("altId=", query) > 0)) {
      return true;
    }
    String body = request.body() == null ? "" : new String(request.body(), java.nio.charset.StandardCharsets.UTF_8);
    return body.contains("\"locationId\"") || body.contains("\"altId\"");
  }

  private JsonNode parse(String body) {
    if (body.isBlank() || !(body.trim().startsWith("{") || body.trim().startsWith("["))) {
      return null;
    }
    try {
      return mapper.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  /** A message field's texts: each element of an array, else the field itself ({@link #textOf}). */
  private static void addTexts(JsonNode field, List<String> out) {
    if (field != null && field.isArray()) {
      field.forEach(x -> out.add(textOf(x)));
    } else if (field != null && !field.isNull()) {
      out.add(textOf(field));
    }
  }

  /** A value's text; an object's own {@code message}, or its JSON (a validation entry, say): never lost. */
  private static String textOf(JsonNode n) {
    JsonNode inner = n.isObject() ? n.get("message") : null;
    return n.isValueNode() ? n.asText() : inner != null && inner.isTextual() ? inner.asText() : n.toString();
  }

  private static String abbreviated(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  private static String statusText(int status, String body) {
    String t = body.trim().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return "HTTP " + status + " (empty body)";
    }
    if (t.startsWith("<")) { // a proxy's or load balancer's page: its title says whose
      java.util.regex.Matcher m = TITLE.matcher(body);
      String title = m.find() ? m.group(1).replaceAll("\\s+", " ").trim() : "";
      return "HTTP " + status + " (HTML body" + (title.isEmpty() ? "" : ": " + abbreviated(title)) + ")";
    }
    return "HTTP " + status + " (non-JSON body: " + abbreviated(body.trim().lines().findFirst().orElse("")) + ")";
  }

  private static String text(JsonNode json, String field) {
    JsonNode n = json.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  /** Up to {@link #MAX_PARSED_BYTES} of the body, in the Content-Type's charset (UTF-8 by default). */
  private static String readBody(Response response) {
    if (response.body() == null) {
      return "";
    }
    try (InputStream in = response.body().asInputStream()) {
      return new String(in.readNBytes(MAX_PARSED_BYTES), response.charset());
    } catch (IOException e) {
      return "";
    }
  }

  /** The headers with the key masked, and the values of secret-named ones ({@code WWW-Authenticate} too) hidden. */
  private Map<String, List<String>> masked(Map<String, List<String>> headers) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    headers.forEach((name, values) -> out.put(name, values.stream()
        .map(v -> RedactingLogger.isSecret(name) || name.equals("www-authenticate") ? "****" : apiKey.maskIn(v)).toList()));
    return out;
  }

  static Map<String, List<String>> lowerCase(Map<String, Collection<String>> headers) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    headers.forEach((k, v) -> {
      if (k != null) {
        out.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v);
      }
    });
    return out;
  }

  private static String first(Map<String, List<String>> headers, String... names) {
    for (String n : names) {
      List<String> v = headers.get(n);
      if (v != null && !v.isEmpty()) {
        return v.get(0);
      }
    }
    return null;
  }
}
