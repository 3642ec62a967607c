package dev.pitkit.ghl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build-time stub writer ({@code generator.StubGenerator}) uses the runtime classes, never the
 * reverse: no compiled class outside the {@code generator} package refers to it.
 */
class GeneratorDependencyTest {
  private static final Path CLASSES = Path.of("target", "classes", "dev", "pitkit", "ghl", "testkit");
  private static final String GENERATOR = "dev/pitkit/ghl/testkit/generator/";

  @Test
  void noRuntimeClassRefersToTheGeneratorPackage() throws IOException {
    List<Path> runtime;
    try (Stream<Path> files = Files.walk(CLASSES)) {
      runtime = files.filter(f -> f.toString().endsWith(".class"))
          .filter(f -> !CLASSES.relativize(f).startsWith("generator"))
          .sorted().toList();
    }
    assertTrue(runtime.size() > 20, "the runtime classes are found: " + runtime.size());
    List<String> referring = runtime.stream().filter(GeneratorDependencyTest::refersToTheGenerator)
        .map(f -> CLASSES.relativize(f).toString()).toList();
    assertEquals(List.of(), referring);
  }

  @Test
  void theCheckSeesAReference() throws IOException {
    assertTrue(refersToTheGenerator(CLASSES.resolve("generator/StubGenerator.class")));
  }

  /** Whether the class file names a class of the generator package (its constant pool holds the internal name). */
  private static boolean refersToTheGenerator(Path classFile) {
    try {
      return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains(GENERATOR);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
