package dev.pitkit.ghl.testkit.generator;

import static dev.pitkit.ghl.testkit.internal.StubLayout.CLASSPATH_ROOT;
import static dev.pitkit.ghl.testkit.internal.StubLayout.INDEX_FILE;

import dev.pitkit.ghl.testkit.internal.SpecMappings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes the spec's WireMock mappings ({@link SpecMappings}) into the build's output: run by the
 * build ({@code exec-maven-plugin}, phase {@code process-classes}) so the mappings land in
 * {@code target/classes/dev/pitkit/ghl/testkit/mappings/} and are packaged with the jar, with the
 * index beside them, and (with {@link #STUBS_JAR_OPTION}) the copy of the {@code stubs} jar.
 * Nothing in the mappings is written by hand; the same spec gives the same bytes.
 *
 * <p>Build-time only: it uses the runtime's {@code internal} classes, never the reverse.
 */
public final class StubGenerator {
  /** {@link #main} option writing {@link SpecMappings#generateForStubsJar} into {@code <dir>/mappings}. */
  public static final String STUBS_JAR_OPTION = "--stubs-jar=";

  private StubGenerator() {}

  /**
   * Writes the mappings under {@code <outputDir>/dev/pitkit/ghl/testkit/mappings/} (stale
   * {@code *.json} files there are removed first) and the index beside it.
   *
   * @param args {@code <outputDir> [<spec.yaml>]}; without a spec path the classpath spec is used
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    List<String> positional = new ArrayList<>();
    Path stubsJarDir = null;
    for (String arg : args) {
      if (arg.startsWith(STUBS_JAR_OPTION)) {
        stubsJarDir = Path.of(arg.substring(STUBS_JAR_OPTION.length()));
      } else {
        positional.add(arg);
      }
    }
    if (positional.isEmpty()) {
      throw new IllegalArgumentException("usage: StubGenerator <outputDir> [" + STUBS_JAR_OPTION + "<dir>] [<spec.yaml>]");
    }
    String spec = positional.size() > 1
        ? Files.readString(Path.of(positional.get(1)), StandardCharsets.UTF_8) : SpecMappings.readSpecResource();
    SortedMap<String, String> files = SpecMappings.generate(spec);
    Path root = Path.of(positional.get(0)).resolve(CLASSPATH_ROOT);
    writeMappings(root.resolve("mappings"), files);
    Files.writeString(root.resolve(INDEX_FILE), String.join("\n", files.keySet()) + "\n", StandardCharsets.UTF_8);
    if (stubsJarDir != null) {
      writeMappings(stubsJarDir.resolve("mappings"), SpecMappings.generateForStubsJar(spec));
    }
  }

  /** Replaces the {@code *.json} files of {@code dir} with {@code files}. */
  private static void writeMappings(Path dir, SortedMap<String, String> files) throws IOException {
    Files.createDirectories(dir);
    try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "*.json")) {
      for (Path p : old) {
        Files.delete(p);
      }
    }
    for (Map.Entry<String, String> e : files.entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
  }
}
