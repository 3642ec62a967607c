package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.invoker.GhlMethod;

/**
 * The parameters of a generated method as the client needs them: each one's {@code @Param} name
 * (null for the request body and the query map) and where the {@code QueryParams} map is
 * ({@code queryMapIndex}, -1 for none).
 */
public record ParamLayout(String[] names, int queryMapIndex) {
  /** The layout of {@code m}. */
  public static ParamLayout of(GhlMethod m) {
    String[] names = new String[m.parameterCount()];
    for (int i = 0; i < names.length; i++) {
      names[i] = m.paramName(i);
    }
    return new ParamLayout(names, m.queryMapIndex());
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
