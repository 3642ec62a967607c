package dev.pitkit.ghl.invoker;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The spec's per-operation facts, put on every generated Feign method by the template override
 * ({@code src/main/templates/ghlOperation.mustache}). The client and the testkit read routing,
 * the {@code Version} header, cross-field rules and pagination from here, never from a Java table.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface GhlOperation {
  /** The spec's {@code operationId}. */
  String operationId();

  /** HTTP method. */
  String method();

  /**
   * Path template as in the generated {@code @RequestLine}: the spec's path with path parameters
   * named as the Java parameters (e.g. {@code /connections/{connectionId}} for the spec's
   * {@code {connection_id}}).
   */
  String path();

  /** {@code x-ghl-token}: {@code agency}, {@code sub-account} or {@code maton}. */
  String token();

  /** {@code x-ghl-version}: the GHL {@code Version} header value; empty for Maton's own operations. */
  String version();

  /** {@code x-ghl-require-one-of}: parameters of which at least one must be given. */
  String[] requireOneOf() default {};

  /** {@code x-ghl-together}: parameters given all or none (GHL refuses one without the others). */
  String[] together() default {};

  /** {@code x-ghl-pagination}: empty, or exactly one element for a paginated list. */
  GhlPagination[] pagination() default {};

  /** {@code x-ghl-range}: empty, or exactly one element for an operation with a bounded date range. */
  GhlRange[] range() default {};
}
