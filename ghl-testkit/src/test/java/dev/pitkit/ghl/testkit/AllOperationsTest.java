package dev.pitkit.ghl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the spec, called through {@code GhlClient} (its generated Feign method,
 * found by reflection, with arguments from the spec's examples) and answered by its stub. The
 * extension's after-each checks also prove the client's request for each one is valid against
 * the spec and matched a stub.
 */
class AllOperationsTest {
  @RegisterExtension
  static GhlMockExtension ghl = GhlMockExtension.create();

  static Stream<String> operationIds() {
    return SpecFixtures.operations().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationIds")
  void everyOperationIsAnsweredThroughTheClient(String operationId) throws Exception {
    Method m = SpecFixtures.method(operationId);
    Object api = ghl.client().api(m.getDeclaringClass());
    Object result;
    try {
      result = m.invoke(api, SpecFixtures.exampleArguments(operationId));
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
    assertNotNull(result, operationId + " returned nothing");
    ghl.verify().called(operationId, 1);
    ghl.verify().routing();
    assertEquals(operationId, ghl.getAllServeEvents().get(0).getResponse().getHeaders().getHeader("X-Mock-Operation").firstValue(),
        "answered by its own stub");
  }
}
