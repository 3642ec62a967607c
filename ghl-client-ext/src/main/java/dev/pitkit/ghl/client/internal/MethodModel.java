package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.invoker.GhlMethod;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the client needs about one generated method, built from its {@link GhlMethod} on its
 * first call and kept per interface (a {@link ClassValue}, so an application server can still
 * unload the interface): the spec's {@link OperationInfo}, the {@link RequestPlan} that builds its
 * request, its parameters' {@link ConstraintShape}, and for a {@code QueryParams} overload the model
 * of its positional twin ({@code twin}, else null), which carries the constraints validation checks.
 */
final class MethodModel {
  private static final ClassValue<Map<GhlMethod, MethodModel>> MODELS = new ClassValue<>() {
    @Override
    protected Map<GhlMethod, MethodModel> computeValue(Class<?> api) {
      return new ConcurrentHashMap<>();
    }
  };

  private final OperationInfo operation;
  private final RequestPlan plan;
  private final ConstraintShape constraints;
  private final MethodModel twin;

  private MethodModel(GhlMethod method) {
    this.operation = OperationInfo.of(method);
    this.plan = RequestPlan.compile(method, ClientJson.MAPPER);
    this.constraints = ConstraintShape.of(method);
    this.twin = method.twin() == null ? null : of(method.twin());
  }

  /** The model of {@code method}, built on its first call. */
  static MethodModel of(GhlMethod method) {
    Map<GhlMethod, MethodModel> models = MODELS.get(method.api());
    MethodModel m = models.get(method);
    if (m == null) { // not computeIfAbsent: a twin's build reads another model
      m = new MethodModel(method);
      MethodModel first = models.putIfAbsent(method, m);
      m = first != null ? first : m;
    }
    return m;
  }

  /** The generated method (the one its plan sends). */
  GhlMethod method() {
    return plan.method;
  }

  OperationInfo operation() {
    return operation;
  }

  RequestPlan plan() {
    return plan;
  }

  ConstraintShape constraints() {
    return constraints;
  }

  /** The positional method of a {@code QueryParams} overload, else null. */
  MethodModel twin() {
    return twin;
  }
}
