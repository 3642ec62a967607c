package dev.pitkit.ghl.client.internal;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the client needs about one generated method, read from its annotations once, on its
 * first call, and kept per interface (a {@link ClassValue}, so an application server can still
 * unload the interface): the spec's {@link OperationInfo}, the {@link RequestPlan} that builds its request (and knows its
 * parameters, path and query names), its parameters' {@link ConstraintShape} (read on first need),
 * and for a {@code QueryParams} overload the positional method of the same operation ({@code twin},
 * else null), which carries the constraints validation checks.
 */
final class MethodModel {
  private static final ClassValue<Models> MODELS = new ClassValue<>() {
    @Override
    protected Models computeValue(Class<?> api) {
      return new Models(api);
    }
  };

  private final OperationInfo operation;
  private final RequestPlan plan;
  private final MethodModel twin;
  /** Read on the first call that validates (type annotations are parsed on demand, not per interface). */
  private ConstraintShape constraints;

  private MethodModel(OperationInfo operation, RequestPlan plan, MethodModel twin) {
    this.operation = operation;
    this.plan = plan;
    this.twin = twin;
  }

  OperationInfo operation() {
    return operation;
  }

  RequestPlan plan() {
    return plan;
  }

  /** The positional method of a {@code QueryParams} overload, else null. */
  MethodModel twin() {
    return twin;
  }

  ConstraintShape constraints() {
    ConstraintShape c = constraints;
    if (c == null) { // a race only reads the same annotations twice
      c = ConstraintShape.of(plan.method);
      constraints = c;
    }
    return c;
  }

  /** The models of {@code api}'s methods, each built on its first call. */
  static Models of(Class<?> api) {
    return MODELS.get(api);
  }

  /**
   * One interface's models. A model is built when its method is first called, not when the
   * interface is: reading a method's annotations costs about half a millisecond in a fresh JVM,
   * and an interface has up to a hundred methods of which an application calls a few.
   */
  static final class Models {
    private final Class<?> api;
    private final Map<Method, MethodModel> built = new ConcurrentHashMap<>();

    private Models(Class<?> api) {
      this.api = api;
    }

    /** The model of {@code method}, or null when the client cannot send it (no {@code @GhlOperation}, a shape it does not build). */
    MethodModel get(Method method) {
      MethodModel m = built.get(method);
      if (m == null && (m = build(method)) != null) { // not computeIfAbsent: a twin's build reads another model
        MethodModel first = built.putIfAbsent(method, m);
        m = first != null ? first : m;
      }
      return m;
    }

    private MethodModel build(Method m) {
      OperationInfo op = OperationInfo.read(m);
      RequestPlan plan = op == null ? null : RequestPlan.compile(api, m, ClientJson.MAPPER);
      if (plan == null) {
        return null;
      }
      return new MethodModel(op, plan, plan.layout.queryMapIndex() < 0 ? null : twin(m, op.operationId()));
    }

    /**
     * The positional method of the same operation and return form (plain or {@code WithHttpInfo}):
     * the generator gives a {@code QueryParams} overload its positional method's name.
     */
    private MethodModel twin(Method queryMapMethod, String operationId) {
      for (Method m : api.getMethods()) {
        if (m.getName().equals(queryMapMethod.getName()) && !m.equals(queryMapMethod)) {
          MethodModel candidate = get(m);
          if (candidate != null && candidate.plan.layout.queryMapIndex() < 0
              && candidate.operation.operationId().equals(operationId)) {
            return candidate;
          }
        }
      }
      return null;
    }
  }
}
