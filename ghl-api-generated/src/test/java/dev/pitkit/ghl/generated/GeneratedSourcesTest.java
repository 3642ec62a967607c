package dev.pitkit.ghl.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.generated.support.GeneratedApis;
import dev.pitkit.ghl.generated.support.SpecFile;
import dev.pitkit.ghl.generated.support.SpecOperation;
import dev.pitkit.ghl.invoker.ApiClient;
import dev.pitkit.ghl.invoker.GhlOperation;
import feign.RequestLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the generator wrote (the build's {@code generated-sources/openapi}, found next to the
 * compiled classes): only the chosen supporting files, no generated ApiClient, nothing that changes
 * from one build to the next, and one interface per spec tag whose methods all carry
 * {@code @GhlOperation} and {@code decodeSlash = false}.
 */
class GeneratedSourcesTest {

  private static final String BASE = "src/main/java/dev/pitkit/ghl/";
  /** ISO-8601 date-times, "Generated on ...", and a {@code date = } attribute of {@code @Generated}. */
  private static final Pattern TIMESTAMP = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}|[Gg]enerated (on|at) |@(jakarta|javax)\\.annotation\\.(processing\\.)?Generated\\([^)]*date\\s*=");

  private static Path root;
  private static List<String> files;

  @BeforeAll
  static void locateGeneratedSources() throws URISyntaxException, IOException {
    Path classes = Path.of(ContactsApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    root = classes.getParent().resolve("generated-sources/openapi");
    assertTrue(Files.isDirectory(root), "generated sources not found at " + root);
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }

  @Test
  void onlyTheChosenSupportingFilesAreGenerated() {
    List<String> unexpected = files.stream()
        .filter(f -> !f.startsWith(".openapi-generator/"))
        .filter(f -> !f.matches(BASE + "(api|model)/[A-Za-z0-9]+\\.java"))
        .filter(f -> !Set.of(BASE + "invoker/ApiResponseDecoder.java", BASE + "invoker/EncodingUtils.java",
            BASE + "invoker/StringUtil.java").contains(f))
        .toList();
    assertEquals(List.of(), unexpected, "files beyond APIs, models and the four supporting files in " + root);
  }

  @Test
  void noApiClientIsGeneratedAndTheMarkerIsTheHandWrittenOne() {
    assertEquals(List.of(), files.stream().filter(f -> f.endsWith("/ApiClient.java")).toList(),
        "generated ApiClient in " + root);
    // the compiled ApiClient is the marker from src/main/java: a private constructor and the Api interface, nothing else
    assertTrue(Files.isRegularFile(moduleDir().resolve(BASE + "invoker/ApiClient.java")), "hand-written marker");
    assertEquals(List.of(), declared(ApiClient.class.getDeclaredMethods()), "methods of ApiClient");
    assertEquals(List.of(), declared(ApiClient.class.getDeclaredFields()), "fields of ApiClient");
    assertTrue(Arrays.stream(ApiClient.class.getDeclaredConstructors()).allMatch(c -> Modifier.isPrivate(c.getModifiers())));
    assertEquals(List.of(ApiClient.Api.class), List.of(ApiClient.class.getDeclaredClasses()));
    assertEquals(List.of(), declared(ApiClient.Api.class.getDeclaredMethods()), "methods of ApiClient.Api");
  }

  @Test
  void generatedSourcesCarryNoTimestamps() {
    List<String> hits = new ArrayList<>();
    for (String file : files) {
      String text = read(root.resolve(file));
      Matcher m = TIMESTAMP.matcher(text);
      while (m.find()) {
        int line = text.substring(0, m.start()).split("\n", -1).length;
        hits.add(file + ":" + line + ": " + m.group());
      }
    }
    assertEquals(List.of(), hits, "timestamps make the build irreproducible");
  }

  /** A value that is no Java name ({@code 24h}, {@code 1}) needs {@code x-enum-varnames}: the generator would write {@code _24H}. */
  @Test
  void everyEnumConstantHasAName() {
    Pattern numbered = Pattern.compile("(?m)^\\s+(_[0-9][A-Z0-9_]*)\\(");
    List<String> hits = new ArrayList<>();
    for (String file : files) {
      Matcher m = numbered.matcher(read(root.resolve(file)));
      while (m.find()) {
        hits.add(file + ": " + m.group(1));
      }
    }
    assertEquals(List.of(), hits, "give these values names with x-enum-varnames in the spec");
  }

  @Test
  void oneInterfacePerSpecTag() {
    Set<String> interfaces = files.stream().filter(f -> f.startsWith(BASE + "api/") && f.endsWith("Api.java"))
        .map(f -> f.substring((BASE + "api/").length(), f.length() - "Api.java".length()))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(SpecFile.tags()), interfaces);
  }

  /** A deprecated operation's QueryParams class is deprecated too, so its form warns like the positional one. */
  @Test
  void queryParamsOfDeprecatedOperationsAreDeprecated() {
    int deprecated = 0;
    for (String tag : SpecFile.tags()) {
      for (Method m : GeneratedApis.apiClass(tag).getDeclaredMethods()) {
        Class<?> last = m.getParameterCount() == 0 ? null : m.getParameterTypes()[m.getParameterCount() - 1];
        if (last != null && last.getSimpleName().endsWith("QueryParams")) {
          assertEquals(m.isAnnotationPresent(Deprecated.class), last.isAnnotationPresent(Deprecated.class), m.toString());
          deprecated += last.isAnnotationPresent(Deprecated.class) ? 1 : 0;
        }
      }
    }
    assertTrue(deprecated > 0, "no deprecated QueryParams form: this check would pass vacuously");
  }

  /** An IDE shows each interface with its tag's description from the spec. */
  @Test
  void everyInterfaceIsDocumentedWithItsTagsDescription() throws IOException {
    com.fasterxml.jackson.databind.JsonNode tags = SpecFile.tree().path("tags");
    assertEquals(SpecFile.tags().size(), tags.size());
    for (com.fasterxml.jackson.databind.JsonNode tag : tags) {
      String source = Files.readString(root.resolve(BASE + "api/" + tag.path("name").asText() + "Api.java"));
      int javadoc = source.indexOf("/**\n * ");
      assertTrue(javadoc >= 0 && javadoc < source.indexOf("public interface "), tag + ": no interface Javadoc");
      String first = source.substring(javadoc + 7, source.indexOf('\n', javadoc + 7));
      String expected = tag.path("description").asText().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
          .replace("'", "&#39;").replace("`", "&#x60;").replace("\"", "&quot;").replace("=", "&#x3D;");
      assertEquals(expected, first, tag.path("name").asText());
    }
  }

  @Test
  void ghlApisHasOneAccessorPerSpecTagAndNothingElse() {
    Set<String> accessors = new TreeSet<>();
    for (Method m : dev.pitkit.ghl.api.GhlApis.class.getDeclaredMethods()) {
      if (m.isDefault()) {
        assertEquals(m.getReturnType().getSimpleName(), Character.toUpperCase(m.getName().charAt(0))
            + m.getName().substring(1) + "Api", "the accessor is named after its interface: " + m);
        accessors.add(m.getReturnType().getSimpleName().replaceAll("Api$", ""));
      }
    }
    assertEquals(new TreeSet<>(SpecFile.tags()), accessors);
    Set<String> expected = new TreeSet<>(Set.of(BASE + "api/GhlApis.java", BASE + "api/GhlApiFactory.java"));
    SpecFile.tags().forEach(tag -> expected.add(BASE + "api/" + tag + "ApiImpl.java"));
    assertEquals(expected, files.stream().filter(f -> f.startsWith(BASE + "api/") && !f.endsWith("Api.java"))
        .collect(Collectors.toCollection(TreeSet::new)),
        "besides the interfaces, only their implementations, GhlApis and GhlApiFactory");
  }

  @Test
  void theFactoryBuildsTheImplementationOfEveryInterfaceAndNothingElse() {
    dev.pitkit.ghl.invoker.GhlInvoker none = (api, method, args) -> null;
    for (String tag : SpecFile.tags()) {
      Class<?> api = GeneratedApis.apiClass(tag);
      Object impl = dev.pitkit.ghl.api.GhlApiFactory.create(api, none);
      assertEquals(tag + "ApiImpl", impl.getClass().getSimpleName(), tag);
      assertTrue(api.isInstance(impl), tag);
    }
    assertNull(dev.pitkit.ghl.api.GhlApiFactory.create(Runnable.class, none), "not a generated interface");
  }

  @Test
  void everyGeneratedMethodIsAnnotatedAndKeepsSlashesEncoded() {
    List<String> problems = new ArrayList<>();
    for (String tag : SpecFile.tags()) {
      for (Method m : GeneratedApis.apiClass(tag).getDeclaredMethods()) {
        RequestLine line = m.getAnnotation(RequestLine.class);
        if (line == null) {
          problems.add(m + ": no @RequestLine");
        } else if (line.decodeSlash()) {
          problems.add(m + ": decodeSlash = true lets a '/' in a path id change the path");
        }
        if (!m.isAnnotationPresent(GhlOperation.class)) {
          problems.add(m + ": no @GhlOperation");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyOperationHasItsMethodsWithTheSpecFacts() {
    List<String> problems = new ArrayList<>();
    for (SpecOperation op : SpecFile.operations()) {
      List<Method> methods = GeneratedApis.methods(op);
      int expected = op.parameters("query").isEmpty() ? 2 : 4; // plain + WithHttpInfo, x2 with a @QueryMap overload
      if (methods.size() != expected) {
        problems.add(op + ": " + methods.size() + " generated methods, expected " + expected);
      }
      for (Method m : methods) {
        GhlOperation ann = m.getAnnotation(GhlOperation.class);
        // the generator camel-cases template variables ({connection_id} -> {connectionId}); compare the shape
        String specShape = shape(op.path());
        if (!ann.method().equals(op.method()) || !shape(ann.path()).equals(specShape)) {
          problems.add(m.getName() + ": @GhlOperation says " + ann.method() + " " + ann.path());
        }
        String requestLine = m.getAnnotation(RequestLine.class).value();
        if (!shape(requestLine.split("\\?")[0]).equals(op.method() + " " + specShape)) {
          problems.add(m.getName() + ": @RequestLine " + requestLine);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /** A path with its template variables' names dropped: {@code /contacts/{}}. */
  private static String shape(String path) {
    return path.replaceAll("\\{[^}]*}", "{}");
  }

  /** Members as written in source (coverage agents may add synthetic ones). */
  private static List<String> declared(java.lang.reflect.Member[] members) {
    return Arrays.stream(members).filter(m -> !m.isSynthetic()).map(java.lang.reflect.Member::getName).toList();
  }

  private static Path moduleDir() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
