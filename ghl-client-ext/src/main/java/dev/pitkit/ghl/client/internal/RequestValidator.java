package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.error.GhlValidationException;
import dev.pitkit.ghl.client.error.GhlValidationException.Violation;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a call against the spec before it is sent: the constraints the generator put on the
 * method's parameters and on the request body model (Jakarta Validation, Hibernate Validator),
 * plus {@code x-ghl-require-one-of}. A query-map call is checked against its positional twin.
 */
final class RequestValidator {
  private static final Map<Method, Map<Integer, String>> PATH_PARAMS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Pattern QUERY_PAIR = Pattern.compile("([^?&=]+)=\\{([^}]+)}");
  /** Booting Hibernate Validator is costly and its validators are thread-safe: one per JVM. */
  private static final class Shared {
    static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
  }

  private final ExecutableValidator validator = Shared.FACTORY.getValidator().forExecutables();

  void validate(Object target, Method method, Object[] args, OperationInfo op) {
    Object[] values = args == null ? new Object[0] : args;
    Method checked = method;
    int queryMapIndex = queryMapIndex(method);
    List<Violation> out = new ArrayList<>();
    if (queryMapIndex >= 0) {
      Method twin = positionalTwin(method);
      if (twin != null) {
        values = positionalArgs(method, values, queryMapIndex, twin, out);
        checked = twin;
      }
    }
    java.util.Set<String> unconvertible = new java.util.HashSet<>();
    out.forEach(v -> unconvertible.add(v.field()));
    for (ConstraintViolation<Object> v : validator.validateParameters(target, checked, values)) {
      String field = field(v.getPropertyPath(), checked);
      if (!unconvertible.contains(field)) { // "must be an Integer" already says it; not also "must not be null"
        out.add(new Violation(field, v.getMessage()));
      }
    }
    checkPathSegments(checked, values, out);
    if (!op.requireOneOf().isEmpty()) {
      Map<String, Object> byName = byParamName(checked, values);
      if (op.requireOneOf().stream().allMatch(n -> byName.get(n) == null)) {
        out.add(new Violation(String.join("|", op.requireOneOf()),
            "at least one of " + String.join(", ", op.requireOneOf()) + " is required"));
      }
    }
    if (!out.isEmpty()) {
      out.sort(Comparator.comparing(Violation::field));
      throw new GhlValidationException(op.operationId(), out);
    }
  }

  /**
   * A path parameter is one segment: empty would hit another endpoint ({@code getContact("")} is
   * {@code GET /contacts/}, the list), and {@code .} or {@code ..} would climb the path. Slashes
   * are safe: the client percent-encodes them ({@code decodeSlash(false)}).
   */
  private static void checkPathSegments(Method m, Object[] values, List<Violation> out) {
    for (Map.Entry<Integer, String> e : PATH_PARAMS.computeIfAbsent(m, RequestValidator::pathParams).entrySet()) {
      int i = e.getKey();
      if (i >= values.length || !(values[i] instanceof String v)) {
        continue; // null is reported by @NotNull
      }
      if (v.isEmpty()) {
        out.add(new Violation(e.getValue(), "must not be empty (it is a path segment)"));
      } else if (v.equals(".") || v.equals("..")) {
        out.add(new Violation(e.getValue(), "must not be '.' or '..' (it is a path segment)"));
      }
    }
  }

  /** Index to name of the parameters that are expanded in the path (not the query) of the request line. */
  private static Map<Integer, String> pathParams(Method m) {
    RequestLine line = m.getAnnotation(RequestLine.class);
    Map<Integer, String> out = new java.util.TreeMap<>();
    if (line == null) {
      return out;
    }
    String path = line.value().split("\\?", 2)[0];
    Parameter[] ps = m.getParameters();
    for (int i = 0; i < ps.length; i++) {
      Param p = ps[i].getAnnotation(Param.class);
      if (p != null && path.contains("{" + p.value() + "}")) {
        out.put(i, p.value());
      }
    }
    return out;
  }

  /** Method node dropped; the request body parameter is called "body". */
  private static String field(Path path, Method method) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      switch (node.getKind()) {
        case METHOD -> { }
        case PARAMETER -> {
          int i = node.as(Path.ParameterNode.class).getParameterIndex();
          sb.append(paramName(method.getParameters()[i]));
        }
        default -> {
          if (sb.length() > 0) {
            sb.append('.');
          }
          sb.append(node.getName() == null ? "" : node.getName());
          if (node.getIndex() != null) {
            sb.append('[').append(node.getIndex()).append(']');
          }
        }
      }
    }
    return sb.toString();
  }

  private static String paramName(Parameter p) {
    Param param = p.getAnnotation(Param.class);
    return param != null ? param.value() : "body";
  }

  static int queryMapIndex(Method m) {
    Annotation[][] all = m.getParameterAnnotations();
    for (int i = 0; i < all.length; i++) {
      for (Annotation a : all[i]) {
        if (a instanceof QueryMap) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The method of the same operation taking every parameter positionally. */
  static Method positionalTwin(Method queryMapMethod) {
    OperationInfo op = OperationInfo.of(queryMapMethod);
    boolean withInfo = queryMapMethod.getName().endsWith("WithHttpInfo");
    for (Method m : queryMapMethod.getDeclaringClass().getMethods()) {
      OperationInfo o = OperationInfo.of(m);
      if (o != null && o.operationId().equals(op.operationId()) && queryMapIndex(m) < 0
          && m.getName().endsWith("WithHttpInfo") == withInfo) {
        return m;
      }
    }
    return null;
  }

  /**
   * The query-map call's arguments laid out as its positional twin's: path parameters and the body
   * as given, query parameters read back from the map. The map is keyed by wire name (e.g.
   * {@code location_id}), which is not always the parameter's name ({@code locationId}): the
   * {@code @RequestLine} pairs them. Values are URL-encoded strings; they are decoded and converted
   * to the parameter's type so that {@code @Min} and friends see what the server will see.
   */
  private static Object[] positionalArgs(Method qm, Object[] args, int qmIndex, Method twin, List<Violation> out) {
    Map<String, Object> given = new HashMap<>();
    Object body = null;
    Parameter[] qmParams = qm.getParameters();
    for (int i = 0; i < args.length && i < qmParams.length; i++) {
      Param p = qmParams[i].getAnnotation(Param.class);
      if (p != null) {
        given.put(p.value(), args[i]);
      } else if (i != qmIndex) {
        body = args[i];
      }
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> query = args[qmIndex] instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    Map<String, String> wireNames = wireNames(twin);
    Parameter[] ps = twin.getParameters();
    Object[] values = new Object[ps.length];
    for (int i = 0; i < ps.length; i++) {
      Param p = ps[i].getAnnotation(Param.class);
      if (p == null) {
        values[i] = body;
      } else if (given.containsKey(p.value())) {
        values[i] = given.get(p.value());
      } else {
        String wire = wireNames.getOrDefault(p.value(), p.value());
        Object raw = query.get(wire) != null ? query.get(wire) : query.get(p.value());
        if (raw != null) {
          values[i] = convert(raw, ps[i].getType(), p.value(), out);
        }
      }
    }
    return values;
  }

  /** Template expression to query parameter name, from {@code name={expression}} pairs of the request line. */
  static Map<String, String> wireNames(Method m) {
    Map<String, String> out = new HashMap<>();
    RequestLine line = m.getAnnotation(RequestLine.class);
    if (line != null) {
      Matcher matcher = QUERY_PAIR.matcher(line.value());
      while (matcher.find()) {
        out.put(matcher.group(2).trim(), matcher.group(1));
      }
    }
    return out;
  }

  private static Object convert(Object raw, Class<?> type, String name, List<Violation> out) {
    if (type.isInstance(raw) && !(raw instanceof String)) {
      return raw; // e.g. a List from encodeCollection
    }
    if (raw instanceof java.util.Collection<?> || type == List.class) {
      return null; // collections carry no constraints the validator could check here
    }
    String v = URLDecoder.decode(String.valueOf(raw), StandardCharsets.UTF_8);
    try {
      if (type == String.class) {
        return v;
      } else if (type == Long.class) {
        return Long.valueOf(v);
      } else if (type == Integer.class) {
        return Integer.valueOf(v);
      } else if (type == Boolean.class) {
        return Boolean.valueOf(v);
      } else if (type == BigDecimal.class) {
        return new BigDecimal(v);
      } else if (type.isEnum()) {
        return enumValue(type, v);
      }
      return null; // other types carry no constraints the validator could check here
    } catch (IllegalArgumentException e) { // NumberFormatException included
      out.add(new Violation(name, "must be of type " + type.getSimpleName() + ", was '" + v + "'"));
      return null;
    }
  }

  /** The generator's {@code fromValue(String)} (wire value), else the constant's name. */
  private static Object enumValue(Class<?> type, String v) {
    try {
      return type.getMethod("fromValue", String.class).invoke(null, v);
    } catch (ReflectiveOperationException e) {
      for (Object c : type.getEnumConstants()) {
        if (((Enum<?>) c).name().equals(v)) {
          return c;
        }
      }
      throw new IllegalArgumentException(v);
    }
  }

  private static Map<String, Object> byParamName(Method m, Object[] args) {
    Map<String, Object> out = new HashMap<>();
    Parameter[] ps = m.getParameters();
    for (int i = 0; i < ps.length && i < args.length; i++) {
      Param p = ps[i].getAnnotation(Param.class);
      if (p != null) {
        out.put(p.value(), args[i]);
      } else if (args[i] instanceof Map<?, ?> map) {
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
      }
    }
    return out;
  }
}
