package dev.pitkit.ghl.generated.support;

import dev.pitkit.ghl.invoker.GhlOperation;
import feign.Param;
import feign.QueryMap;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds generated Feign methods by the spec's operationId, through {@link GhlOperation} (never by
 * a hand-written table). Each operation has up to four methods: positional / {@code @QueryMap},
 * each also as {@code ...WithHttpInfo}.
 */
public final class GeneratedApis {

  public static final String API_PACKAGE = "dev.pitkit.ghl.api";

  private GeneratedApis() {}

  /** The generated interface of a tag ({@code Contacts} -> {@code ContactsApi}). */
  public static Class<?> apiClass(String tag) {
    try {
      return Class.forName(API_PACKAGE + "." + tag + "Api");
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no generated interface for tag " + tag, e);
    }
  }

  /** All generated methods annotated with this operationId. */
  public static List<Method> methods(SpecOperation op) {
    return Arrays.stream(apiClass(op.tag()).getMethods())
        .filter(m -> m.isAnnotationPresent(GhlOperation.class))
        .filter(m -> m.getAnnotation(GhlOperation.class).operationId().equals(op.operationId()))
        .toList();
  }

  /** The plain positional method: named like the operation, no {@code @QueryMap} parameter. */
  public static Method positional(SpecOperation op) {
    return methods(op).stream()
        .filter(m -> m.getName().equals(op.operationId()))
        .filter(m -> Arrays.stream(m.getParameters()).noneMatch(p -> p.isAnnotationPresent(QueryMap.class)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no positional method for " + op));
  }

  /** The {@code @QueryMap} overload, if the operation has query parameters. */
  public static Optional<Method> queryMapVariant(SpecOperation op) {
    return methods(op).stream()
        .filter(m -> m.getName().equals(op.operationId()))
        .filter(m -> Arrays.stream(m.getParameters()).anyMatch(p -> p.isAnnotationPresent(QueryMap.class)))
        .findFirst();
  }

  /** The generic return type of the positional method: the generated response model. */
  public static Type responseType(SpecOperation op) {
    return positional(op).getGenericReturnType();
  }

  /** The request body parameter (the one without {@code @Param}), if any. */
  public static Optional<Parameter> bodyParameter(Method m) {
    return Arrays.stream(m.getParameters())
        .filter(p -> !p.isAnnotationPresent(Param.class) && !p.isAnnotationPresent(QueryMap.class))
        .findFirst();
  }

  /** The {@code @Param} name of a parameter, or null for the body / query map. */
  public static String paramName(Parameter p) {
    Param param = p.getAnnotation(Param.class);
    return param == null ? null : param.value();
  }
}
