package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.client.internal.ClientJson;
import dev.pitkit.ghl.invoker.EncodingUtils;
import dev.pitkit.ghl.invoker.GhlOperation;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shared fixtures of the facade tests: WireMock servers, clients, spec-driven call arguments. */
final class FacadeTestSupport {
  /** A fake Maton key; never a real one. */
  static final String KEY = "test_key_not_real";
  static final String AGENCY = "conn_agency";
  static final String SUB = "conn_sub";
  /** Epoch milliseconds (2023-11-14), above the spec's minimum of 1e11. */
  static final long EPOCH_MS = 1_700_000_000_000L;

  private static final Pattern QUERY_PAIR = Pattern.compile("([^?&=]+)=\\{([^}]+)}");
  private static volatile OpenAPI spec;

  private FacadeTestSupport() {}

  /** A WireMock server on a dynamic port, no static DSL. */
  static WireMockExtension server() {
    return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).configureStaticDsl(false).build();
  }

  /** A client on {@code wm}, which answers every request with {@code {}} (for tests that look only at requests). */
  static GhlClient clientOnEmptyAnswers(WireMockExtension wm) {
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{}")));
    return builder(wm).build();
  }

  /**
   * A builder pointed at {@code wm} with both connections, no retries, no rate limiting and a
   * sleeper that never waits.
   */
  static GhlClient.Builder builder(WireMockExtension wm) {
    return GhlClient.builder().apiKey(KEY).baseUrl(wm.baseUrl())
        .agencyConnection(AGENCY).subAccountConnection(SUB)
        .maxRetries(0).rateLimiting(false).sleeper(d -> { });
  }

  /**
   * What {@code wm} received since the last reset, oldest first, one line per request: method, URL,
   * every header (names in lower case, sorted) and body. Parity tests compare these whole.
   */
  static List<String> wireTranscript(WireMockExtension wm) {
    List<ServeEvent> events = new ArrayList<>(wm.getAllServeEvents());
    java.util.Collections.reverse(events); // oldest first
    List<String> wire = new ArrayList<>();
    for (ServeEvent e : events) {
      Map<String, String> headers = new java.util.TreeMap<>();
      e.getRequest().getHeaders().all().forEach(h -> headers.put(h.key().toLowerCase(java.util.Locale.ROOT),
          String.join(",", h.values())));
      wire.add(e.getRequest().getMethod() + " " + e.getRequest().getUrl() + " " + headers + " " + e.getRequest().getBodyAsString());
    }
    return wire;
  }

  /** How a call ended with {@code e}, for parity tests: its type, status and attempts when it has them, message. */
  static String thrown(dev.pitkit.ghl.client.error.GhlException e) {
    return "threw " + e.getClass().getSimpleName() + (e instanceof dev.pitkit.ghl.client.error.GhlApiException a
        ? " " + a.status() + " attempts=" + a.attempts() : "") + ": " + e.getMessage();
  }

  /** The single request the server received since the last reset. */
  static LoggedRequest onlyRequest(WireMockExtension wm) {
    List<ServeEvent> events = wm.getAllServeEvents();
    if (events.size() != 1) {
      throw new AssertionError("expected exactly one request, got " + events.size() + ": "
          + events.stream().map(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl()).toList());
    }
    return events.get(0).getRequest();
  }

  /** Every generated API interface reachable through a {@link GhlClient} accessor, in name order. */
  static List<Class<?>> apiInterfaces() {
    List<Class<?>> out = new ArrayList<>();
    for (Method m : GhlClient.class.getMethods()) {
      Class<?> r = m.getReturnType();
      if (m.getParameterCount() == 0 && r.isInterface() && r.getPackageName().equals("dev.pitkit.ghl.api")) {
        out.add(r);
      }
    }
    out.sort(Comparator.comparing(Class::getSimpleName));
    return out;
  }

  /** Every method of {@code api} carrying {@link GhlOperation}, in a stable order. */
  static List<Method> operations(Class<?> api) {
    return Arrays.stream(api.getMethods())
        .filter(m -> m.isAnnotationPresent(GhlOperation.class))
        .sorted(Comparator.comparing(FacadeTestSupport::signature))
        .toList();
  }

  static String signature(Method m) {
    return m.getDeclaringClass().getSimpleName() + "#" + m.getName()
        + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).toList();
  }

  /**
   * Arguments that satisfy every constraint of {@code m}: simple values for parameters, the
   * spec's example for the request body, and for a query-map overload the required (and
   * require-one-of) parameters of its positional twin under their wire names.
   */
  static Object[] validArgs(Method m) throws Exception {
    GhlOperation op = m.getAnnotation(GhlOperation.class);
    Parameter[] ps = m.getParameters();
    Object[] args = new Object[ps.length];
    for (int i = 0; i < ps.length; i++) {
      Param param = ps[i].getAnnotation(Param.class);
      if (param != null) {
        args[i] = sample(ps[i], param.value());
      } else if (ps[i].isAnnotationPresent(QueryMap.class)) {
        args[i] = queryMapFor(m, ps[i].getType(), op);
      } else {
        args[i] = bodyExample(op.operationId(), ps[i].getParameterizedType()); // List<Model> bodies too
      }
    }
    return args;
  }

  @SuppressWarnings("unchecked")
  private static Object queryMapFor(Method m, Class<?> type, GhlOperation op) throws Exception {
    Map<String, Object> map = (Map<String, Object>) type.getConstructor().newInstance();
    Map<String, String> wire = wireNames(m);
    List<String> oneOf = List.of(op.requireOneOf());
    Method twin = positionalTwin(m);
    for (Parameter p : twin.getParameters()) {
      Param param = p.getAnnotation(Param.class);
      if (param == null || hasParam(m, param.value())) {
        continue;
      }
      boolean required = p.isAnnotationPresent(NotNull.class) || (!oneOf.isEmpty() && oneOf.get(0).equals(param.value()));
      if (required) {
        map.put(wire.getOrDefault(param.value(), param.value()), EncodingUtils.encode(sample(p, param.value())));
      }
    }
    return map;
  }

  private static boolean hasParam(Method m, String name) {
    for (Parameter p : m.getParameters()) {
      Param param = p.getAnnotation(Param.class);
      if (param != null && param.value().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Template expression name to query parameter name, read from the method's {@link RequestLine}. */
  static Map<String, String> wireNames(Method m) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher matcher = QUERY_PAIR.matcher(m.getAnnotation(RequestLine.class).value());
    while (matcher.find()) {
      out.put(matcher.group(2), matcher.group(1));
    }
    return out;
  }

  /** The positional method of the same operation (same WithHttpInfo-ness). */
  static Method positionalTwin(Method queryMapMethod) {
    String id = queryMapMethod.getAnnotation(GhlOperation.class).operationId();
    boolean info = queryMapMethod.getName().endsWith("WithHttpInfo");
    for (Method m : queryMapMethod.getDeclaringClass().getMethods()) {
      GhlOperation o = m.getAnnotation(GhlOperation.class);
      if (o != null && o.operationId().equals(id) && !isQueryMap(m) && m.getName().endsWith("WithHttpInfo") == info) {
        return m;
      }
    }
    throw new AssertionError("no positional twin for " + signature(queryMapMethod));
  }

  static boolean isQueryMap(Method m) {
    for (Annotation[] as : m.getParameterAnnotations()) {
      for (Annotation a : as) {
        if (a instanceof QueryMap) {
          return true;
        }
      }
    }
    return false;
  }

  /** A valid value of parameter {@code p}: one its {@code @Pattern} accepts (an enum's first value, a date), if it has one. */
  static Object sample(Parameter p, String name) {
    jakarta.validation.constraints.Pattern pattern = p.getAnnotation(jakarta.validation.constraints.Pattern.class);
    if (pattern == null) {
      return sample(p.getType(), name);
    }
    for (String candidate : List.of(pattern.regexp().split("\\|")[0], "2026-04-29", "2026-04-29T16:00:00+00:00")) {
      if (candidate.matches(pattern.regexp())) {
        return p.getType() == List.class ? List.of(candidate) : candidate;
      }
    }
    throw new AssertionError("no sample for " + name + " matching " + pattern.regexp());
  }

  static Object sample(Class<?> type, String name) {
    if (type == String.class) {
      return "v_" + name;
    } else if (type == Long.class) {
      return EPOCH_MS;
    } else if (type == Integer.class) {
      return 1;
    } else if (type == Boolean.class) {
      return Boolean.TRUE;
    } else if (type == BigDecimal.class) {
      return BigDecimal.ONE;
    } else if (type == List.class) {
      return List.of("v_" + name);
    } else if (type == java.io.File.class) {
      return sampleFile();
    } else if (type == Map.class) { // a map of files, one part per entry (the custom-field upload)
      return Map.of("v_" + name, sampleFile());
    }
    throw new AssertionError("no sample for " + type + " " + name);
  }

  private static java.io.File sampleFile;

  /** A small file for the form parameters of multipart operations (deleted when the JVM exits). */
  static synchronized java.io.File sampleFile() {
    if (sampleFile == null) {
      try {
        sampleFile = Files.writeString(Files.createTempFile("ghl-sample", ".txt"), "sample attachment").toFile();
        sampleFile.deleteOnExit();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return sampleFile;
  }

  /** Whether {@code m} sends a {@code multipart/form-data} body (its {@code @Headers} say so). */
  static boolean isMultipart(Method m) {
    feign.Headers h = m.getAnnotation(feign.Headers.class);
    return h != null && java.util.Arrays.stream(h.value()).anyMatch(v -> v.replace(" ", "").equalsIgnoreCase("Content-Type:multipart/form-data"));
  }

  /** The spec's request body example of {@code operationId}, as {@code type}. */
  static Object bodyExample(String operationId, Class<?> type) {
    return bodyExample(operationId, (java.lang.reflect.Type) type);
  }

  /** As {@link #bodyExample(String, Class)}, for a generic body type ({@code List<Model>} of an array body). */
  static Object bodyExample(String operationId, java.lang.reflect.Type type) {
    ObjectMapper mapper = ClientJson.newMapper();
    JsonNode example = mapper.valueToTree(requestExample(operationId));
    return mapper.convertValue(example, mapper.constructType(type));
  }

  /** The spec's request body example object of {@code operationId}. */
  static Object requestExample(String operationId) {
    Operation op = operation(operationId);
    MediaType media = op.getRequestBody().getContent().get("application/json");
    if (media.getExample() != null) {
      return media.getExample();
    }
    if (media.getExamples() != null && !media.getExamples().isEmpty()) {
      return media.getExamples().values().iterator().next().getValue();
    }
    throw new AssertionError(operationId + " has no request example in the spec");
  }

  static Operation operation(String operationId) {
    for (PathItem item : spec().getPaths().values()) {
      for (Operation op : item.readOperations()) {
        if (operationId.equals(op.getOperationId())) {
          return op;
        }
      }
    }
    throw new AssertionError("no operation " + operationId + " in the spec");
  }

  /** The project's spec, parsed and resolved. */
  static OpenAPI spec() {
    if (spec == null) {
      synchronized (FacadeTestSupport.class) {
        if (spec == null) {
          Path file = Path.of("..", "spec", "target", "classes", "dev", "pitkit", "ghl", "spec", "openapi.yaml");
          if (!Files.exists(file)) {
            throw new AssertionError("bundled spec not found at " + file.toAbsolutePath() + " (build with -am)");
          }
          ParseOptions o = new ParseOptions();
          o.setResolve(true);
          spec = new OpenAPIV3Parser().read(file.toString(), null, o);
        }
      }
    }
    return spec;
  }
}
