package dev.pitkit.ghl.client.internal;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything the client needs about one generated method, read from its annotations once per
 * interface (a {@link ClassValue}, so an application server can still unload the interface): the
 * spec's {@link OperationInfo}, the {@link RequestPlan} that builds its request (and knows its
 * parameters, path and query names), and for a {@code QueryParams} overload the positional method
 * of the same operation ({@code twin}, else null), which carries the constraints validation checks.
 */
record MethodModel(OperationInfo operation, RequestPlan plan, MethodModel twin) {
  private static final ClassValue<Map<Method, MethodModel>> MODELS = new ClassValue<>() {
    @Override
    protected Map<Method, MethodModel> computeValue(Class<?> api) {
      Map<Method, MethodModel> positional = new HashMap<>();
      Map<Method, MethodModel> queryMap = new HashMap<>();
      for (Method m : api.getMethods()) {
        OperationInfo op = OperationInfo.read(m);
        RequestPlan plan = op == null ? null : RequestPlan.compile(api, m, ClientCore.MAPPER);
        if (plan != null) {
          (plan.layout.queryMapIndex() < 0 ? positional : queryMap).put(m, new MethodModel(op, plan, null));
        }
      }
      Map<Method, MethodModel> out = new HashMap<>(positional);
      queryMap.forEach((m, model) -> out.put(m, new MethodModel(model.operation, model.plan, twin(m, positional))));
      return Map.copyOf(out);
    }
  };

  /** The models of {@code api}'s methods; a method without one cannot be called through the client. */
  static Map<Method, MethodModel> of(Class<?> api) {
    return MODELS.get(api);
  }

  /** The positional method of the same operation and the same return form (plain or {@code WithHttpInfo}). */
  private static MethodModel twin(Method queryMapMethod, Map<Method, MethodModel> positional) {
    String operationId = OperationInfo.read(queryMapMethod).operationId();
    boolean withInfo = queryMapMethod.getName().endsWith("WithHttpInfo");
    for (Map.Entry<Method, MethodModel> e : positional.entrySet()) {
      if (e.getValue().operation.operationId().equals(operationId) && e.getKey().getName().endsWith("WithHttpInfo") == withInfo) {
        return e.getValue();
      }
    }
    return null;
  }
}
