package dev.pitkit.ghl.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.api.GhlApis;
import dev.pitkit.ghl.api.OpportunitiesApi;
import dev.pitkit.ghl.model.OpportunityCreateRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ConstraintShape} lets a call skip Hibernate Validator only when the validator would find
 * nothing: checked against the validator itself over every method of every generated interface,
 * with every argument present, every one absent, and each one absent in turn.
 */
class ConstraintShapeTest {

  @Test
  void skippingTheValidatorNeverHidesAViolation() throws Exception {
    int methods = 0;
    int skipped = 0;
    int sentToValidator = 0;
    List<String> hidden = new ArrayList<>();
    for (Class<?> api : generatedInterfaces()) {
      Object instance = Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, (p, m, a) -> null);
      for (Method m : api.getMethods()) {
        if (m.isDefault() || Modifier.isStatic(m.getModifiers())) {
          continue;
        }
        methods++;
        ConstraintShape shape = ConstraintShape.of(m);
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

  @Test
  void aGetByIdSkipsTheValidatorAndAMissingIdOrABodyDoNot() throws Exception {
    ConstraintShape getContact = ConstraintShape.of(ContactsApi.class.getMethod("getContact", String.class));
    assertFalse(getContact.needsValidator(new Object[] {"c1"}));
    assertTrue(getContact.needsValidator(new Object[] {null}), "@NotNull broken: the validator words the violation");

    ConstraintShape create = ConstraintShape.of(OpportunitiesApi.class.getMethod("createOpportunity", OpportunityCreateRequest.class));
    assertTrue(create.needsValidator(new Object[] {new OpportunityCreateRequest()}), "a @Valid body is always checked");
  }

  /** Constraints the generator does not write today still reach the validator. */
  interface Hypothetical {
    void sized(@Size(max = 3) String name);

    void custom(@jakarta.validation.constraints.NotBlank String name);

    void nested(@NotNull List<@Size(max = 2) String> names);
  }

  @Test
  void constraintsBeyondNotNullAreLeftToTheValidator() throws Exception {
    ConstraintShape sized = ConstraintShape.of(Hypothetical.class.getMethod("sized", String.class));
    assertFalse(sized.needsValidator(new Object[] {null}), "@Size is satisfied by null");
    assertTrue(sized.needsValidator(new Object[] {"abcd"}));
    ConstraintShape custom = ConstraintShape.of(Hypothetical.class.getMethod("custom", String.class));
    assertTrue(custom.needsValidator(new Object[] {null}), "@NotBlank is not in the null-satisfied list: always checked");
    assertTrue(custom.needsValidator(new Object[] {"x"}));
    ConstraintShape nested = ConstraintShape.of(Hypothetical.class.getMethod("nested", List.class));
    assertTrue(nested.needsValidator(new Object[] {List.of("abc")}), "a constraint inside the list");
    assertTrue(nested.needsValidator(new Object[] {null}), "@NotNull on the list");
  }

  private static List<Class<?>> generatedInterfaces() {
    List<Class<?>> out = new ArrayList<>();
    for (Method accessor : GhlApis.class.getMethods()) {
      if (accessor.getParameterCount() == 0 && accessor.getReturnType().isInterface()) {
        out.add(accessor.getReturnType());
      }
    }
    assertNotNull(out.isEmpty() ? null : out, "GhlApis lists the generated interfaces");
    return out;
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
