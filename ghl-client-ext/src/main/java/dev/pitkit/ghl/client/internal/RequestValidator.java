package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.error.GhlValidationException;
import dev.pitkit.ghl.client.error.GhlValidationException.Violation;
import feign.Param;
import feign.QueryMap;
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
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a call against the spec before it is sent: the constraints the generator put on the
 * method's parameters and on the request body model (Jakarta Validation, Hibernate Validator),
 * plus {@code x-ghl-require-one-of}. A query-map call is checked against its positional twin.
 */
final class RequestValidator {
  private final ExecutableValidator validator;
  private final ValidatorFactory factory;

  RequestValidator() {
    factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    validator = factory.getValidator().forExecutables();
  }

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
    for (ConstraintViolation<Object> v : validator.validateParameters(target, checked, values)) {
      out.add(new Violation(field(v.getPropertyPath(), checked), v.getMessage()));
    }
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

  private static Object[] positionalArgs(Method qm, Object[] args, int qmIndex, Method twin, List<Violation> out) {
    Map<String, Object> given = byParamName(qm, args);
    @SuppressWarnings("unchecked")
    Map<String, Object> query = args[qmIndex] instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    Parameter[] ps = twin.getParameters();
    Object[] values = new Object[ps.length];
    Object body = null;
    for (int i = 0; i < args.length; i++) {
      if (i != qmIndex && qm.getParameters()[i].getAnnotation(Param.class) == null) {
        body = args[i];
      }
    }
    for (int i = 0; i < ps.length; i++) {
      Param p = ps[i].getAnnotation(Param.class);
      if (p == null) {
        values[i] = body;
      } else if (given.containsKey(p.value())) {
        values[i] = given.get(p.value());
      } else if (query.get(p.value()) != null) {
        values[i] = convert(String.valueOf(query.get(p.value())), ps[i].getType(), p.value(), out);
      }
    }
    return values;
  }

  private static Object convert(String encoded, Class<?> type, String name, List<Violation> out) {
    String v = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
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
      }
      return null; // enums and other types: the generated setter already typed them
    } catch (NumberFormatException e) {
      out.add(new Violation(name, "must be a " + type.getSimpleName() + ", was '" + v + "'"));
      return null;
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

  void close() {
    factory.close();
  }
}
