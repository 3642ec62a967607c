package dev.pitkit.ghl.client.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * Which Jakarta Validation constraints a generated method's parameters carry, read once from the
 * annotations, so that {@link RequestValidator} can tell when a call's arguments cannot break any
 * of them and Hibernate Validator, with its bootstrap of about 200 ms and 500 classes, need not run.
 *
 * <p>The answer is exact, not a heuristic: a call skips the validator only when every
 * {@code @NotNull} argument is present and every other constrained argument is absent (null), and
 * the Jakarta Validation specification defines the built-in constraints listed here (and
 * {@code @Valid}'s cascade) as satisfied by null. Any other constraint type, a constraint on the
 * method itself, or a null {@code @NotNull} argument sends the call to the validator as before, so
 * the violations and their messages are the validator's own.
 */
record ConstraintShape(boolean[] notNull, boolean[] checkedWhenPresent, boolean always) {

  /** Built-in constraints that every null value satisfies (Jakarta Validation 3, each one's Javadoc). */
  private static final Set<String> NULL_SATISFIES = Set.of("AssertFalse", "AssertTrue", "DecimalMax", "DecimalMin",
      "Digits", "Email", "Future", "FutureOrPresent", "Max", "Min", "Negative", "NegativeOrZero", "Past",
      "PastOrPresent", "Pattern", "Positive", "PositiveOrZero", "Size");

  /** The shape of {@code method}'s parameter constraints. */
  static ConstraintShape of(Method method) {
    boolean always = false;
    for (Annotation a : method.getAnnotations()) {
      always |= isConstraint(a); // cross-parameter or return-value constraints: leave them to the validator
    }
    Annotation[][] declared = method.getParameterAnnotations();
    AnnotatedType[] types = method.getAnnotatedParameterTypes();
    boolean[] notNull = new boolean[declared.length];
    boolean[] whenPresent = new boolean[declared.length];
    for (int i = 0; i < declared.length; i++) {
      for (Annotation a : concat(declared[i], types[i].getAnnotations())) {
        if (a instanceof NotNull) {
          notNull[i] = true;
        } else if (a instanceof Valid || isConstraint(a) && isBuiltIn(a) && NULL_SATISFIES.contains(a.annotationType().getSimpleName())) {
          whenPresent[i] = true;
        } else if (isConstraint(a) || isValidationAnnotation(a)) {
          always = true;
        }
      }
      whenPresent[i] |= nestedConstraints(types[i]); // List<@Valid X>: checked only inside a present list
    }
    return new ConstraintShape(notNull, whenPresent, always);
  }

  /** True when these arguments could break a constraint, so that the validator must see them. */
  boolean needsValidator(Object[] args) {
    if (always) {
      return true;
    }
    for (int i = 0; i < notNull.length && i < args.length; i++) {
      if (args[i] == null ? notNull[i] : checkedWhenPresent[i]) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConstraint(Annotation a) {
    return a.annotationType().isAnnotationPresent(Constraint.class);
  }

  private static boolean isBuiltIn(Annotation a) {
    return a.annotationType().getName().startsWith("jakarta.validation.constraints.");
  }

  /** Any other Jakarta or Hibernate Validator annotation, e.g. a repeated constraint's container ({@code @Size.List}). */
  private static boolean isValidationAnnotation(Annotation a) {
    return a.annotationType().getName().startsWith("jakarta.validation.") || a.annotationType().getName().startsWith("org.hibernate.validator.");
  }

  private static boolean nestedConstraints(AnnotatedType type) {
    AnnotatedType[] inner;
    if (type instanceof AnnotatedParameterizedType p) {
      inner = p.getAnnotatedActualTypeArguments();
    } else if (type instanceof AnnotatedArrayType a) {
      inner = new AnnotatedType[] {a.getAnnotatedGenericComponentType()};
    } else if (type instanceof AnnotatedWildcardType w) {
      inner = concat(w.getAnnotatedUpperBounds(), w.getAnnotatedLowerBounds());
    } else {
      return false;
    }
    for (AnnotatedType t : inner) {
      for (Annotation a : t.getAnnotations()) {
        if (a instanceof Valid || isConstraint(a) || isValidationAnnotation(a)) {
          return true;
        }
      }
      if (nestedConstraints(t)) {
        return true;
      }
    }
    return false;
  }

  private static <T> T[] concat(T[] a, T[] b) {
    T[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
