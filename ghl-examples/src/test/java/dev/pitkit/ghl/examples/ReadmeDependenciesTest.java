package dev.pitkit.ghl.examples;

import static dev.pitkit.ghl.examples.ReadmeBlocks.CONSUMER_PROJECTS;
import static dev.pitkit.ghl.examples.ReadmeBlocks.ROOT;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The Maven snippets of the READMEs are what the consumer projects build with: every
 * {@code <dependency>} of a ```xml block (coordinates, type, classifier, scope, exclusions) is
 * declared the same way in a pom under ghl-consumer-tests/src/it, which build against the published
 * artifacts, and a version a snippet spells out is this build's. Versions in those poms are
 * placeholders filled in by the build, so they are not compared.
 */
class ReadmeDependenciesTest {

  /** {@code dependencies} guards the block parser: a README whose snippets it misses fails. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"README.md, 8", "ghl-testkit/README.md, 2"})
  void everyDependencyOfAReadmeIsBuiltByAConsumerProject(String readme, int dependencies) throws Exception {
    assertDeclaredByConsumers(ROOT.resolve(readme), dependencies);
  }

  @Test
  void aDependencyDeclaredDifferentlyIsTold() throws Exception {
    List<Element> declared = dependencies("<dependency><groupId>g</groupId><artifactId>a</artifactId>"
        + "<scope>test</scope></dependency>");
    Set<String> consumers = Set.of(Coordinates.of(declared.get(0)).toString());
    Element compileScoped = dependencies("<dependency><groupId>g</groupId><artifactId>a</artifactId></dependency>").get(0);
    assertFalse(consumers.contains(Coordinates.of(compileScoped).toString()));
    Element stubs = dependencies("<dependency><groupId>g</groupId><artifactId>a</artifactId><classifier>stubs</classifier>"
        + "<scope>test</scope><exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion>"
        + "</exclusions></dependency>").get(0);
    assertEquals("g:a:jar:stubs:test excluding [*:*]", Coordinates.of(stubs).toString());
    assertThrows(Exception.class, () -> dependencies("<dependency><groupId>g</groupId>"));
  }

  private static void assertDeclaredByConsumers(Path readme, int expectedDependencies) throws Exception {
    String version = projectVersion();
    Set<String> consumers = consumerDependencies();
    List<String> missing = new ArrayList<>();
    List<String> wrongVersion = new ArrayList<>();
    int count = 0;
    for (List<String> block : ReadmeBlocks.fenced(Files.readAllLines(readme), "xml")) {
      for (Element dependency : dependencies(String.join("\n", block))) {
        count++;
        Coordinates c = Coordinates.of(dependency);
        if (!consumers.contains(c.toString())) {
          missing.add(c.toString());
        }
        String v = child(dependency, "version");
        if (v != null && !v.equals(version)) {
          wrongVersion.add(c + " has version " + v);
        }
      }
    }
    assertEquals(expectedDependencies, count, readme + ": <dependency> elements in ```xml blocks (update the count with the README)");
    assertEquals(List.of(), missing, readme + ": no consumer project under " + CONSUMER_PROJECTS
        + " declares these as the README does; change the README and a consumer pom together");
    assertEquals(List.of(), wrongVersion, readme + ": the build's version is " + version);
  }

  /** A dependency as users declare it; the version is left out (consumer poms use placeholders). */
  private record Coordinates(String groupId, String artifactId, String type, String classifier, String scope,
      Set<String> exclusions) {
    static Coordinates of(Element dependency) {
      Set<String> exclusions = new TreeSet<>();
      for (Element list : children(dependency, "exclusions")) {
        for (Element exclusion : children(list, "exclusion")) {
          exclusions.add(child(exclusion, "groupId") + ":" + child(exclusion, "artifactId"));
        }
      }
      return new Coordinates(child(dependency, "groupId"), child(dependency, "artifactId"),
          orElse(child(dependency, "type"), "jar"), orElse(child(dependency, "classifier"), ""),
          orElse(child(dependency, "scope"), "compile"), exclusions);
    }

    @Override
    public String toString() {
      return groupId + ":" + artifactId + ":" + type + ":" + classifier + ":" + scope
          + (exclusions.isEmpty() ? "" : " excluding " + exclusions);
    }
  }

  private static Set<String> consumerDependencies() throws Exception {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> files = Files.list(CONSUMER_PROJECTS)) {
      for (Path pom : files.map(p -> p.resolve("pom.xml")).filter(Files::isRegularFile).toList()) {
        NodeList all = parse(Files.readString(pom)).getElementsByTagName("dependency");
        for (int i = 0; i < all.getLength(); i++) {
          out.add(Coordinates.of((Element) all.item(i)).toString());
        }
      }
    }
    assertFalse(out.isEmpty(), "no consumer poms under " + CONSUMER_PROJECTS);
    return out;
  }

  private static String projectVersion() throws Exception {
    return child(parse(Files.readString(ROOT.resolve("pom.xml"))), "version");
  }

  private static List<Element> dependencies(String xmlBlock) throws Exception {
    NodeList all = parse("<snippet>" + xmlBlock + "</snippet>").getElementsByTagName("dependency");
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      out.add((Element) all.item(i));
    }
    return out;
  }

  private static Element parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setExpandEntityReferences(false);
    try {
      javax.xml.parsers.DocumentBuilder builder = f.newDocumentBuilder();
      // throws on a fatal error without printing it: the JDK's default handler also writes "[Fatal Error] ..." to stderr
      builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
      return builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
    } catch (org.xml.sax.SAXException e) {
      throw new IOException("not well-formed XML: " + e.getMessage(), e);
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The text of the direct child {@code name} (not a nested one, e.g. an exclusion's groupId), or null. */
  private static String child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0).getTextContent().strip();
  }

  private static String orElse(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
