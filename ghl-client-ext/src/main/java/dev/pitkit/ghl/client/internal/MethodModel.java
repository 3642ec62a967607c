package dev.pitkit.ghl.client.internal;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * Everything the client needs about one generated method, read from its annotations once per
 * interface (a {@link ClassValue}, so an application server can still unload the interface): the
 * spec's {@link OperationInfo} and the {@link RequestPlan} that builds its request.
 *
 * @param operation the spec's operation
 * @param plan how its request is built
 */
record MethodModel(OperationInfo operation, RequestPlan plan) {
  private static final ClassValue<Map<Method, MethodModel>> MODELS = new ClassValue<>() {
    @Override
    protected Map<Method, MethodModel> computeValue(Class<?> api) {
      Map<Method, MethodModel> out = new HashMap<>();
      for (Method m : api.getMethods()) {
        OperationInfo op = OperationInfo.of(m);
        RequestPlan plan = op == null ? null : RequestPlan.compile(api, m, ClientCore.MAPPER);
        if (plan != null) {
          out.put(m, new MethodModel(op, plan));
        }
      }
      return Map.copyOf(out);
    }
  };

  /** The models of {@code api}'s methods; a method without one cannot be called through the client. */
  static Map<Method, MethodModel> of(Class<?> api) {
    return MODELS.get(api);
  }
}
