package dev.pitkit.ghl.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.api.GhlApiFactory;
import dev.pitkit.ghl.api.OpportunitiesApi;
import dev.pitkit.ghl.invoker.GhlMethod;
import dev.pitkit.ghl.model.OpportunityCreateRequest;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ConstraintShape} lets a call skip Hibernate Validator only when the validator would find
 * nothing: checked against the validator itself over every method of every generated interface,
 * with every argument present, every one absent, and each one absent in turn; and the generated
 * flags it reads say what the parameters' annotations say.
 */
class ConstraintShapeTest {

  @Test
  void skippingTheValidatorNeverHidesAViolation() throws Exception {
    int methods = 0;
    int skipped = 0;
    int sentToValidator = 0;
    List<String> hidden = new ArrayList<>();
    for (Class<?> api : GeneratedMethods.interfaces()) {
      Object instance = GhlApiFactory.create(api, (self, m, a) -> null);
      for (Map.Entry<Method, GhlMethod> e : GeneratedMethods.of(api).entrySet()) {
        Method m = e.getKey();
        methods++;
        ConstraintShape shape = ConstraintShape.of(e.getValue());
        for (Object[] args : argumentSets(m)) {
          boolean violated = !RequestValidator.Shared.VALIDATOR.validateParameters(instance, m, args).isEmpty();
          if (shape.needsValidator(args)) {
            sentToValidator++;
          } else {
            skipped++;
            if (violated) {
              hidden.add(api.getSimpleName() + "." + m.getName() + java.util.Arrays.toString(args));
            }
          }
        }
      }
    }
    assertEquals(List.of(), hidden, "calls that skipped the validator although it reports a violation");
    assertTrue(methods > 300 && skipped > 100 && sentToValidator > 100,
        "both paths exercised: " + methods + " methods, " + skipped + " skipped, " + sentToValidator + " validated");
  }

  /**
   * The flags are exact, not merely safe: {@code NOT_NULL} exactly where the parameter is
   * {@code @NotNull}, {@code CHECKED} exactly where it (or a type argument) carries another
   * Jakarta Validation annotation, so a call skips the validator whenever it can.
   */
  @Test
  void theGeneratedFlagsSayWhatTheAnnotationsSay() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Class<?> api : GeneratedMethods.interfaces()) {
      for (Map.Entry<Method, GhlMethod> e : GeneratedMethods.of(api).entrySet()) {
        Method m = e.getKey();
        Annotation[][] declared = m.getParameterAnnotations();
        AnnotatedType[] types = m.getAnnotatedParameterTypes();
        for (int i = 0; i < declared.length; i++) {
          boolean notNull = false;
          boolean checked = nested(types[i]);
          for (Annotation a : declared[i]) {
            notNull |= a instanceof NotNull;
            checked |= !(a instanceof NotNull) && isValidation(a);
          }
          int expected = (notNull ? GhlMethod.NOT_NULL : 0) | (checked ? GhlMethod.CHECKED : 0);
          if (e.getValue().paramFlags(i) != expected) {
            wrong.add(api.getSimpleName() + "." + m.getName() + " parameter " + i + ": " + e.getValue().paramFlags(i)
                + ", annotations say " + expected);
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  private static boolean isValidation(Annotation a) {
    return a.annotationType().getName().startsWith("jakarta.validation.");
  }

  private static boolean nested(AnnotatedType type) {
    if (type instanceof AnnotatedParameterizedType p) {
      for (AnnotatedType t : p.getAnnotatedActualTypeArguments()) {
        for (Annotation a : t.getAnnotations()) {
          if (isValidation(a)) {
            return true;
          }
        }
        if (nested(t)) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void aGetByIdSkipsTheValidatorAndAMissingIdOrABodyDoNot() throws Exception {
    ConstraintShape getContact = ConstraintShape.of(descriptor(ContactsApi.class, "getContact", String.class));
    assertFalse(getContact.needsValidator(new Object[] {"c1"}));
    assertTrue(getContact.needsValidator(new Object[] {null}), "@NotNull broken: the validator words the violation");

    ConstraintShape create = ConstraintShape.of(descriptor(OpportunitiesApi.class, "createOpportunity",
        OpportunityCreateRequest.class));
    assertTrue(create.needsValidator(new Object[] {new OpportunityCreateRequest()}), "a @Valid body is always checked");
  }

  private static GhlMethod descriptor(Class<?> api, String name, Class<?>... types) throws Exception {
    return GeneratedMethods.of(api).get(api.getMethod(name, types));
  }

  /** Every argument present, every one absent, and each one absent in turn. */
  private static List<Object[]> argumentSets(Method m) throws Exception {
    Class<?>[] types = m.getParameterTypes();
    Object[] present = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      present[i] = sample(types[i]);
    }
    List<Object[]> sets = new ArrayList<>();
    sets.add(present);
    sets.add(new Object[types.length]);
    for (int i = 0; i < types.length; i++) {
      Object[] one = present.clone();
      one[i] = null;
      sets.add(one);
    }
    return sets;
  }

  private static Object sample(Class<?> type) throws Exception {
    if (type == String.class) {
      return "x1";
    } else if (type == Integer.class || type == Long.class) {
      return type == Integer.class ? (Object) 1 : (Object) 1L;
    } else if (type == Boolean.class) {
      return Boolean.TRUE;
    } else if (type == BigDecimal.class) {
      return BigDecimal.ONE;
    } else if (type.isEnum()) {
      return type.getEnumConstants()[0];
    } else if (type == List.class || type == Set.class) {
      return type == List.class ? List.of() : Set.of();
    } else if (type == Map.class) {
      return Map.of();
    } else if (type == java.io.File.class) {
      return new java.io.File("upload.bin");
    }
    return type.getDeclaredConstructor().newInstance(); // a model (request body or QueryParams): all fields unset
  }
}
