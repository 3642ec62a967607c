package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.invoker.GhlOperation;
import dev.pitkit.ghl.invoker.GhlPagination;
import feign.MethodMetadata;
import feign.RequestTemplate;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * The spec's facts about one generated method, read once from its {@link GhlOperation}.
 *
 * @param operationId spec operationId
 * @param httpMethod HTTP method
 * @param path path template
 * @param token x-ghl-token
 * @param version x-ghl-version, empty for none
 * @param requireOneOf x-ghl-require-one-of
 * @param pagination x-ghl-pagination, if a paginated list
 */
public record OperationInfo(String operationId, String httpMethod, String path, TokenType token, String version,
    List<String> requireOneOf, Optional<GhlPagination> pagination) {

  private static final ClassValue<java.util.Map<Method, OperationInfo>> CACHE = new ClassValue<>() {
    @Override
    protected java.util.Map<Method, OperationInfo> computeValue(Class<?> type) {
      java.util.Map<Method, OperationInfo> m = new java.util.HashMap<>();
      for (Method method : type.getMethods()) {
        GhlOperation op = method.getAnnotation(GhlOperation.class);
        if (op != null) {
          m.put(method, from(op));
        }
      }
      return java.util.Map.copyOf(m);
    }
  };

  /** The operation of a generated API method, or null for methods without {@link GhlOperation}. */
  public static OperationInfo of(Method method) {
    return CACHE.get(method.getDeclaringClass()).get(method);
  }

  /**
   * The operation of the generated method whose call built {@code template} (a plain Feign call,
   * without the facade's call context), or null when that is not known.
   */
  static OperationInfo of(RequestTemplate template) {
    MethodMetadata md = template != null ? template.methodMetadata() : null;
    return md != null && md.method() != null ? of(md.method()) : null;
  }

  static OperationInfo from(GhlOperation op) {
    return new OperationInfo(op.operationId(), op.method(), op.path(), TokenType.fromSpec(op.token()), op.version(),
        List.of(op.requireOneOf()),
        op.pagination().length == 0 ? Optional.empty() : Optional.of(op.pagination()[0]));
  }

  /** True when the {@code Version} header is sent. */
  public boolean hasVersion() {
    return version != null && !version.isEmpty();
  }
}
