package dev.pitkit.ghl.client.internal;

import feign.Param;
import feign.QueryMap;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/**
 * The parameters of a generated Feign method as the client needs them: each one's {@code @Param}
 * name (null for the request body and the query map), its type, and where the {@code @QueryMap}
 * is ({@code queryMapIndex}, -1 for none).
 */
public record ParamLayout(String[] names, Class<?>[] types, int queryMapIndex) {
  /**
   * Reads the layout of {@code m} from its annotations ({@link Method#getParameterAnnotations()}
   * re-parses them on every call: keep the result, as {@link MethodModel} does).
   */
  public static ParamLayout read(Method m) {
    Annotation[][] all = m.getParameterAnnotations();
    String[] names = new String[all.length];
    int qm = -1;
    for (int i = 0; i < all.length; i++) {
      for (Annotation a : all[i]) {
        if (a instanceof Param p && names[i] == null) {
          names[i] = p.value();
        } else if (a instanceof QueryMap && qm < 0) {
          qm = i;
        }
      }
    }
    return new ParamLayout(names, m.getParameterTypes(), qm);
  }

  /** The index of the parameter named {@code name}, or -1. */
  public int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (name.equals(names[i])) {
        return i;
      }
    }
    return -1;
  }
}
