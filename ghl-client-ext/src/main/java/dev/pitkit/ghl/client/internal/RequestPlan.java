package dev.pitkit.ghl.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.pitkit.ghl.invoker.GhlMethod;
import feign.Request;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How one generated method becomes an HTTP request, worked out once from its {@link GhlMethod} (the
 * {@code @RequestLine}, {@code @Headers} and parameters the generator wrote), so that a call only
 * fills in values: a string builder for the URL, no template parsing.
 *
 * <p>The result is the request Feign would build from the method's annotations for the same
 * arguments (tested over every generated method), with one deliberate difference: a {@code %} in a
 * path or query argument is always encoded ({@code "50%41"} is sent as {@code 50%2541}), where Feign
 * leaves what looks like an escape alone and the server would read {@code "50A"}.
 * {@code QueryParams} values are already escaped by the generated class and are kept as they are,
 * as in Feign.
 */
final class RequestPlan {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  final Request.HttpMethod httpMethod;
  /** The generated method this plan sends. */
  final GhlMethod method;
  final Type returnType;
  final boolean returnsVoid;
  /** Literal path pieces around the variables: {@code pathLiterals.length == pathArgs.length + 1}. */
  private final String[] pathLiterals;
  /** The arguments expanded in the path, in order. */
  final int[] pathArgs;
  /** Encoded query names and the argument each takes its value from. */
  private final String[] queryNames;
  private final int[] queryArgs;
  /** {@code @Param} name to query parameter name on the wire (e.g. {@code locationId} to {@code location_id}). */
  final Map<String, String> wireNames;
  private final ObjectMapper mapper;
  /** Built on the first body sent: resolving the body type loads its model classes, which a client that never sends it need not. */
  private ObjectWriter bodyWriter;
  /** Fixed {@code @Headers} as name/value pairs. */
  final String[] headers;
  /** The {@code multipart/form-data} body's parts, or null for a JSON (or no) body. */
  final MultipartForm form;
  private final int urlSizeHint;

  private RequestPlan(Request.HttpMethod httpMethod, GhlMethod method, String[] pathLiterals, int[] pathArgs,
      String[] queryNames, int[] queryArgs, ObjectMapper mapper, String[] headers,
      MultipartForm form) {
    this.httpMethod = httpMethod;
    this.method = method;
    this.returnType = method.returnType();
    this.returnsVoid = returnType == void.class || returnType == Void.class;
    this.pathLiterals = pathLiterals;
    this.pathArgs = pathArgs;
    this.queryNames = queryNames;
    this.queryArgs = queryArgs;
    Map<String, String> wire = new java.util.HashMap<>();
    for (int i = 0; i < queryArgs.length; i++) {
      wire.put(method.paramName(queryArgs[i]), queryNames[i]);
    }
    this.wireNames = Map.copyOf(wire);
    this.mapper = mapper;
    this.headers = headers;
    this.form = form;
    int hint = 16 * (pathArgs.length + queryArgs.length);
    for (String l : pathLiterals) {
      hint += l.length();
    }
    this.urlSizeHint = hint;
  }

  /**
   * The plan of {@code method}.
   *
   * @param method a generated method
   * @param mapper the mapper that writes request bodies
   * @throws IllegalStateException for a request the client cannot build (the generator writes none:
   *     {@code MethodModelTest} compiles every generated method)
   */
  static RequestPlan compile(GhlMethod method, ObjectMapper mapper) {
    String value = method.requestLine();
    int space = value.indexOf(' ');
    Request.HttpMethod httpMethod = Request.HttpMethod.valueOf(value.substring(0, space));
    String uri = value.substring(space + 1);
    int q = uri.indexOf('?');
    String path = q < 0 ? uri : uri.substring(0, q);
    boolean[] used = new boolean[method.parameterCount()];
    List<String> literals = new ArrayList<>();
    List<Integer> pathArgs = new ArrayList<>();
    int at = 0;
    while (true) {
      int open = path.indexOf('{', at);
      String literal = path.substring(at, open < 0 ? path.length() : open);
      if (!isPlainPath(literal)) {
        throw unbuildable(method, "path literal " + literal);
      }
      literals.add(literal);
      if (open < 0) {
        break;
      }
      int close = path.indexOf('}', open);
      int arg = close < 0 ? -1 : method.paramIndex(path.substring(open + 1, close));
      if (arg < 0) {
        throw unbuildable(method, "path variable without a parameter");
      }
      pathArgs.add(arg);
      used[arg] = true;
      at = close + 1;
    }
    List<String> queryNames = new ArrayList<>();
    List<Integer> queryArgs = new ArrayList<>();
    if (q >= 0) {
      for (String pair : uri.substring(q + 1).split("&")) {
        int eq = pair.indexOf('=');
        if (eq <= 0 || !pair.startsWith("{", eq + 1) || !pair.endsWith("}") || pair.indexOf('{', eq + 2) >= 0) {
          throw unbuildable(method, "query " + pair);
        }
        int arg = method.paramIndex(pair.substring(eq + 2, pair.length() - 1));
        if (arg < 0) {
          continue; // no such parameter (the QueryParams overload): Feign drops the unresolved query too
        }
        queryNames.add(encode(pair.substring(0, eq), false));
        queryArgs.add(arg);
        used[arg] = true;
      }
    }
    String[] headers = headers(method);
    MultipartForm form = formOf(method, used, headers);
    return new RequestPlan(httpMethod, method, literals.toArray(new String[0]), ints(pathArgs),
        queryNames.toArray(new String[0]), ints(queryArgs), mapper, headers, form);
  }

  private static IllegalStateException unbuildable(GhlMethod method, String what) {
    return new IllegalStateException(method + ": the client cannot build this request (" + what + ")");
  }

  private static int[] ints(List<Integer> values) {
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  /**
   * The named parameters in neither path nor query, as the parts of a {@code multipart/form-data}
   * body (with each part's {@code x-ghl-max-bytes}); null when there are none.
   */
  private static MultipartForm formOf(GhlMethod method, boolean[] used, String[] headers) {
    int[] args = new int[used.length];
    int n = 0;
    for (int i = 0; i < used.length; i++) {
      if (method.paramName(i) != null && !used[i]) {
        args[n++] = i;
      }
    }
    if (n == 0) {
      return null;
    }
    boolean multipart = false;
    for (int i = 0; i < headers.length; i += 2) {
      multipart |= headers[i].equalsIgnoreCase("Content-Type") && headers[i + 1].equals(MultipartForm.CONTENT_TYPE);
    }
    if (!multipart) {
      throw unbuildable(method, "form parameters of a body other than " + MultipartForm.CONTENT_TYPE);
    }
    String[] names = new String[n];
    long[] maxBytes = new long[n];
    for (int f = 0; f < n; f++) {
      names[f] = method.paramName(args[f]);
      maxBytes[f] = method.maxBytes(args[f]);
    }
    return new MultipartForm(names, Arrays.copyOf(args, n), maxBytes);
  }

  private static String[] headers(GhlMethod method) {
    List<String> out = new ArrayList<>();
    for (String header : method.headers()) {
      int colon = header.indexOf(':');
      if (colon <= 0 || header.indexOf('{') >= 0) {
        throw unbuildable(method, "header " + header);
      }
      String v = header.substring(colon + 1).trim();
      if (!v.isEmpty()) {
        out.add(header.substring(0, colon).trim());
        out.add(v);
      }
    }
    return out.toArray(new String[0]);
  }

  /**
   * The absolute URL for {@code args}: path arguments encoded as one segment each ({@code /}
   * included), null query arguments left out, an {@link Iterable} repeated per element, an empty
   * value sent as the bare name (as Feign does), then the {@code @QueryMap} entries.
   */
  String url(String baseUrl, Object[] args) {
    StringBuilder sb = new StringBuilder(baseUrl.length() + urlSizeHint);
    sb.append(baseUrl).append(pathLiterals[0]);
    for (int i = 0; i < pathArgs.length; i++) {
      Object v = args[pathArgs[i]];
      if (v == null) {
        // the validator rejects this before; Feign would leave the template text in the path
        throw new IllegalArgumentException("path parameter " + pathLiterals[i] + "{...} is null");
      }
      appendEncoded(sb, String.valueOf(v), false);
      sb.append(pathLiterals[i + 1]);
    }
    char sep = '?';
    for (int i = 0; i < queryArgs.length; i++) {
      sep = appendQuery(sb, sep, queryNames[i], args[queryArgs[i]], false);
    }
    int queryMapIndex = method.queryMapIndex();
    if (queryMapIndex >= 0 && args[queryMapIndex] instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (e.getKey() != null && e.getValue() != null) {
          sep = appendQuery(sb, sep, encode(e.getKey().toString(), true), e.getValue(), true);
        }
      }
    }
    return sb.toString();
  }

  /** Appends {@code value}, or each element of it when it is an {@link Iterable}; nulls are left out. */
  static char appendQuery(StringBuilder sb, char sep, String name, Object value, boolean preEncoded) {
    if (!(value instanceof Iterable<?> values)) {
      return appendParam(sb, sep, name, value, preEncoded);
    }
    for (Object v : values) {
      sep = appendParam(sb, sep, name, v, preEncoded);
    }
    return sep;
  }

  private static char appendParam(StringBuilder sb, char sep, String name, Object value, boolean preEncoded) {
    if (value == null) {
      return sep;
    }
    String s = value.toString();
    sb.append(sep).append(name);
    if (!s.isEmpty()) {
      sb.append('=');
      appendEncoded(sb, s, preEncoded);
    }
    return '&';
  }

  /**
   * The JSON body for {@code args} (written for the declared parameter type, as Feign's
   * JacksonEncoder does), or null when the method has none or the argument is null.
   */
  byte[] body(Object[] args) throws JsonProcessingException {
    int bodyIndex = method.bodyIndex();
    if (bodyIndex < 0 || args[bodyIndex] == null) {
      return null;
    }
    ObjectWriter writer = bodyWriter;
    if (writer == null) { // a race only builds an equal writer twice
      writer = mapper.writerFor(mapper.constructType(method.bodyType()));
      bodyWriter = writer;
    }
    return writer.writeValueAsBytes(args[bodyIndex]);
  }

  /** Whether {@code s} holds only unreserved characters and {@code /}: a path literal sent as it is. */
  static boolean isPlainPath(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(isUnreserved(c) || c == '/')) {
        return false;
      }
    }
    return true;
  }

  static String encode(String s, boolean keepEscapes) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    appendEncoded(sb, s, keepEscapes);
    return sb.toString();
  }

  /**
   * Percent-encodes every UTF-8 byte of {@code s} that is not an RFC 3986 unreserved character.
   * With {@code keepEscapes}, an existing {@code %XX} is copied as it is (for values the generated
   * {@code QueryParams} already escaped).
   */
  private static void appendEncoded(StringBuilder sb, String s, boolean keepEscapes) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isUnreserved(c)) {
        sb.append(c);
      } else if (keepEscapes && c == '%' && i + 2 < n && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
        sb.append(c).append(s.charAt(i + 1)).append(s.charAt(i + 2));
        i += 2;
      } else if (c < 0x80) {
        pct(sb, c);
      } else {
        int end = i + 1;
        if (Character.isHighSurrogate(c) && end < n && Character.isLowSurrogate(s.charAt(end))) {
          end++;
        }
        for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
          pct(sb, b & 0xFF);
        }
        i = end - 1;
      }
    }
  }

  private static void pct(StringBuilder sb, int b) {
    sb.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
  }

  private static boolean isHex(char c) {
    return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
  }

  private static boolean isUnreserved(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
        || c == '~';
  }
}
