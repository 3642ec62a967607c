package dev.pitkit.ghl.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.api.GhlApis;
import dev.pitkit.ghl.generated.support.SpecFile;
import dev.pitkit.ghl.generated.support.SpecOperation;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The README's coverage table is generated from the spec, GHL's list of documented operations
 * ({@code spec/official-operations.tsv}, written by {@code tools/official-operations}) and the
 * operations left out on purpose ({@code spec/official-exclusions.txt}), so it cannot drift: this test fails when they disagree. {@code -Dghl.readme.update=true} rewrites the table instead.
 */
class ReadmeCoverageTest {

  private static final String BEGIN = "<!-- coverage:begin -->\n";
  private static final String END = "<!-- coverage:end -->";
  private static final String MATON = "Maton connections";

  @Test
  void readmeCoverageTableIsTheSpecs() throws IOException {
    checkBlock(BEGIN, END, table());
  }

  @Test
  void readmeListsTheOperationsLeftOut() throws IOException {
    checkBlock("<!-- left-out:begin -->\n", "<!-- left-out:end -->", leftOut());
  }

  private static void checkBlock(String beginMark, String endMark, String expected) throws IOException {
    Path readme = Path.of(System.getProperty("basedir", "."), "..", "README.md").normalize();
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int begin = text.indexOf(beginMark);
    int end = text.indexOf(endMark);
    assertTrue(begin >= 0 && end > begin, "README.md has no " + beginMark.trim() + " ... " + endMark + " block");
    String actual = text.substring(begin + beginMark.length(), end);
    if (Boolean.getBoolean("ghl.readme.update")) {
      Files.writeString(readme, text.substring(0, begin + beginMark.length()) + expected + text.substring(end),
          StandardCharsets.UTF_8);
      return;
    }
    assertEquals(expected, actual, "README.md's " + beginMark.trim() + " block differs from the spec; rebuild it with "
        + "./mvnw -pl ghl-api-generated -am verify -Dtest=ReadmeCoverageTest -Dsurefire.failIfNoSpecifiedTests=false"
        + " -Dghl.readme.update=true");
  }

  /** One bullet per line of {@code spec/official-exclusions.txt}: the operation and why it is left out. */
  static String leftOut() throws IOException {
    StringBuilder out = new StringBuilder();
    for (String[] cols : exclusions()) {
      out.append("- `").append(cols[0]).append(' ').append(cols[1]).append("`: ").append(cols[2]).append('\n');
    }
    return out.toString();
  }

  /** The lines of {@code spec/official-exclusions.txt} (none when it is absent), split into METHOD, PATH, reason. */
  private static List<String[]> exclusions() throws IOException {
    Path file = specFile("official-exclusions.txt");
    List<String[]> out = new ArrayList<>();
    for (String line : Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.<String>of()) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] cols = line.split("\t");
        assertTrue(cols.length == 3 && !cols[2].isBlank(), "official-exclusions.txt: not METHOD<TAB>PATH<TAB>reason: " + line);
        out.add(cols);
      }
    }
    return out;
  }

  private static Path specFile(String name) {
    return Path.of(System.getProperty("basedir", "."), "..", "spec", name).normalize();
  }

  /** The Markdown table: one row per GHL app, then Maton's operations, then the totals. */
  static String table() throws IOException {
    Map<String, String> officialApp = new HashMap<>(); // normalized "METHOD path" -> app
    Map<String, Integer> documented = new TreeMap<>();
    Path tsv = specFile("official-operations.tsv");
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      officialApp.put(cols[1] + " " + normalize(cols[2]), cols[0]);
      documented.merge(cols[0], 1, Integer::sum);
    }
    Map<String, Integer> excluded = new TreeMap<>();
    for (String[] cols : exclusions()) {
      String app = officialApp.get(cols[0] + " " + normalize(cols[1]));
      assertTrue(app != null, "official-exclusions.txt: not an operation GHL documents: " + cols[0] + " " + cols[1]);
      excluded.merge(app, 1, Integer::sum);
    }
    Map<String, Integer> covered = new TreeMap<>();
    Map<String, Set<String>> accessors = new TreeMap<>();
    Map<String, String> accessorOfTag = accessorsByTag();
    for (SpecOperation op : SpecFile.operations()) {
      String app = officialApp.get(op.method() + " " + normalize(op.path()));
      String row = app != null ? app : op.path().startsWith("/connections") ? MATON : "not in GHL's files";
      covered.merge(row, 1, Integer::sum);
      accessors.computeIfAbsent(row, r -> new TreeSet<>()).add("`" + accessorOfTag.get(op.tag()) + "()`");
    }
    StringBuilder out = new StringBuilder("| GHL app | accessors | operations in the spec | left out ([why](#left-out)) | documented by GHL |\n"
        + "|---|---|---|---|---|\n");
    int inSpec = 0;
    int total = 0;
    int complete = 0;
    int left = 0;
    for (Map.Entry<String, Integer> app : documented.entrySet()) {
      int n = covered.getOrDefault(app.getKey(), 0);
      int x = excluded.getOrDefault(app.getKey(), 0);
      boolean all = n + x == app.getValue();
      complete += all ? 1 : 0;
      inSpec += n;
      left += x;
      total += app.getValue();
      out.append(row(app.getKey(), accessors.get(app.getKey()), n, x == 0 ? "" : String.valueOf(x),
          app.getValue() + (all ? " (all)" : "")));
    }
    for (String extra : List.of(MATON, "not in GHL's files")) {
      if (covered.containsKey(extra)) {
        out.append(row(extra, accessors.get(extra), covered.get(extra), "", "-"));
      }
    }
    out.append("| **all** | | **").append(inSpec).append("** of GHL's ").append(total).append(" (").append(complete)
        .append(" of ").append(documented.size()).append(" apps complete), plus ")
        .append(covered.getOrDefault(MATON, 0)).append(" of Maton's | ").append(left).append(" | ").append(total).append(" |\n");
    return out.toString();
  }

  private static String row(String app, Set<String> accessors, int inSpec, String excluded, String documented) {
    return "| " + app + " | " + (accessors == null ? "" : String.join(", ", accessors)) + " | " + inSpec + " | "
        + excluded + " | " + documented + " |\n";
  }

  /** Tag -> accessor name, read off the generated {@code GhlApis} (e.g. SocialMediaPosting -> socialMediaPosting). */
  private static Map<String, String> accessorsByTag() {
    Map<String, String> out = new HashMap<>();
    for (Method m : GhlApis.class.getDeclaredMethods()) {
      out.put(m.getReturnType().getSimpleName().replaceAll("Api$", ""), m.getName());
    }
    List<String> missing = new ArrayList<>(SpecFile.tags());
    missing.removeAll(out.keySet());
    assertEquals(List.of(), missing, "tags without a GhlApis accessor");
    return out;
  }

  /** As ../shared/tools/official-coverage matches: parameter names, the gateway prefix and a trailing slash ignored. */
  private static String normalize(String path) {
    String p = path.trim().replaceAll("\\{[^}]*}", "{}").replaceAll(":[A-Za-z_][A-Za-z0-9_]*", "{}");
    if (p.startsWith("/highlevel-pit/")) {
      p = p.substring("/highlevel-pit".length());
    }
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }
}
