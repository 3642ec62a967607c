package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.api.GhlApiFactory;
import dev.pitkit.ghl.api.GhlApis;
import dev.pitkit.ghl.invoker.GhlMethod;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test support: every generated interface, and the {@link GhlMethod} its implementation passes for each method. */
final class GeneratedMethods {
  private GeneratedMethods() {}

  /** The interfaces {@link GhlApis} has an accessor for. */
  static List<Class<?>> interfaces() {
    List<Class<?>> out = new ArrayList<>();
    for (Method accessor : GhlApis.class.getMethods()) {
      if (accessor.getParameterCount() == 0 && accessor.getReturnType().isInterface()) {
        out.add(accessor.getReturnType());
      }
    }
    return out;
  }

  /** Each abstract method of {@code api} and the descriptor its generated implementation hands the invoker. */
  static Map<Method, GhlMethod> of(Class<?> api) throws ReflectiveOperationException {
    GhlMethod[] last = new GhlMethod[1];
    Object impl = GhlApiFactory.create(api, (self, m, args) -> {
      last[0] = m;
      return null;
    });
    Map<Method, GhlMethod> out = new LinkedHashMap<>();
    for (Method m : api.getMethods()) {
      if (m.isDefault() || Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      last[0] = null;
      try {
        m.invoke(impl, new Object[m.getParameterCount()]);
      } catch (InvocationTargetException e) {
        throw new AssertionError(m + " threw", e.getCause());
      }
      out.put(m, last[0]);
    }
    return out;
  }
}
