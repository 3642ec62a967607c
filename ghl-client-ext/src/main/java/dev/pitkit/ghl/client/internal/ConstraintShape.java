package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.invoker.GhlMethod;

/**
 * Which Jakarta Validation constraints a generated method's parameters carry (from its
 * {@link GhlMethod}, whose flags the generator writes beside the annotations), so that
 * {@link RequestValidator} can tell when a call's arguments cannot break any of them and Hibernate
 * Validator, with its bootstrap of about 200 ms and 500 classes, need not run.
 *
 * <p>The answer is exact, not a heuristic: a call skips the validator only when every
 * {@code @NotNull} argument is present and every other constrained argument is absent (null), and
 * the Jakarta Validation specification defines the built-in constraints the generator writes
 * ({@code @Size}, {@code @Pattern}, {@code @Min}, {@code @Email}, ...) and {@code @Valid}'s cascade
 * as satisfied by null. A null {@code @NotNull} argument, or a present constrained one, sends the
 * call to the validator as before, so the violations and their messages are the validator's own.
 * {@code ConstraintShapeTest} checks the flags against the annotations of every generated method.
 */
record ConstraintShape(boolean[] notNull, boolean[] checkedWhenPresent) {

  /** The shape of {@code method}'s parameter constraints. */
  static ConstraintShape of(GhlMethod method) {
    int n = method.parameterCount();
    boolean[] notNull = new boolean[n];
    boolean[] whenPresent = new boolean[n];
    for (int i = 0; i < n; i++) {
      notNull[i] = (method.paramFlags(i) & GhlMethod.NOT_NULL) != 0;
      whenPresent[i] = (method.paramFlags(i) & GhlMethod.CHECKED) != 0;
    }
    return new ConstraintShape(notNull, whenPresent);
  }

  /** True when these arguments could break a constraint, so that the validator must see them. */
  boolean needsValidator(Object[] args) {
    for (int i = 0; i < notNull.length && i < args.length; i++) {
      if (args[i] == null ? notNull[i] : checkedWhenPresent[i]) {
        return true;
      }
    }
    return false;
  }
}
