package dev.pitkit.ghl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.pitkit.ghl.client.GhlClient;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
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

  /**
   * The preset client with a read timeout long enough for the first answer of a cold WireMock on a
   * loaded machine (it took over the preset's 10 s at load 30, and the retried GET then counted twice).
   */
  private static GhlClient client;

  private static synchronized GhlClient client() {
    if (client == null) {
      client = ghl.clientBuilder().readTimeout(Duration.ofMinutes(2)).build();
    }
    return client;
  }

  static Stream<String> operationIds() {
    return SpecFixtures.operations().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationIds")
  void everyOperationIsAnsweredThroughTheClient(String operationId) throws Exception {
    Method m = SpecFixtures.method(operationId);
    Object api = client().api(m.getDeclaringClass());
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
