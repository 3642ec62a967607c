package dev.pitkit.ghl.examples;

import static dev.pitkit.ghl.examples.ReadmeBlocks.CONSUMER_PROJECTS;
import static dev.pitkit.ghl.examples.ReadmeBlocks.ROOT;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java example of the READMEs is the text of a test that compiles and passes, so the
 * documentation cannot drift from the API: each ```java block is found, line for line, in one of
 * the tests that run it (only indentation and the class name may differ). The tests are the
 * projects of ghl-consumer-tests, which use the published artifacts as a user does, and the
 * testkit's ReadmeExampleTest.
 */
class ReadmeSnippetsTest {
  private static final Path TESTKIT_README_TEST =
      ROOT.resolve("ghl-testkit/src/test/java/dev/pitkit/ghl/testkit/ReadmeExampleTest.java");

  @Test
  void everyExampleOfTheMainReadmeIsATest() throws IOException {
    assertEveryBlockIsATest(ROOT.resolve("README.md"), 18);
  }

  @Test
  void everyExampleOfTheTestkitReadmeIsATest() throws IOException {
    assertEveryBlockIsATest(ROOT.resolve("ghl-testkit/README.md"), 5);
  }

  @Test
  void aChangedLineIsFound() {
    List<String> source = List.of("class ReadmeExampleTest {", "@Test", "void a() {", "call(1);", "}", "}");
    assertEquals(-1, indexOf(source, List.of("class ContactSyncTest {", "@Test", "void a() {", "call(2);")));
    assertEquals(0, indexOf(source, List.of("class ContactSyncTest {", "@Test", "void a() {", "call(1);")));
    assertEquals(2, indexOf(source, List.of("void a() {", "call(1);")));
  }

  /** {@code expectedBlocks} guards the block parser itself: a README whose blocks it misses fails. */
  private static void assertEveryBlockIsATest(Path readme, int expectedBlocks) throws IOException {
    List<List<String>> blocks = javaBlocks(Files.readAllLines(readme));
    assertEquals(expectedBlocks, blocks.size(), readme + ": ```java blocks (update the count with the README)");
    List<List<String>> tests = testSources();
    List<String> missing = new ArrayList<>();
    for (List<String> block : blocks) {
      if (tests.stream().noneMatch(test -> indexOf(test, block) >= 0)) {
        missing.add(String.join("\n", block.subList(0, Math.min(3, block.size()))) + "\n...");
      }
    }
    assertEquals(List.of(), missing,
        readme + ": these examples are no longer, line for line, in a test (under " + CONSUMER_PROJECTS + " or "
            + TESTKIT_README_TEST + "); change the README and the test together");
  }

  private static List<List<String>> testSources() throws IOException {
    try (Stream<Path> files = Files.walk(CONSUMER_PROJECTS)) {
      return Stream.concat(files.filter(f -> f.toString().endsWith(".java")).sorted(), Stream.of(TESTKIT_README_TEST))
          .map(ReadmeSnippetsTest::normalisedLines)
          .toList();
    }
  }

  private static List<String> normalisedLines(Path file) {
    try {
      return Files.readAllLines(file).stream().map(ReadmeSnippetsTest::normalise).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of each fenced Java block, normalised. */
  private static List<List<String>> javaBlocks(List<String> lines) {
    return ReadmeBlocks.fenced(lines, "java").stream()
        .map(block -> block.stream().map(ReadmeSnippetsTest::normalise).toList())
        .toList();
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
