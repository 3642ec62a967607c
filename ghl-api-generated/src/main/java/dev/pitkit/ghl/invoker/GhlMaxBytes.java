package dev.pitkit.ghl.invoker;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The spec's {@code x-ghl-max-bytes} of a file part of a {@code multipart/form-data} body: the
 * largest file GHL accepts there, in bytes. Put on the generated method's parameter by the template
 * override ({@code src/main/templates/ghlParamConstraints.mustache}); the client refuses a larger
 * file before anything is sent.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface GhlMaxBytes {
  /** The limit in bytes. */
  long value();
}
