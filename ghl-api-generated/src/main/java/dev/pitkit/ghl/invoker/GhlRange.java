package dev.pitkit.ghl.invoker;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The spec's {@code x-ghl-range} of one operation: two epoch-millisecond query parameters where
 * {@code to} must not be before {@code from}, and at most {@code maxDays} after it; see
 * {@code spec/CONVENTIONS.md}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface GhlRange {
  /** The parameter that starts the range, e.g. {@code startDate}. */
  String from();

  /** The parameter that ends it, e.g. {@code endDate}. */
  String to();

  /** The longest range GHL accepts, in days; 0 for no limit. */
  int maxDays() default 0;
}
