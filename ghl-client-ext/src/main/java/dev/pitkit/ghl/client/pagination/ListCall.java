package dev.pitkit.ghl.client.pagination;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pitkit.ghl.api.GhlApiFactory;
import dev.pitkit.ghl.client.internal.ClientJson;
import dev.pitkit.ghl.invoker.EncodingUtils;
import dev.pitkit.ghl.invoker.GhlMethod;
import jakarta.validation.constraints.Min;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The paginated list call a pager repeats: the generated method, the view it goes through,
 * the first page's arguments, and how to read or replace one named parameter in a copy of them
 * (positional {@code @Param}s, the {@code QueryParams} map, and, named {@code body.<property>},
 * a property of the JSON request body).
 */
final class ListCall {
  /** The prefix of a parameter that is a property of the request body ({@code body.skip}). */
  private static final String BODY = "body.";

  final Object api;
  final Method method;
  final Object[] firstArgs;
  /** Reads the decoded responses and the request body by their JSON property names. */
  final BeanPaths paths = new BeanPaths(ClientJson.MAPPER);
  /** The recorded method's parameters (names, query map) as the generator wrote them. */
  private final GhlMethod params;
  private final Class<?>[] types;

  private ListCall(Object api, GhlMethod recorded, Object[] firstArgs) {
    this.api = api;
    this.method = recorded.method();
    this.firstArgs = firstArgs;
    this.params = recorded;
    this.types = method.getParameterTypes();
  }

  /**
   * The one call {@code firstCall} makes on a recording implementation of {@code apiType}, to be
   * sent through {@code api}: recorded, not sent.
   *
   * @throws IllegalArgumentException when {@code apiType} is not a generated interface, or
   *     {@code firstCall} calls no method of it, or more than one
   */
  static <A> ListCall record(A api, Class<A> apiType, Function<A, ?> firstCall) {
    Object[][] recorded = new Object[1][];
    GhlMethod[] recordedMethod = new GhlMethod[1];
    A recorder = GhlApiFactory.create(apiType, (impl, m, args) -> {
      if (recordedMethod[0] != null) {
        throw new IllegalArgumentException("the first-page function must call exactly one method of "
            + apiType.getSimpleName() + ", it called " + recordedMethod[0].name() + " and " + m.name());
      }
      recordedMethod[0] = m;
      recorded[0] = args.clone();
      return placeholder(m.returnType());
    });
    if (recorder == null) {
      throw new IllegalArgumentException(apiType.getName() + " is not a generated GHL API interface");
    }
    firstCall.apply(recorder);
    if (recordedMethod[0] == null) {
      throw new IllegalArgumentException("the first-page function must call one method of " + apiType.getSimpleName());
    }
    return new ListCall(api, recordedMethod[0], recorded[0]);
  }

  /**
   * What the recording call returns: an empty value of the method's return type where it has one (a
   * model, {@code ApiResponse}, a list or map), never read, so that a first-page function whose
   * result is checked for null (a Kotlin function reference, a lambda typed {@code (A) -> R}) does
   * not fail on it.
   */
  private static Object placeholder(java.lang.reflect.Type type) {
    Class<?> raw = type instanceof Class<?> c ? c
        : type instanceof java.lang.reflect.ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
    if (raw == dev.pitkit.ghl.model.ApiResponse.class) {
      return new dev.pitkit.ghl.model.ApiResponse<>(200, Map.of());
    }
    if (raw.isAssignableFrom(java.util.List.class)) {
      return java.util.List.of();
    }
    if (raw.isAssignableFrom(Map.class)) {
      return Map.of();
    }
    try {
      return raw.getConstructor().newInstance();
    } catch (ReflectiveOperationException | RuntimeException e) { // no public no-argument constructor: nothing better
      return null;
    }
  }

  /** Sends the call with {@code args} through the view; what it throws is rethrown as is. */
  Object invoke(Object[] args) {
    try {
      return method.invoke(api, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A cursor value as sent: numbers without exponent or trailing ".0" (1.7E12 is 1700000000000). */
  static String plain(Object value) {
    if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      BigDecimal d = new BigDecimal(value.toString());
      try {
        return d.toBigIntegerExact().toString();
      } catch (ArithmeticException notWhole) {
        return d.toPlainString();
      }
    }
    return String.valueOf(value);
  }

  /** The value of parameter {@code name} in {@code args} (decoded when it comes from the query map), or null. */
  Object param(Object[] args, String name) {
    if (name.startsWith(BODY)) {
      return params.bodyIndex() < 0 ? null : paths.read(args[params.bodyIndex()], name.substring(BODY.length()));
    }
    int i = params.paramIndex(name);
    if (i >= 0) {
      return args[i];
    }
    Map<?, ?> query = queryMap(args);
    return query == null ? null : decoded(query.get(name));
  }

  /**
   * The spec's {@code minimum} of parameter {@code name} (its {@code @Min} on the positional method,
   * for a {@code QueryParams} overload too, or on the body model's property), or 0 when it has none.
   */
  long minimum(String name) {
    Min min;
    if (name.startsWith(BODY)) {
      min = paths.annotation(bodyType().getRawClass(), name.substring(BODY.length()), Min.class);
    } else {
      GhlMethod positional = params.twin() != null ? params.twin() : params;
      int i = positional.paramIndex(name);
      min = i < 0 ? null : positional.method().getParameters()[i].getAnnotation(Min.class);
    }
    return min == null ? 0 : min.value();
  }

  /**
   * This call starting where {@code stored} says: arguments made of those values alone, as
   * {@link #describe} gave them ({@code body} the whole request body), so that a parameter the next
   * request left out stays out.
   *
   * @throws IllegalArgumentException when a name is not a parameter of the method
   */
  ListCall resumedAt(Map<String, ?> stored) {
    if (stored.isEmpty()) {
      throw new IllegalArgumentException("nothing to resume from: an empty nextPageParams() is the last page's,"
          + " and the walk it was stored from was complete");
    }
    Object[] args = new Object[firstArgs.length];
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : stored.entrySet()) {
      String name = String.valueOf(e.getKey());
      if (e.getValue() == null) {
        continue;
      }
      if (name.equals("body") && params.bodyIndex() >= 0) {
        args[params.bodyIndex()] = ClientJson.MAPPER.convertValue(e.getValue(), bodyType());
      } else if (params.paramIndex(name) >= 0 || params.queryMapIndex() >= 0) {
        values.put(name, e.getValue());
      } else {
        throw new IllegalArgumentException("'" + name + "' is not a parameter of " + method.getName()
            + ": resume with the nextPageParams() of a pager of the same call");
      }
    }
    return new ListCall(api, params, withParams(args, values));
  }

  /** A copy of {@code args} with the named parameters set (null clears one). */
  Object[] withParams(Object[] args, Map<String, Object> values) {
    Object[] out = args.clone();
    int qm = params.queryMapIndex();
    Map<String, Object> query = null;
    if (qm >= 0) {
      query = newQueryMap(out[qm]);
      out[qm] = query;
    }
    ObjectNode body = null; // the request body as JSON, while body properties are set
    for (Map.Entry<String, Object> e : values.entrySet()) {
      int i = params.paramIndex(e.getKey());
      if (e.getKey().startsWith(BODY) && params.bodyIndex() >= 0) {
        body = body != null ? body : out[params.bodyIndex()] == null ? ClientJson.MAPPER.createObjectNode()
            : ClientJson.MAPPER.valueToTree(out[params.bodyIndex()]);
        body.set(e.getKey().substring(BODY.length()), ClientJson.MAPPER.valueToTree(e.getValue())); // a string field takes a number too
      } else if (i >= 0) {
        out[i] = e.getValue() == null ? null : convert(e.getValue(), types[i]);
      } else if (query != null) {
        if (e.getValue() == null) {
          query.remove(e.getKey());
        } else {
          query.put(e.getKey(), e.getValue() instanceof Collection<?> many ? EncodingUtils.encodeCollection(many, "multi")
              : EncodingUtils.encode(plain(e.getValue())));
        }
      } else {
        throw new IllegalStateException(method.getName() + " has no parameter " + e.getKey() + " to paginate with");
      }
    }
    if (body != null) { // a new body: the one passed to the first call is not changed
      out[params.bodyIndex()] = ClientJson.MAPPER.convertValue(body, bodyType());
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> newQueryMap(Object original) {
    try {
      Class<?> type = types[params.queryMapIndex()];
      Map<String, Object> copy = (Map<String, Object>) type.getDeclaredConstructor().newInstance();
      if (original != null) {
        copy.putAll((Map<String, Object>) original);
      }
      return copy;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object convert(Object value, Class<?> type) {
    if (type == String.class) {
      return plain(value);
    }
    if (type == Integer.class) {
      return value instanceof Number n ? n.intValue() : Integer.valueOf(plain(value));
    }
    if (type == Long.class) {
      return value instanceof Number n ? n.longValue() : Long.valueOf(plain(value));
    }
    if (type == BigDecimal.class && value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    // a value read back from stored JSON: "true" for a Boolean, an enum's wire value, ...
    return type.isInstance(value) ? value : ClientJson.MAPPER.convertValue(value, type);
  }

  /** A value of the {@code QueryParams} map as the caller gave it (the generated setters escape it). */
  private static Object decoded(Object escaped) {
    return escaped == null ? null : URLDecoder.decode(String.valueOf(escaped), StandardCharsets.UTF_8);
  }

  private Map<?, ?> queryMap(Object[] args) {
    int i = params.queryMapIndex();
    return i >= 0 && args[i] instanceof Map<?, ?> m ? m : null;
  }

  private JavaType bodyType() {
    return ClientJson.MAPPER.constructType(params.bodyType());
  }

  Map<String, Object> describe(Object[] args) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < params.parameterCount(); i++) {
      if (params.paramName(i) != null && args[i] != null) {
        out.put(params.paramName(i), args[i]);
      }
    }
    if (params.bodyIndex() >= 0 && args[params.bodyIndex()] != null) {
      out.put("body", args[params.bodyIndex()]);
    }
    Map<?, ?> q = queryMap(args);
    if (q != null) {
      q.forEach((k, v) -> out.put(String.valueOf(k), v instanceof Collection<?> many
          ? many.stream().map(ListCall::decoded).toList() : decoded(v)));
    }
    return out;
  }
}
