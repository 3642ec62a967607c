package dev.pitkit.ghl.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.pitkit.ghl.invoker.GhlMaxBytes;
import feign.Body;
import feign.CollectionFormat;
import feign.HeaderMap;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.Request;
import feign.RequestLine;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How one generated Feign method becomes an HTTP request, worked out once from its
 * {@code @RequestLine}, {@code @Headers}, {@code @Param} and {@code @QueryMap} annotations, so that
 * a call only fills in values: a string builder for the URL, no template parsing.
 *
 * <p>The result is the request Feign would build for the same arguments (its equivalence is tested
 * over every generated method), with one deliberate difference: a {@code %} in a path or query
 * argument is always encoded ({@code "50%41"} is sent as {@code 50%2541}), where Feign leaves what
 * looks like an escape alone and the server would read {@code "50A"}. {@code @QueryMap} values are
 * already escaped by the generated {@code QueryParams} and are kept as they are, as in Feign.
 *
 * <p>{@link #compile} returns null for any shape the generator does not produce (a header or query
 * template with literals, {@code @Body}, {@code @HeaderMap}, form parameters of a body other than
 * {@code multipart/form-data}, ...); the client refuses an interface with such a method.
 */
final class RequestPlan {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  final Request.HttpMethod httpMethod;
  /** The generated method this plan sends. */
  final Method method;
  final String configKey;
  final Type returnType;
  final boolean returnsVoid;
  /** Literal path pieces around the variables: {@code pathLiterals.length == pathArgs.length + 1}. */
  private final String[] pathLiterals;
  /** The arguments expanded in the path, in order. */
  final int[] pathArgs;
  /** Encoded query names and the argument each takes its value from. */
  private final String[] queryNames;
  private final int[] queryArgs;
  /** The method's parameters: {@code @Param} names, types and the {@code @QueryMap} index. */
  final ParamLayout layout;
  /** {@code @Param} name to query parameter name on the wire (e.g. {@code locationId} to {@code location_id}). */
  final Map<String, String> wireNames;
  private final int bodyIndex;
  private final ObjectMapper mapper;
  /** Built on the first body sent: resolving the body type loads its model classes, which a client that never sends it need not. */
  private ObjectWriter bodyWriter;
  /** Fixed {@code @Headers} as name/value pairs. */
  final String[] headers;
  /** The {@code multipart/form-data} body's parts, or null for a JSON (or no) body. */
  final MultipartForm form;
  private final int urlSizeHint;

  private RequestPlan(Request.HttpMethod httpMethod, Method method, String configKey, String[] pathLiterals,
      int[] pathArgs, String[] queryNames, int[] queryArgs, ParamLayout layout, int bodyIndex, ObjectMapper mapper,
      String[] headers, MultipartForm form) {
    this.httpMethod = httpMethod;
    this.method = method;
    this.configKey = configKey;
    this.returnType = method.getGenericReturnType();
    this.returnsVoid = returnType == void.class || returnType == Void.class;
    this.pathLiterals = pathLiterals;
    this.pathArgs = pathArgs;
    this.queryNames = queryNames;
    this.queryArgs = queryArgs;
    this.layout = layout;
    Map<String, String> wire = new java.util.HashMap<>();
    for (int i = 0; i < queryArgs.length; i++) {
      wire.put(layout.names()[queryArgs[i]], queryNames[i]);
    }
    this.wireNames = Map.copyOf(wire);
    this.bodyIndex = bodyIndex;
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
   * The plan of {@code method}, or null when it uses a Feign feature this class does not
   * reproduce.
   *
   * @param api the interface the method is called through (for Feign's config key)
   * @param method a method of {@code api}
   * @param mapper the mapper that writes request bodies
   */
  @SuppressWarnings("deprecation") // Param.encoded and QueryMap.encoded: the generator still writes @QueryMap(encoded = true)
  static RequestPlan compile(Class<?> api, Method method, ObjectMapper mapper) {
    RequestLine line = method.getAnnotation(RequestLine.class);
    // the generator writes decodeSlash = false and repeats list parameters; anything else is Feign's
    if (line == null || method.isAnnotationPresent(Body.class) || api.isAnnotationPresent(Headers.class)
        || api.isAnnotationPresent(RequestLine.class) || line.decodeSlash()
        || line.collectionFormat() != CollectionFormat.EXPLODED) {
      return null;
    }
    ParamLayout layout = ParamLayout.read(method);
    Annotation[][] annotations = method.getParameterAnnotations();
    int bodyIndex = -1;
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation a : annotations[i]) {
        if (a instanceof HeaderMap || a instanceof Param p && (p.encoded() || p.expander() != Param.ToStringExpander.class)
            || a instanceof QueryMap q && !q.encoded()) {
          return null;
        }
      }
      if (layout.names()[i] == null && i != layout.queryMapIndex()) {
        if (bodyIndex >= 0) {
          return null; // two unannotated parameters: not a shape the generator produces
        }
        bodyIndex = i;
      }
    }
    String value = line.value().trim();
    int space = value.indexOf(' ');
    if (space < 0) {
      return null;
    }
    Request.HttpMethod httpMethod;
    try {
      httpMethod = Request.HttpMethod.valueOf(value.substring(0, space));
    } catch (IllegalArgumentException e) {
      return null;
    }
    String uri = value.substring(space + 1).trim();
    int q = uri.indexOf('?');
    String path = q < 0 ? uri : uri.substring(0, q);
    boolean[] used = new boolean[annotations.length];
    List<String> literals = new ArrayList<>();
    List<Integer> pathArgs = new ArrayList<>();
    int at = 0;
    while (true) {
      int open = path.indexOf('{', at);
      String literal = path.substring(at, open < 0 ? path.length() : open);
      if (!isPlainPath(literal)) {
        return null;
      }
      literals.add(literal);
      if (open < 0) {
        break;
      }
      int close = path.indexOf('}', open);
      int arg = close < 0 ? -1 : layout.indexOf(path.substring(open + 1, close));
      if (arg < 0) {
        return null;
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
          return null;
        }
        String name = pair.substring(0, eq);
        int arg = layout.indexOf(pair.substring(eq + 2, pair.length() - 1));
        if (arg < 0) {
          continue; // no such @Param (the QueryParams overload): Feign drops the unresolved query too
        }
        queryNames.add(encode(name, false));
        queryArgs.add(arg);
        used[arg] = true;
      }
    }
    String[] headers = headers(method);
    if (headers == null) {
      return null;
    }
    int[] formArgs = unused(layout, used);
    MultipartForm form = formOf(layout, formArgs, headers, annotations);
    if (form == null && formArgs.length > 0) {
      return null; // form parameters of another content type: Feign would hand them to its encoder
    }
    return new RequestPlan(httpMethod, method, configKey(api, method),
        literals.toArray(new String[0]), ints(pathArgs), queryNames.toArray(new String[0]), ints(queryArgs),
        layout, bodyIndex, mapper, headers, form);
  }

  /** Feign's name of a method, {@code ContactsApi#getContact(String)} (loops, not streams: see ColdStart). */
  private static String configKey(Class<?> api, Method method) {
    StringBuilder key = new StringBuilder(api.getSimpleName()).append('#').append(method.getName()).append('(');
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      key.append(i == 0 ? "" : ",").append(types[i].getSimpleName());
    }
    return key.append(')').toString();
  }

  private static int[] ints(List<Integer> values) {
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  /** The {@code @Param}s in neither path nor query. */
  private static int[] unused(ParamLayout layout, boolean[] used) {
    int[] out = new int[used.length];
    int n = 0;
    for (int i = 0; i < used.length; i++) {
      if (layout.names()[i] != null && !used[i]) {
        out[n++] = i;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * The {@code @Param}s in neither path nor query, as the parts of a {@code multipart/form-data} body
   * (with each part's {@link GhlMaxBytes}); else null.
   */
  private static MultipartForm formOf(ParamLayout layout, int[] formArgs, String[] headers, Annotation[][] annotations) {
    boolean multipart = false;
    for (int i = 0; i < headers.length; i += 2) {
      multipart |= headers[i].equalsIgnoreCase("Content-Type") && headers[i + 1].equals(MultipartForm.CONTENT_TYPE);
    }
    if (!multipart || formArgs.length == 0) {
      return null;
    }
    String[] names = new String[formArgs.length];
    long[] maxBytes = new long[formArgs.length];
    for (int f = 0; f < formArgs.length; f++) {
      names[f] = layout.names()[formArgs[f]];
      for (Annotation a : annotations[formArgs[f]]) {
        if (a instanceof GhlMaxBytes max) {
          maxBytes[f] = max.value();
        }
      }
    }
    return new MultipartForm(names, formArgs, maxBytes);
  }

  private static String[] headers(Method method) {
    Headers h = method.getAnnotation(Headers.class);
    if (h == null) {
      return new String[0];
    }
    List<String> out = new ArrayList<>();
    for (String header : h.value()) {
      int colon = header.indexOf(':');
      if (colon <= 0 || header.indexOf('{') >= 0) {
        return null;
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
    int queryMapIndex = layout.queryMapIndex();
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
  private static char appendQuery(StringBuilder sb, char sep, String name, Object value, boolean preEncoded) {
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
    if (bodyIndex < 0 || args[bodyIndex] == null) {
      return null;
    }
    ObjectWriter writer = bodyWriter;
    if (writer == null) { // a race only builds an equal writer twice
      writer = mapper.writerFor(mapper.constructType(method.getGenericParameterTypes()[bodyIndex]));
      bodyWriter = writer;
    }
    return writer.writeValueAsBytes(args[bodyIndex]);
  }

  private static boolean isPlainPath(String s) {
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
