package dev.pitkit.ghl.client.internal;

import feign.Param;
import feign.QueryMap;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parameters of a generated Feign method as the client needs them: each one's {@code @Param}
 * name (null for the request body and the query map), its type, and where the {@code @QueryMap}
 * is. Read once per method: {@link Method#getParameterAnnotations()} re-parses on every call.
 *
 * @param names {@code @Param} name per parameter, or null
 * @param types type per parameter
 * @param queryMapIndex index of the {@code @QueryMap} parameter, or -1
 */
public record ParamLayout(String[] names, Class<?>[] types, int queryMapIndex) {
  private static final Map<Method, ParamLayout> CACHE = new ConcurrentHashMap<>();

  /** The layout of {@code method}, computed on first use. */
  public static ParamLayout of(Method method) {
    ParamLayout l = CACHE.get(method);
    return l != null ? l : CACHE.computeIfAbsent(method, ParamLayout::read);
  }

  private static ParamLayout read(Method m) {
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
}
