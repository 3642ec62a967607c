package dev.pitkit.ghl.client.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitkit.ghl.client.error.GhlInvalidResponseException;
import dev.pitkit.ghl.model.ApiResponse;
import feign.Response;
import feign.codec.Decoder;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Guards the decoding of a success: an empty body, an HTML page or JSON of the wrong shape
 * becomes {@link GhlInvalidResponseException}. An empty body is accepted only where nothing was to
 * be decoded (see {@code empty}).
 *
 * <p>The body is not buffered: the first bytes are peeked (and pushed back) to tell blank and HTML
 * bodies apart, and plain model types are parsed straight from the byte stream with Jackson's
 * UTF-8 parser. {@code ApiResponse<...>} and binary types, bodies in another charset and 204s go
 * through the generated {@code ApiResponseDecoder}. The error snippet is built only when throwing.
 *
 * <p>An operation whose 2xx answer is not JSON (spec/CONVENTIONS.md, "Non-JSON answers") returns
 * {@code byte[]} ({@code format: binary}) or {@code String} ({@code text/plain}). Their body is the
 * answer as it is, with no blank or HTML check: bytes unchanged when the Content-Type is neither JSON
 * nor HTML, text (in the Content-Type's charset, UTF-8 by default) unless it is an HTML page.
 */
final class SafeDecoder implements Decoder {
  /** Bytes peeked at the start of the body: enough for the 500-byte snippet of an error. */
  private static final int PEEK = 512;
  private static final int SNIPPET = 500;

  private final Decoder delegate;
  private final ObjectMapper mapper;
  private final Secret apiKey;
  private final Map<Type, Plan> plans = new ConcurrentHashMap<>();

  SafeDecoder(Decoder delegate, ObjectMapper mapper, Secret apiKey) {
    this.delegate = delegate;
    this.mapper = mapper;
    this.apiKey = apiKey;
  }

  /** How a return type is decoded, worked out once per type. */
  private record Plan(JavaType direct, boolean binary, boolean text, boolean mayBeEmptyAnyStatus) {}

  private Plan plan(Type type) {
    Plan p = plans.get(type);
    if (p == null) {
      p = newPlan(type);
      Plan first = plans.putIfAbsent(type, p);
      p = first != null ? first : p;
    }
    return p;
  }

  private Plan newPlan(Type type) {
    boolean wrapped = type instanceof ParameterizedType pt && pt.getRawType() == ApiResponse.class;
    Type body = wrapped ? ((ParameterizedType) type).getActualTypeArguments()[0] : type;
    boolean binary = isBinary(body);
    return new Plan(wrapped || binary ? null : mapper.constructType(type), binary, body == String.class,
        body == Object.class);
  }

  /**
   * The first time a call will decode {@code type}, builds its Jackson deserializer on a daemon thread,
   * so that the introspection of the model classes (the largest part of a first call's own work)
   * overlaps with sending the request and waiting for the answer instead of following them. Jackson
   * caches the deserializer; if the answer comes first, {@link #decode} builds it as it always did.
   */
  void prefetch(Type type) {
    if (plans.containsKey(type)) {
      return;
    }
    Plan plan = newPlan(type);
    if (plans.putIfAbsent(type, plan) == null && plan.direct() != null) { // only the call that added the plan
      // readerFor fetches (builds and caches) the root deserializer eagerly
      Background.start("ghl-decoder-prefetch", () -> mapper.readerFor(plan.direct()));
    }
  }

  /** The type for a message: {@code ApiResponse<ContactResponse>}, without packages. */
  private static String shortName(Type type) {
    return type.getTypeName().replaceAll("[a-z0-9_]+\\.", "");
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    return decode(response, type, null);
  }

  /** As {@link #decode(Response, Type)}, for a call of {@code operationId}, which its exceptions carry. */
  Object decode(Response response, Type type, String operationId) throws IOException {
    Plan plan = plan(type);
    int status = response.status();
    Response.Body body = response.body();
    if (body == null) {
      return empty(response, type, plan, "an empty body", operationId);
    }
    if (isRawAnswer(response, plan)) {
      return raw(response, type);
    }
    InputStream raw = body.asInputStream();
    try {
      // Feign's byte-array body supports mark/reset: peek and rewind without a pushback buffer
      boolean rewind = raw.markSupported();
      if (rewind) {
        raw.mark(PEEK);
      }
      byte[] peek = new byte[PEEK];
      int n = fill(raw, peek);
      int first = firstNonWhitespace(peek, n);
      while (first < 0 && n == PEEK) { // a whitespace-only start longer than the peek: skip it
        rewind = false;
        n = fill(raw, peek);
        first = firstNonWhitespace(peek, n);
      }
      if (first < 0) {
        return empty(response, type, plan, "an empty body", operationId);
      }
      if (isJsonNull(peek, first, n)) { // no object to return either: as an empty body, not a null result
        return empty(response, type, plan, "a JSON null body", operationId);
      }
      InputStream in;
      if (rewind) {
        raw.reset();
        in = raw;
      } else {
        PushbackInputStream pushback = new PushbackInputStream(raw, PEEK);
        pushback.unread(peek, 0, n);
        in = pushback;
      }
      if (peek[first] == '<') {
        throw new GhlInvalidResponseException("HTTP " + status + " with an HTML page where JSON was expected ("
            + Requests.describe(response.request()) + ")", status, snippet(peek, n), null, operationId);
      }
      if (n < PEEK && peek[first] == '{') { // all of a small object is in the peek
        refuseErrorObject(response, peek, n, operationId);
      }
      try {
        if (plan.direct() != null && status != 204 && isUtf8(response)) {
          return mapper.readValue(in, plan.direct());
        }
        if (plan.binary()) { // the generated decoder returns these from the body: hand it a complete copy
          return delegate.decode(response.toBuilder().body(in.readAllBytes()).build(), type);
        }
        return delegate.decode(response.toBuilder().body(in, body.length()).build(), type);
      } catch (IOException | RuntimeException e) {
        String problem = firstLine(e.getMessage());
        String masked = apiKey.maskIn(problem);
        throw new GhlInvalidResponseException("HTTP " + status + " with a body that does not match "
            + shortName(type) + " (" + Requests.describe(response.request()) + "): " + masked, status,
            snippet(peek, n), masked.equals(problem) ? e : null, operationId); // a cause quoting the key stays behind
      }
    } finally {
      raw.close();
    }
  }

  /**
   * A non-JSON answer of a {@code byte[]} / {@code InputStream} / {@code File} or {@code String}
   * operation, read whole: the bytes as they came, or the text in the response's charset.
   */
  private Object raw(Response response, Type type) throws IOException {
    byte[] bytes;
    try (InputStream in = response.body().asInputStream()) {
      bytes = in.readAllBytes();
    }
    // the generated ApiResponseDecoder returns the bytes (byte[] / InputStream / File) or the text
    // (String, in the response's charset), wrapped in ApiResponse where asked
    return delegate.decode(response.toBuilder().body(bytes).build(), type);
  }

  /**
   * Whether the body is the answer as it is: for a {@code String} operation (a text answer, whatever
   * its Content-Type says) unless it is an HTML page; for a binary one when a Content-Type is there
   * and is neither JSON nor HTML (otherwise the blank and HTML checks run first, as for JSON).
   */
  private static boolean isRawAnswer(Response response, Plan plan) {
    if (!plan.binary() && !plan.text()) {
      return false;
    }
    java.util.Collection<String> types = response.headers().get("Content-Type");
    String media = "";
    if (types != null && !types.isEmpty()) {
      String t = types.iterator().next().toLowerCase(java.util.Locale.ROOT);
      int semicolon = t.indexOf(';');
      media = (semicolon < 0 ? t : t.substring(0, semicolon)).trim();
    }
    if (media.equals("text/html")) {
      return false;
    }
    return plan.text() || (!media.isEmpty() && !media.equals("application/json") && !media.endsWith("+json"));
  }

  /**
   * A blank body, or the JSON literal null. No content is a valid answer for 204/205, and for
   * operations whose spec declares no typed body ({@code Object}, e.g. Maton's delete connection,
   * whose body is undocumented): the caller gets null (or an {@code ApiResponse} with null data)
   * instead of an error after a successful write. Anywhere else it is an error.
   */
  private Object empty(Response response, Type type, Plan plan, String what, String operationId) throws IOException {
    int status = response.status();
    if (status == 204 || status == 205 || plan.mayBeEmptyAnyStatus()) {
      return delegate.decode(response.toBuilder().body(new byte[0]).build(), type);
    }
    throw new GhlInvalidResponseException("HTTP " + status + " with " + what + " where JSON was expected ("
        + Requests.describe(response.request()) + ")", status, "", null, operationId);
  }

  /**
   * Refuses a small 2xx JSON object that is an error in disguise, {@code {"statusCode": 401, "message":
   * "..."}}, as a gateway or GHL sometimes answers with 200: decoded, it would be a model with every
   * field null, the server's message lost. GHL's own answers may carry a {@code statusCode} of 200 or 201.
   */
  private void refuseErrorObject(Response response, byte[] peek, int n, String operationId) {
    if (!new String(peek, 0, n, StandardCharsets.ISO_8859_1).contains("\"statusCode\"")) { // a text search first
      return;
    }
    com.fasterxml.jackson.databind.JsonNode json;
    try {
      json = mapper.readTree(peek, 0, n);
    } catch (IOException e) {
      return; // not JSON after all: the decoder says so
    }
    com.fasterxml.jackson.databind.JsonNode code = json.get("statusCode");
    if (code != null && code.canConvertToInt() && code.asInt() >= 400) {
      com.fasterxml.jackson.databind.JsonNode message = json.get("message");
      String said = message == null || message.isNull() ? ""
          : ": " + apiKey.oneLine(message.isValueNode() ? message.asText() : message.toString());
      throw new GhlInvalidResponseException("HTTP " + response.status() + " carrying an error, statusCode "
          + code.asInt() + said + " (" + Requests.describe(response.request()) + ")", response.status(),
          snippet(peek, n), null, operationId);
    }
  }

  /** Whether the whole body (all in the peek) is the JSON literal {@code null}; no allocation on the hot path. */
  private static boolean isJsonNull(byte[] peek, int first, int n) {
    if (n >= PEEK || n - first < 4 || peek[first] != 'n' || peek[first + 1] != 'u' || peek[first + 2] != 'l'
        || peek[first + 3] != 'l') {
      return false;
    }
    for (int i = first + 4; i < n; i++) {
      if (!isSpace(peek[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBinary(Type type) {
    Class<?> raw = type instanceof Class<?> c ? c : type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
    return raw != null && (File.class.isAssignableFrom(raw) || byte[].class == raw || InputStream.class.isAssignableFrom(raw));
  }

  /** Only UTF-8 (the default, and what GHL sends) is parsed from bytes; another declared charset goes through a Reader. */
  private static boolean isUtf8(Response response) {
    java.util.Collection<String> types = response.headers().get("Content-Type");
    if (types == null) {
      return true;
    }
    for (String t : types) {
      if (t.regionMatches(true, 0, "application/json", 0, 16) && t.length() == 16) {
        continue;
      }
      if (t.toLowerCase(java.util.Locale.ROOT).contains("charset")) {
        return response.charset() == StandardCharsets.UTF_8;
      }
    }
    return true;
  }

  /** Reads until {@code buf} is full or the stream ends; the number of bytes read. */
  private static int fill(InputStream in, byte[] buf) throws IOException {
    int n = 0;
    while (n < buf.length) {
      int r = in.read(buf, n, buf.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    return n;
  }

  /** Index of the first byte that is not whitespace as {@link String#isBlank()} sees ASCII, or -1. */
  private static int firstNonWhitespace(byte[] b, int n) {
    for (int i = 0; i < n; i++) {
      if (!isSpace(b[i])) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isSpace(int c) {
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  }

  /**
   * The start of the body, the API key masked should the server echo it: masked before it is cut,
   * so a key the cut would split is masked whole (room for it written as unicode escapes, 6 characters each).
   */
  private String snippet(byte[] bytes, int n) {
    String start = apiKey.maskIn(new String(bytes, 0, Math.min(n, SNIPPET + 6 * apiKey.reveal().length()),
        StandardCharsets.UTF_8));
    return start.length() > SNIPPET ? start.substring(0, SNIPPET) : start;
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
