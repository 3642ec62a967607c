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
 * module of the build except those never published is staged (the parent too), each with its pom, its
 * jar (unless it is a pom), a sources and a javadoc jar, an MD5 and a SHA-1 checksum of each, and a
 * pom with what Maven Central requires (name, description, url, licenses, developers, scm), itself or
 * through a parent staged beside it; the modules that are never published are absent. Run from the
 * project root, it also checks that the BOM (which has no parent) repeats the parent's release and
 * central profiles, so that it is signed and bundled like the rest.
 *
 * <pre>
 * ./mvnw -B -Prelease -Dgpg.skip -DskipTests deploy -DaltDeploymentRepository=staging::file://$PWD/target/staging-repo
 * java tools/CheckStagedRelease.java target/staging-repo [--signed]
 * </pre>
 * With {@code --signed} every file must also have its {@code .asc} signature. Exit status 1 lists every problem.
 */
public class CheckStagedRelease {
  private static final Set<String> NEVER_PUBLISHED = Set.of("ghl-examples", "ghl-benchmarks-official", "ghl-benchmarks", "ghl-consumer-tests");
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
    problems.addAll(bomRepeatsTheParentsPublishingProfiles(Path.of("pom.xml"), Path.of("ghl-bom", "pom.xml")));
    for (String id : mustPublish(Path.of("pom.xml"))) {
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
      problems.addAll(urlsInheritedAsTheyAre(id, pom, versionDirs));
      for (String n : names) {
        if (!pomOnly && isMainJar(n, id) && !hasEntry(e.getValue().resolve(n), "META-INF/LICENSE")) {
          problems.add(id + ": " + n + " has no META-INF/LICENSE");
        }
      }
      for (String n : names) {
        if (n.endsWith(".jar") || n.endsWith(".pom")) {
          for (String sum : List.of(".md5", ".sha1")) {
            if (!names.contains(n + sum)) {
              problems.add(id + ": " + n + " has no " + sum + " checksum");
            }
          }
          if (signed && !names.contains(n + ".asc")) {
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

  /** The parent and every module of the root pom, by artifactId, except those never published. */
  private static List<String> mustPublish(Path rootPom) throws Exception {
    Element root = read(rootPom);
    List<String> ids = new ArrayList<>(List.of(text(root, "artifactId")));
    for (Element module : elements((Element) child(root, "modules"), "module")) {
      String id = text(read(rootPom.resolveSibling(module.getTextContent().trim()).resolve("pom.xml")), "artifactId");
      if (!NEVER_PUBLISHED.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /**
   * The BOM has no parent (its dependency management must not leak the build's), so it repeats the
   * parent's release and central profiles: the same plugins at the parent's versions, configured alike.
   */
  private static List<String> bomRepeatsTheParentsPublishingProfiles(Path parentPom, Path bomPom) throws Exception {
    Element parent = read(parentPom);
    Element bom = read(bomPom);
    TreeMap<String, String> managed = new TreeMap<>();
    Element build = (Element) child(parent, "build");
    for (Element p : elements((Element) child((Element) child(build, "pluginManagement"), "plugins"), "plugin")) {
      managed.put(text(p, "artifactId"), text(p, "version"));
    }
    List<String> problems = new ArrayList<>();
    for (String profile : List.of("release", "central")) {
      TreeMap<String, String> expected = plugins(profile(parent, profile), managed);
      TreeMap<String, String> actual = plugins(profile(bom, profile), new TreeMap<>());
      if (!expected.equals(actual)) {
        problems.add("ghl-bom: profile " + profile + " has " + actual + ", the parent's has " + expected);
      }
    }
    return problems;
  }

  private static Element profile(Element pom, String id) {
    Node profiles = child(pom, "profiles");
    for (Element p : profiles == null ? List.<Element>of() : elements((Element) profiles, "profile")) {
      if (id.equals(text(p, "id"))) {
        return p;
      }
    }
    return null;
  }

  /** artifactId to version and configuration (whitespace removed) of a profile's build plugins. */
  private static TreeMap<String, String> plugins(Element profile, TreeMap<String, String> managedVersions) {
    TreeMap<String, String> out = new TreeMap<>();
    Element build = profile == null ? null : (Element) child(profile, "build");
    Element plugins = build == null ? null : (Element) child(build, "plugins");
    for (Element p : plugins == null ? List.<Element>of() : elements(plugins, "plugin")) {
      String id = text(p, "artifactId");
      String version = text(p, "version") != null ? text(p, "version") : managedVersions.get(id);
      Node config = child(p, "configuration");
      Node executions = child(p, "executions");
      out.put(id, version + " " + (config == null ? "" : config.getTextContent().replaceAll("\\s", ""))
          + " " + (executions == null ? "" : executions.getTextContent().replaceAll("\\s", "")));
    }
    return out;
  }

  private static List<Element> elements(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(name)) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean isMainJar(String name, String id) {
    // ghl-x-0.1.0.jar or, for a snapshot, ghl-x-0.1.0-20261206.120000-1.jar: no classifier after the version
    return name.endsWith(".jar") && name.startsWith(id + "-")
        && name.substring(id.length() + 1).matches("[0-9][^-]*(-SNAPSHOT|-[0-9]{8}\\.[0-9]{6}-[0-9]+)?\\.jar");
  }

  /**
   * A module inheriting {@code url} or {@code scm} gets {@code /<artifactId>} appended to each of
   * them unless the parent says {@code child.*.inherit.append.path="false"}: one repository, one URL.
   */
  private static List<String> urlsInheritedAsTheyAre(String id, Element pom, TreeMap<String, Path> staged) throws Exception {
    List<String> problems = new ArrayList<>();
    Element parent = stagedParent(pom, staged);
    if (parent == null) {
      return problems;
    }
    if (child(pom, "url") == null && !"false".equals(parent.getAttribute("child.project.url.inherit.append.path"))) {
      problems.add(id + ": inherits <url> with its artifactId appended (the parent lacks child.project.url.inherit.append.path=\"false\")");
    }
    Element scm = (Element) child(parent, "scm");
    if (child(pom, "scm") == null && scm != null) {
      for (String part : List.of("connection", "developerConnection", "url")) {
        if (!"false".equals(scm.getAttribute("child.scm." + part + ".inherit.append.path"))) {
          problems.add(id + ": inherits <scm><" + part + "> with its artifactId appended (the parent's <scm> lacks child.scm."
              + part + ".inherit.append.path=\"false\")");
        }
      }
    }
    return problems;
  }

  private static Element stagedParent(Element pom, TreeMap<String, Path> staged) throws Exception {
    Node parent = child(pom, "parent");
    Path dir = parent == null ? null : staged.get(text((Element) parent, "artifactId"));
    return dir == null ? null : read(newestPom(dir));
  }

  private static boolean hasEntry(Path jar, String entry) throws IOException {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      return zip.getEntry(entry) != null;
    }
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
