package dev.pitkit.ghl.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.api.GhlApis;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Models are built on a method's first call, so {@code api(Class)} no longer compiles a generated
 * interface up front: this test does it for all of them, so a generated method the client could
 * not send fails the build instead of its first call.
 */
class MethodModelTest {

  @Test
  void everyGeneratedMethodHasAModelAndEveryQueryParamsOverloadItsPositionalTwin() {
    List<String> problems = new ArrayList<>();
    int models = 0;
    int twins = 0;
    for (Method accessor : GhlApis.class.getMethods()) {
      if (accessor.getParameterCount() != 0 || !accessor.getReturnType().isInterface()) {
        continue;
      }
      Class<?> api = accessor.getReturnType();
      MethodModel.Models byMethod = MethodModel.of(api);
      for (Method m : api.getMethods()) {
        if (m.isDefault() || Modifier.isStatic(m.getModifiers())) {
          continue;
        }
        MethodModel model = byMethod.get(m);
        if (model == null) {
          problems.add(api.getSimpleName() + "." + m.getName() + ": no model");
          continue;
        }
        models++;
        assertSame(model, byMethod.get(m), "built once");
        if (!model.plan().configKey.equals(feign.Feign.configKey(api, m))) { // what logs and Feign's plug-ins see
          problems.add(api.getSimpleName() + "." + m.getName() + ": config key " + model.plan().configKey);
        }
        if (model.plan().layout.queryMapIndex() >= 0) {
          if (model.twin() == null || !model.twin().operation().operationId().equals(model.operation().operationId())
              || !model.twin().plan().method.getName().equals(m.getName())) {
            problems.add(api.getSimpleName() + "." + m.getName() + ": QueryParams overload without its positional twin");
          } else {
            twins++;
          }
        } else if (model.twin() != null) {
          problems.add(api.getSimpleName() + "." + m.getName() + ": a positional method with a twin");
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(models > 0 && twins > 0, models + " models, " + twins + " twins");
  }
}
