package dev.pitkit.ghl.generated;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.pitkit.ghl.generated.support.SpecStubs.assertJsonBody;
import static dev.pitkit.ghl.generated.support.SpecStubs.assertNoBody;
import static dev.pitkit.ghl.generated.support.SpecStubs.assertRequestLine;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.generated.support.GeneratedApis;
import dev.pitkit.ghl.generated.support.SpecFile;
import dev.pitkit.ghl.generated.support.SpecOperation;
import dev.pitkit.ghl.generated.support.SpecStubs;
import dev.pitkit.ghl.generated.support.TestClients;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the spec, called through its generated methods (positional, and the
 * {@code @QueryMap} overload where there is one), sends exactly the spec's method and path, its
 * required query parameters (with their schema examples), and its request example as the JSON
 * body (nothing added, nothing lost), then decodes its 2xx example. Complements the hand-written,
 * seed-based {@link AreaWireMockTest} with a sweep no operation can slip through.
 */
class EveryOperationWireMockTest {

  private static final ObjectMapper MAPPER = TestClients.mapper();

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
      .resetOnEachTest(false).build(); // stubs are set once; each call resets the request log

  /**
   * Every operation but the multipart uploads: their form fields are {@code @Param}s that Feign core
   * would JSON-encode (the client sends them as parts, without feign-form: ghl-client-ext's
   * {@code MultipartUploadTest} checks them on the wire).
   */
  static Stream<SpecOperation> operations() {
    return SpecFile.operations().stream().filter(op -> !op.multipart());
  }

  static Stream<SpecOperation> operationsWithQueryParameters() {
    return operations().filter(op -> !op.parameters("query").isEmpty());
  }

  @BeforeAll
  static void stubEveryOperationWithItsExample() {
    SpecStubs.stubEveryOperation(wm);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void positionalMethodSendsTheSpecRequest(SpecOperation op) {
    Method method = GeneratedApis.positional(op);
    Object[] args = new Object[method.getParameterCount()];
    for (int i = 0; i < args.length; i++) {
      java.lang.reflect.Parameter javaParam = method.getParameters()[i];
      String name = GeneratedApis.paramName(javaParam);
      if (name == null) {
        args[i] = requestBody(op, javaParam);
      } else {
        Parameter specParam = specParameter(op, name);
        if ("path".equals(specParam.getIn())) {
          args[i] = pathValue(specParam);
        } else if (Boolean.TRUE.equals(specParam.getRequired())) {
          args[i] = example(op, specParam, javaParam.getParameterizedType());
        } // optional query parameters stay null: Feign must then leave them out
      }
    }
    assertSendsTheSpecRequest(op, method, args);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operationsWithQueryParameters")
  void queryMapOverloadSendsTheSameRequest(SpecOperation op) throws Exception {
    Method method = GeneratedApis.queryMapVariant(op)
        .orElseThrow(() -> new AssertionError(op + " has query parameters but no @QueryMap overload"));
    Object[] args = new Object[method.getParameterCount()];
    for (int i = 0; i < args.length; i++) {
      java.lang.reflect.Parameter javaParam = method.getParameters()[i];
      String name = GeneratedApis.paramName(javaParam);
      if (javaParam.isAnnotationPresent(feign.QueryMap.class)) {
        args[i] = requiredQueryParams(op, javaParam.getType());
      } else if (name == null) {
        args[i] = requestBody(op, javaParam);
      } else {
        args[i] = pathValue(specParameter(op, name));
      }
    }
    assertSendsTheSpecRequest(op, method, args);
  }

  // ------------------------------------------------------------------------------------------

  private static void assertSendsTheSpecRequest(SpecOperation op, Method method, Object[] args) {
    Object api = TestClients.feign(method.getDeclaringClass(), wm.baseUrl());
    LoggedRequest request = SpecStubs.sent(wm, () -> invoke(method, api, args));

    String expectedPath = op.path();
    Map<String, String> expectedQuery = new LinkedHashMap<>();
    for (Parameter p : op.parameters()) {
      if ("path".equals(p.getIn())) {
        expectedPath = expectedPath.replace("{" + p.getName() + "}", pathValue(p));
      } else if ("query".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired())) {
        expectedQuery.put(p.getName(), exampleNode(op, p).asText());
      }
    }
    assertRequestLine(request, op.method(), expectedPath, expectedQuery);
    Optional<SpecOperation.Example> body = op.requestExample();
    if (body.isPresent()) {
      assertJsonBody(request, body.get().value().toString());
    } else {
      assertNoBody(request);
    }
  }

  private static void invoke(Method method, Object api, Object[] args) {
    try {
      Object result = method.invoke(api, args);
      assertNotNull(result, method.getName() + " decoded nothing from its example");
    } catch (InvocationTargetException e) {
      throw new AssertionError(method.getName() + " failed: " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** The spec parameter behind a generated {@code @Param} name ({@code location_id} becomes {@code locationId}). */
  private static Parameter specParameter(SpecOperation op, String javaName) {
    return op.parameters().stream()
        .filter(p -> normalize(p.getName()).equals(normalize(javaName)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(op + ": generated @Param " + javaName + " is not a spec parameter"));
  }

  private static String normalize(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }

  /** A recognisable id per path parameter, so a swapped or missing substitution shows. */
  private static String pathValue(Parameter p) {
    return "id-" + p.getName().replace("_", "-");
  }

  /** The parameter's example (parameter level, else schema level), as written in the YAML. */
  private static JsonNode exampleNode(SpecOperation op, Parameter p) {
    return op.rawParameter(p.getName(), p.getIn()).flatMap(SpecOperation.RawParameter::example)
        .orElseThrow(() -> new AssertionError(op + ": required query parameter " + p.getName() + " has no example"));
  }

  private static Object example(SpecOperation op, Parameter p, java.lang.reflect.Type javaType) {
    return MAPPER.convertValue(exampleNode(op, p), MAPPER.constructType(javaType));
  }

  private static Object requestBody(SpecOperation op, java.lang.reflect.Parameter javaParam) {
    JsonNode example = op.requestExample()
        .orElseThrow(() -> new AssertionError(op + ": generated body parameter, but no request example")).value();
    return MAPPER.convertValue(example, MAPPER.constructType(javaParam.getParameterizedType()));
  }

  /** A generated {@code *QueryParams} with every required query parameter set through its fluent setter. */
  private static Object requiredQueryParams(SpecOperation op, Class<?> type) throws ReflectiveOperationException {
    Object params = type.getConstructor().newInstance();
    for (Parameter p : op.parameters("query")) {
      if (!Boolean.TRUE.equals(p.getRequired())) {
        continue;
      }
      Method setter = java.util.Arrays.stream(type.getMethods())
          .filter(m -> m.getParameterCount() == 1 && normalize(m.getName()).equals(normalize(p.getName())))
          .findFirst()
          .orElseThrow(() -> new AssertionError(type.getSimpleName() + " has no setter for " + p.getName()));
      setter.invoke(params, example(op, p, setter.getGenericParameterTypes()[0]));
    }
    return params;
  }
}
