package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.invoker.GhlOperation;
import java.lang.reflect.Method;
import java.util.List;

/**
 * The spec's facts about one generated method, read once from its {@link GhlOperation}: the
 * operationId, HTTP method, path template, {@code x-ghl-token}, {@code x-ghl-version} (empty for
 * none) and {@code x-ghl-require-one-of}.
 */
public record OperationInfo(String operationId, String httpMethod, String path, TokenType token, String version,
    List<String> requireOneOf) {

  /** Reads the operation from the method's annotation (each time: keep the result). */
  static OperationInfo read(Method method) {
    GhlOperation op = method.getAnnotation(GhlOperation.class);
    return op == null ? null : new OperationInfo(op.operationId(), op.method(), op.path(),
        TokenType.fromSpec(op.token()), op.version(), List.of(op.requireOneOf()));
  }

  /** True when the {@code Version} header is sent. */
  public boolean hasVersion() {
    return version != null && !version.isEmpty();
  }
}
