import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a release staged into a local Maven repository folder before anything is uploaded: every
 * published artifact has its pom, its jar (unless it is a pom), a sources and a javadoc jar, and a pom
 * with what Maven Central requires (name, description, url, licenses, developers, scm), itself or
 * through a parent staged beside it; the modules that are never published are absent.
 *
 * <pre>
 * ./mvnw -B -Prelease -Dgpg.skip -DskipTests deploy -DaltDeploymentRepository=staging::file://$PWD/target/staging-repo
 * java tools/CheckStagedRelease.java target/staging-repo [--signed]
 * </pre>
 * With {@code --signed} every file must also have its {@code .asc} signature. Exit status 1 lists every problem.
 */
public class CheckStagedRelease {
  private static final Set<String> NEVER_PUBLISHED = Set.of("ghl-examples", "ghl-benchmarks-official", "ghl-benchmarks", "ghl-consumer-tests");
  private static final Set<String> MUST_PUBLISH = Set.of("ghl-parent", "ghl-bom", "ghl-spec", "ghl-api-generated",
      "ghl-client-ext", "ghl-testkit");
  private static final List<String> REQUIRED = List.of("name", "description", "url", "licenses", "developers", "scm");

  public static void main(String[] args) throws Exception {
    Path repo = Path.of(args.length > 0 ? args[0] : "target/staging-repo");
    boolean signed = List.of(args).contains("--signed");
    List<String> problems = new ArrayList<>();
    TreeMap<String, Path> versionDirs = new TreeMap<>(); // artifactId -> its version folder
    try (Stream<Path> files = Files.walk(repo)) {
      files.filter(f -> f.getFileName().toString().endsWith(".pom"))
          .forEach(pom -> versionDirs.putIfAbsent(pom.getParent().getParent().getFileName().toString(), pom.getParent()));
    }
    for (String id : MUST_PUBLISH) {
      if (!versionDirs.containsKey(id)) {
        problems.add(id + ": not staged");
      }
    }
    for (var e : versionDirs.entrySet()) {
      String id = e.getKey();
      if (NEVER_PUBLISHED.contains(id)) {
        problems.add(id + ": staged, but it is never published");
        continue;
      }
      List<String> names = list(e.getValue());
      Element pom = read(newestPom(e.getValue()));
      boolean pomOnly = "pom".equals(text(pom, "packaging"));
      List<String> kinds = new ArrayList<>(List.of(".pom"));
      if (!pomOnly) {
        kinds.addAll(List.of(".jar", "-sources.jar", "-javadoc.jar"));
      }
      for (String kind : kinds) {
        boolean present = names.stream().anyMatch(n -> kind.equals(".jar") ? isMainJar(n, id) : n.endsWith(kind));
        if (!present) {
          problems.add(id + ": no " + kind.replaceFirst("^[.-]", "") + " file");
        }
      }
      for (String field : REQUIRED) {
        if (inherited(pom, field, versionDirs) == null) {
          problems.add(id + ": pom has no <" + field + "> (nor its staged parent)");
        }
      }
      if (signed) {
        for (String n : names) {
          if ((n.endsWith(".jar") || n.endsWith(".pom")) && !names.contains(n + ".asc")) {
            problems.add(id + ": " + n + " is not signed");
          }
        }
      }
    }
    if (problems.isEmpty()) {
      System.out.println("staged release OK: " + versionDirs.size() + " artifacts " + versionDirs.keySet()
          + (signed ? ", all signed" : ""));
      return;
    }
    problems.forEach(p -> System.out.println("staged release: " + p));
    System.exit(1);
  }

  private static boolean isMainJar(String name, String id) {
    // ghl-x-0.1.0.jar or, for a snapshot, ghl-x-0.1.0-20261206.120000-1.jar: no classifier after the version
    return name.endsWith(".jar") && name.startsWith(id + "-")
        && name.substring(id.length() + 1).matches("[0-9][^-]*(-SNAPSHOT|-[0-9]{8}\\.[0-9]{6}-[0-9]+)?\\.jar");
  }

  private static Node inherited(Element pom, String field, TreeMap<String, Path> staged) throws Exception {
    Node own = child(pom, field);
    if (own != null) {
      return own;
    }
    Node parent = child(pom, "parent");
    if (parent == null) {
      return null;
    }
    Path dir = staged.get(text((Element) parent, "artifactId"));
    if (dir == null) {
      return null;
    }
    return inherited(read(newestPom(dir)), field, staged);
  }

  /** The version folder's pom (of a snapshot staged twice, the newest timestamp). */
  private static Path newestPom(Path dir) throws IOException {
    return dir.resolve(list(dir).stream().filter(n -> n.endsWith(".pom")).sorted().reduce((a, b) -> b).orElseThrow());
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static Element read(Path file) throws Exception {
    Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    return d.getDocumentElement();
  }

  private static Node child(Element e, String name) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(name) && !c.getTextContent().isBlank()) {
        return c;
      }
    }
    return null;
  }

  private static String text(Element e, String name) {
    Node n = child(e, name);
    return n == null ? null : n.getTextContent().trim();
  }
}
