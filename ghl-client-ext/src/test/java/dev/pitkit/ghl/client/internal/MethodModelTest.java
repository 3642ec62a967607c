package dev.pitkit.ghl.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.invoker.GhlMaxBytes;
import dev.pitkit.ghl.invoker.GhlMethod;
import dev.pitkit.ghl.invoker.GhlOperation;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The generated implementations hand the client a {@link GhlMethod} per method instead of the
 * client reading annotations: this checks, for every method of every generated interface, that the
 * descriptor says what the method's annotations say (operation, request line, headers, parameter
 * names, query map, file limits, return and body types), and that its model compiles, so that a
 * generated method the client could not send fails the build instead of its first call.
 */
class MethodModelTest {

  @Test
  void everyGeneratedMethodsDescriptorMatchesItsAnnotationsAndCompiles() throws Exception {
    List<String> problems = new ArrayList<>();
    int models = 0;
    int twins = 0;
    for (Class<?> api : GeneratedMethods.interfaces()) {
      for (Map.Entry<Method, GhlMethod> e : GeneratedMethods.of(api).entrySet()) {
        Method m = e.getKey();
        GhlMethod d = e.getValue();
        String where = api.getSimpleName() + "." + m.getName() + ": ";
        if (d == null) {
          problems.add(where + "its implementation passed no descriptor");
          continue;
        }
        differences(m, d).forEach(p -> problems.add(where + p));
        MethodModel model = MethodModel.of(d);
        models++;
        assertSame(model, MethodModel.of(d), "built once");
        if (d.queryMapIndex() >= 0) {
          if (model.twin() == null || !model.twin().operation().operationId().equals(model.operation().operationId())
              || !model.twin().method().name().equals(m.getName()) || model.twin().method().queryMapIndex() >= 0) {
            problems.add(where + "QueryParams overload without its positional twin");
          } else {
            twins++;
          }
        } else if (model.twin() != null) {
          problems.add(where + "a positional method with a twin");
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(models > 1000 && twins > 100, models + " models, " + twins + " twins");
  }

  /** Where {@code d} says something else than {@code m}'s annotations. */
  private static List<String> differences(Method m, GhlMethod d) {
    List<String> out = new ArrayList<>();
    GhlOperation op = m.getAnnotation(GhlOperation.class);
    check(out, "operation", List.of(op.operationId(), op.method(), op.path(), op.token(), op.version(),
        List.of(op.requireOneOf()), List.of(op.together())), List.of(d.operationId(), d.httpMethod(), d.path(), d.token(),
        d.version(), d.requireOneOf(), d.together()));
    List<Object> range = op.range().length == 0 ? Arrays.asList(null, null, 0)
        : List.of(op.range()[0].from(), op.range()[0].to(), op.range()[0].maxDays());
    check(out, "range", range, Arrays.asList(d.rangeFrom(), d.rangeTo(), d.rangeMaxDays()));
    check(out, "request line", m.getAnnotation(RequestLine.class).value(), d.requestLine());
    check(out, "headers", Arrays.asList(m.getAnnotation(Headers.class).value()), d.headers());
    check(out, "config key", feign.Feign.configKey(m.getDeclaringClass(), m), d.configKey());
    check(out, "method", m, d.method());
    check(out, "return type", m.getGenericReturnType(), d.returnType());
    Annotation[][] params = m.getParameterAnnotations();
    check(out, "parameter count", params.length, d.parameterCount());
    int body = -1;
    int queryMap = -1;
    for (int i = 0; i < params.length && i < d.parameterCount(); i++) {
      String name = null;
      long maxBytes = 0;
      for (Annotation a : params[i]) {
        if (a instanceof Param p) {
          name = p.value();
        } else if (a instanceof QueryMap) {
          queryMap = i;
        } else if (a instanceof GhlMaxBytes max) {
          maxBytes = max.value();
        }
      }
      body = name == null && queryMap != i ? i : body;
      check(out, "parameter " + i + " name", name, d.paramName(i));
      check(out, "parameter " + i + " max bytes", maxBytes, d.maxBytes(i));
    }
    check(out, "query map index", queryMap, d.queryMapIndex());
    check(out, "body index", body, d.bodyIndex());
    if (body >= 0) {
      check(out, "body type", m.getGenericParameterTypes()[body], d.bodyType());
    }
    return out;
  }

  private static void check(List<String> out, String what, Object annotated, Object described) {
    if (!Objects.equals(annotated, described)) {
      out.add(what + ": annotations say " + annotated + ", descriptor " + described);
    }
  }
}
