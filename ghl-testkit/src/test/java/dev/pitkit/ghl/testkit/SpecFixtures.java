package dev.pitkit.ghl.testkit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.pitkit.ghl.invoker.GhlOperation;
import dev.pitkit.ghl.testkit.internal.SpecMappings;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Test-side reading of the spec (independent of the stub generator's output): operations, their
 * parameters with example values, request body examples, and the generated Feign method of each.
 */
final class SpecFixtures {
  static final String SPEC = SpecMappings.readSpecResource();
  static final JsonNode ROOT = SpecMappings.readTree(SPEC);
  /** Like the client's mapper: unknown properties ignored, java.time and JsonNullable (clearable request fields) supported. */
  static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
      .addModule(new org.openapitools.jackson.nullable.JsonNullableModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  /** Epoch milliseconds for time parameters without an example (2026-01-01T00:00:00Z). */
  static final long EPOCH_MS = 1767225600000L;

  private static final Map<String, Op> OPS = load();
  private static final Map<String, Method> METHODS = generatedMethods();

  private SpecFixtures() {}

  /** One spec operation. */
  record Op(String operationId, String method, String path, Map<String, JsonNode> params, JsonNode requestExample,
      List<String> requireOneOf, JsonNode pagination, JsonNode formExample) {

    /** The path with every path parameter replaced by its example value. */
    String examplePath() {
      String p = path;
      for (JsonNode param : params.values()) {
        if (param.path("in").asText().equals("path")) {
          p = p.replace("{" + param.path("name").asText() + "}", enc(exampleValue(param).toString()));
        }
      }
      return p;
    }

    /** Example query string of the required parameters (and the first of require-one-of), e.g. {@code ?a=1&b=x}. */
    String exampleQuery() {
      StringBuilder q = new StringBuilder();
      for (JsonNode param : params.values()) {
        String name = param.path("name").asText();
        if (param.path("in").asText().equals("query")
            && (param.path("required").asBoolean() || (!requireOneOf.isEmpty() && requireOneOf.get(0).equals(name)))) {
          q.append(q.length() == 0 ? '?' : '&').append(enc(name)).append('=').append(enc(exampleValue(param).toString()));
        }
      }
      return q.toString();
    }

    /** Whether the operation has a required query parameter (so a missing-query stub). */
    boolean hasRequiredQuery() {
      return params.values().stream().anyMatch(p -> p.path("in").asText().equals("query") && p.path("required").asBoolean());
    }

    JsonNode param(String in, String name) {
      return params.get(in + ":" + name);
    }
  }

  static Map<String, Op> operations() {
    return OPS;
  }

  static Op op(String operationId) {
    return Objects.requireNonNull(OPS.get(operationId), operationId);
  }

  /** The plain generated method (not *WithHttpInfo, not the query-map overload) of an operation. */
  static Method method(String operationId) {
    return Objects.requireNonNull(METHODS.get(operationId), "no generated method for " + operationId);
  }

  static Map<String, Method> methods() {
    return METHODS;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static Map<String, Op> load() {
    Map<String, Op> out = new LinkedHashMap<>();
    ROOT.path("paths").properties().forEach(pe -> {
      JsonNode item = pe.getValue();
      for (String m : List.of("get", "put", "post", "delete", "patch")) {
        JsonNode op = item.get(m);
        if (op == null) {
          continue;
        }
        Map<String, JsonNode> params = new LinkedHashMap<>();
        for (JsonNode p : item.path("parameters")) {
          JsonNode d = SpecMappings.deref(ROOT, p);
          params.put(d.path("in").asText() + ":" + d.path("name").asText(), d);
        }
        for (JsonNode p : op.path("parameters")) {
          JsonNode d = SpecMappings.deref(ROOT, p);
          params.put(d.path("in").asText() + ":" + d.path("name").asText(), d);
        }
        JsonNode body = SpecMappings.deref(ROOT, op.path("requestBody"));
        JsonNode example = body.path("content").path("application/json").get("example");
        // a multipart upload: its fields are form parameters of the method (the file a File)
        JsonNode formExample = body.path("content").path("multipart/form-data").get("example");
        List<String> oneOf = new ArrayList<>();
        op.path("x-ghl-require-one-of").forEach(n -> oneOf.add(n.asText()));
        String id = op.path("operationId").asText();
        out.put(id, new Op(id, m.toUpperCase(), pe.getKey(), params, example, oneOf, op.get("x-ghl-pagination"), formExample));
      }
    });
    return out;
  }

  /** A parameter's example value as a Java value (Long/Integer/Boolean/BigDecimal/String). */
  static Object exampleValue(JsonNode param) {
    JsonNode schema = param.path("schema");
    JsonNode ex = schema.has("example") ? schema.get("example") : param.get("example");
    String type = schema.path("type").asText();
    if (ex == null || ex.isNull()) {
      if (schema.has("enum")) {
        ex = schema.get("enum").get(0);
      } else {
        return switch (type) {
          case "integer" -> schema.path("minimum").asLong(0) >= 100_000_000_000L ? (Object) EPOCH_MS : (Object) 1;
          case "number" -> BigDecimal.ONE;
          case "boolean" -> Boolean.TRUE;
          default -> "x";
        };
      }
    }
    return switch (type) {
      case "integer" -> schema.path("format").asText().equals("int64") ? (Object) ex.asLong() : (Object) ex.asInt();
      case "number" -> ex.decimalValue();
      case "boolean" -> ex.asBoolean();
      default -> ex.isValueNode() ? ex.asText() : ex.toString();
    };
  }

  private static Map<String, Method> generatedMethods() {
    Map<String, Method> out = new TreeMap<>();
    for (Class<?> api : apiInterfaces()) {
      for (Method m : api.getMethods()) {
        GhlOperation g = m.getAnnotation(GhlOperation.class);
        if (g == null || m.getName().endsWith("WithHttpInfo") || hasQueryMap(m)) {
          continue;
        }
        if (out.put(g.operationId(), m) != null) {
          throw new IllegalStateException("two plain methods for " + g.operationId());
        }
      }
    }
    return out;
  }

  private static boolean hasQueryMap(Method m) {
    for (Annotation[] as : m.getParameterAnnotations()) {
      for (Annotation a : as) {
        if (a instanceof QueryMap) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every generated {@code dev.pitkit.ghl.api.*Api} interface, found on the classpath. */
  static List<Class<?>> apiInterfaces() {
    try {
      URL url = GhlOperation.class.getClassLoader().getResource("dev/pitkit/ghl/api");
      List<String> names = new ArrayList<>();
      if (url.getProtocol().equals("jar")) {
        String jar = url.getPath().substring(5, url.getPath().indexOf('!'));
        try (java.util.jar.JarFile jf = new java.util.jar.JarFile(java.net.URLDecoder.decode(jar, StandardCharsets.UTF_8))) {
          jf.stream().map(java.util.jar.JarEntry::getName)
              .filter(n -> n.matches("dev/pitkit/ghl/api/[A-Za-z]+Api\\.class"))
              .forEach(n -> names.add(n.substring(0, n.length() - 6).replace('/', '.')));
        }
      } else {
        for (File f : Objects.requireNonNull(new File(url.toURI()).listFiles())) {
          if (f.getName().matches("[A-Za-z]+Api\\.class")) {
            names.add("dev.pitkit.ghl.api." + f.getName().replace(".class", ""));
          }
        }
      }
      List<Class<?>> out = new ArrayList<>();
      for (String n : names) {
        Class<?> c = Class.forName(n);
        if (c.isInterface()) {
          out.add(c);
        }
      }
      return out;
    } catch (Exception e) {
      throw new IllegalStateException("cannot list the generated API interfaces", e);
    }
  }

  /**
   * Arguments for the plain generated method of an operation: path parameters and required
   * query parameters (and the first of x-ghl-require-one-of) from the spec's examples, the
   * request body from the spec's request example, everything else null.
   */
  static Object[] exampleArguments(String operationId) {
    Op op = op(operationId);
    Method m = method(operationId);
    Map<String, String[]> javaToSpec = javaParamNames(m, op);
    Object[] args = new Object[m.getParameterCount()];
    Annotation[][] annotations = m.getParameterAnnotations();
    for (int i = 0; i < args.length; i++) {
      Param param = null;
      for (Annotation a : annotations[i]) {
        if (a instanceof Param p) {
          param = p;
        }
      }
      Class<?> type = m.getParameterTypes()[i];
      if (param == null) {
        // the generic type, so that an array body becomes a List of the model, not of maps
        args[i] = MAPPER.convertValue(Objects.requireNonNull(op.requestExample(), operationId + " has no request example"),
            MAPPER.constructType(m.getGenericParameterTypes()[i]));
        continue;
      }
      String[] spec = javaToSpec.get(param.value());
      if (spec == null && op.formExample() != null) { // a form field of a multipart upload, from its example
        JsonNode field = op.formExample().get(param.value());
        args[i] = type == File.class ? sampleFile()
            : type == Map.class && field != null ? sampleFiles(field) // part name -> file, one part each
            : field == null ? null : convert(field.isValueNode() ? field.asText() : field, type);
        continue;
      }
      if (spec == null) {
        throw new IllegalStateException(operationId + ": @Param " + param.value() + " not found in the request line");
      }
      JsonNode sp = op.param(spec[0], spec[1]);
      boolean wanted = spec[0].equals("path") || sp.path("required").asBoolean()
          || (!op.requireOneOf().isEmpty() && op.requireOneOf().get(0).equals(spec[1]));
      if (wanted) {
        args[i] = convert(exampleValue(sp), type);
      }
    }
    return args;
  }

  private static File sampleFile;

  /** The example's part names, each with the sample file. */
  private static Map<String, File> sampleFiles(JsonNode parts) {
    Map<String, File> files = new LinkedHashMap<>();
    parts.fieldNames().forEachRemaining(name -> files.put(name, sampleFile()));
    return files;
  }

  /** A small file for the file part of a multipart upload, deleted when the JVM exits. */
  static synchronized File sampleFile() {
    if (sampleFile == null) {
      try {
        java.nio.file.Path p = java.nio.file.Files.createTempFile("ghl-testkit-upload-", ".txt");
        java.nio.file.Files.writeString(p, "sample upload\n");
        sampleFile = p.toFile();
        sampleFile.deleteOnExit();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return sampleFile;
  }

  /** Maps each @Param name of the method to {in, specName} using its @RequestLine. */
  static Map<String, String[]> javaParamNames(Method m, Op op) {
    String line = m.getAnnotation(RequestLine.class).value();
    String target = line.substring(line.indexOf(' ') + 1);
    String pathPart = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
    String queryPart = target.contains("?") ? target.substring(target.indexOf('?') + 1) : "";
    Map<String, String[]> out = new LinkedHashMap<>();
    String[] javaSegs = pathPart.split("/", -1);
    String[] specSegs = op.path().split("/", -1);
    for (int i = 0; i < javaSegs.length && i < specSegs.length; i++) {
      if (javaSegs[i].startsWith("{")) {
        out.put(javaSegs[i].substring(1, javaSegs[i].length() - 1), new String[] {"path", specSegs[i].substring(1, specSegs[i].length() - 1)});
      }
    }
    for (String pair : queryPart.split("&")) {
      if (pair.contains("={")) {
        String specName = pair.substring(0, pair.indexOf('='));
        String javaName = pair.substring(pair.indexOf('{') + 1, pair.indexOf('}'));
        out.put(javaName, new String[] {"query", specName});
      }
    }
    return out;
  }

  private static Object convert(Object v, Class<?> type) {
    if (type == String.class) {
      return String.valueOf(v);
    }
    if (type == Integer.class) {
      return Integer.valueOf(String.valueOf(v));
    }
    if (type == Long.class) {
      return Long.valueOf(String.valueOf(v));
    }
    if (type == BigDecimal.class) {
      return new BigDecimal(String.valueOf(v));
    }
    if (type == Boolean.class) {
      return Boolean.valueOf(String.valueOf(v));
    }
    if (type == List.class) {
      return List.of(String.valueOf(v));
    }
    return MAPPER.convertValue(v, type);
  }
}
