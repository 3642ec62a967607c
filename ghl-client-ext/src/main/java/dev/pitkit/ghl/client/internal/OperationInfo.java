package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.invoker.GhlMethod;
import java.util.List;

/**
 * The spec's facts about one generated method: the operationId, HTTP method, path template,
 * {@code x-ghl-token}, {@code x-ghl-version} (empty for none), {@code x-ghl-require-one-of},
 * {@code x-ghl-together} and {@code x-ghl-range} ({@code rangeFrom} null for none; {@code rangeMaxDays}
 * 0 for no limit).
 */
public record OperationInfo(String operationId, String httpMethod, String path, TokenType token, String version,
    List<String> requireOneOf, List<String> together, String rangeFrom, String rangeTo, int rangeMaxDays) {

  static OperationInfo of(GhlMethod m) {
    return new OperationInfo(m.operationId(), m.httpMethod(), m.path(), TokenType.fromSpec(m.token()), m.version(),
        m.requireOneOf(), m.together(), m.rangeFrom(), m.rangeTo(), m.rangeMaxDays());
  }

  /** True when the {@code Version} header is sent. */
  public boolean hasVersion() {
    return version != null && !version.isEmpty();
  }
}
