package dev.pitkit.ghl.client.internal;

import feign.Contract;
import feign.MethodMetadata;
import feign.RequestTemplate;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feign's default contract, except that each method's constant JSON headers (the generated
 * {@code @Headers} {@code Accept: ...} and {@code Content-Type: application/json}) are taken out
 * of its request template and kept here, for {@code GhlFeign}'s target to add to the request.
 *
 * <p>Why: Feign treats every {@code @Headers} value as a template. On each call it copies them,
 * expands each one and parses the result again as a new template, and the target lists them once
 * more; for two fixed strings that was about 12 % of a {@code GhlFeign} call's CPU and a quarter
 * of its allocation without network (JFR, {@code NoNetworkBenchmark}). Headers with an expression
 * ({@code {name}}) and every other header stay Feign's, and so does a {@code Content-Type} other
 * than JSON, which encoders such as feign-form's read from the template.
 */
final class JsonHeadersContract implements Contract {
  // Contract.Default, not its replacement DefaultContract, which Feign 13.6.x does not have yet:
  // Spring Cloud pins Feign to 13.6.x (the spring-cloud-contract-stubs consumer build runs on it)
  @SuppressWarnings("deprecation")
  private final Contract delegate = new Contract.Default();
  private final Map<Method, Map<String, Collection<String>>> taken = new ConcurrentHashMap<>();

  @Override
  public List<MethodMetadata> parseAndValidateMetadata(Class<?> targetType) {
    List<MethodMetadata> all = delegate.parseAndValidateMetadata(targetType);
    for (MethodMetadata md : all) {
      if (md.method() == null) {
        continue; // nothing to find them by later: leave them to Feign
      }
      Map<String, Collection<String>> constant = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      md.template().headers().forEach((name, values) -> {
        if (isConstantJsonHeader(name, values)) {
          constant.put(name, List.copyOf(values));
        }
      });
      constant.keySet().forEach(md.template()::removeHeader);
      taken.put(md.method(), constant.isEmpty() ? Map.of() : Collections.unmodifiableMap(constant));
    }
    return all;
  }

  /**
   * The headers taken from the template's method (case-insensitive, read-only), or an empty map
   * when it has none or was parsed by another contract.
   */
  Map<String, Collection<String>> headersOf(RequestTemplate template) {
    MethodMetadata md = template != null ? template.methodMetadata() : null;
    Map<String, Collection<String>> headers = md != null && md.method() != null ? taken.get(md.method()) : null;
    return headers != null ? headers : Map.of();
  }

  private static boolean isConstantJsonHeader(String name, Collection<String> values) {
    if (values.isEmpty() || values.stream().anyMatch(v -> v.isBlank() || v.indexOf('{') >= 0)) {
      return false;
    }
    if (name.equalsIgnoreCase("Accept")) {
      return true;
    }
    return name.equalsIgnoreCase("Content-Type") && values.size() == 1
        && values.iterator().next().trim().toLowerCase(Locale.ROOT).startsWith("application/json");
  }
}
