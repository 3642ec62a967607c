package dev.pitkit.ghl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The READMEs' test examples are the text of test classes that compile and pass in the build, so
 * the documentation cannot drift from the API: each Java block is found, line for line, in its
 * test file (only the class name and the indentation may differ).
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void mainReadmeTestkitExampleIsTheConsumerProjectsTest() throws IOException {
    assertBlockIsIn(ROOT.resolve("README.md"), "class ContactSyncTest",
        ROOT.resolve("ghl-consumer-tests/src/it/downstream-project/src/test/java/com/example/consumer/ContactSyncTest.java"));
  }

  @Test
  void mainReadmeQuickstartIsTheConsumerProjectsQuickstartTest() throws IOException {
    assertBlockIsIn(ROOT.resolve("README.md"), ".fromEnv()",
        ROOT.resolve("ghl-consumer-tests/src/it/downstream-project/src/test/java/com/example/consumer/QuickstartTest.java"));
  }

  @Test
  void testkitReadmeJunitExampleIsTheTestkitsReadmeExampleTest() throws IOException {
    assertBlockIsIn(ROOT.resolve("ghl-testkit/README.md"), "class ContactSyncTest",
        ROOT.resolve("ghl-testkit/src/test/java/dev/pitkit/ghl/testkit/ReadmeExampleTest.java"));
  }

  @Test
  void aChangedLineIsFound() {
    List<String> source = List.of("class ReadmeExampleTest {", "@Test", "void a() {", "call(1);", "}", "}");
    assertEquals(-1, indexOf(source, List.of("class ContactSyncTest {", "@Test", "void a() {", "call(2);")));
    assertEquals(0, indexOf(source, List.of("class ContactSyncTest {", "@Test", "void a() {", "call(1);")));
    assertEquals(2, indexOf(source, List.of("void a() {", "call(1);")));
  }

  private static void assertBlockIsIn(Path readme, String marker, Path source) throws IOException {
    List<String> block = javaBlockContaining(Files.readAllLines(readme), marker);
    assertTrue(block.size() > 5, readme + ": no ```java block with " + marker);
    List<String> code = Files.readAllLines(source).stream().map(ReadmeSnippetsTest::normalise).toList();
    assertTrue(indexOf(code, block) >= 0,
        readme + "'s example (the ```java block with '" + marker + "') is no longer, line for line, in " + source
            + "; change both together");
  }

  /** The lines of the first fenced Java block that contains {@code marker}. */
  private static List<String> javaBlockContaining(List<String> lines, String marker) {
    List<String> block = null;
    for (String line : lines) {
      if (block == null) {
        if (line.strip().equals("```java")) {
          block = new ArrayList<>();
        }
      } else if (line.strip().equals("```")) {
        if (block.stream().anyMatch(l -> l.contains(marker))) {
          return block;
        }
        block = null;
      } else {
        block.add(normalise(line));
      }
    }
    return List.of();
  }

  /** Where {@code block} starts in {@code code}, comparing class declarations without their names. */
  private static int indexOf(List<String> code, List<String> block) {
    for (int start = 0; start + block.size() <= code.size(); start++) {
      boolean same = true;
      for (int i = 0; i < block.size() && same; i++) {
        same = withoutClassName(code.get(start + i)).equals(withoutClassName(block.get(i)));
      }
      if (same) {
        return start;
      }
    }
    return -1;
  }

  /** Indentation aside: a block may sit inside a test method. */
  private static String normalise(String line) {
    return line.strip();
  }

  private static String withoutClassName(String line) {
    return line.replaceFirst("^class \\w+ \\{$", "class _ {");
  }
}
