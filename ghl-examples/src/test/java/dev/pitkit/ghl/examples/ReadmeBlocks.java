package dev.pitkit.ghl.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The READMEs' fenced code blocks, and where the projects that exercise them live. */
final class ReadmeBlocks {
  /** The repository root, seen from this module. */
  static final Path ROOT = Path.of("..");
  /** The consumer projects, which build against the published artifacts as users do. */
  static final Path CONSUMER_PROJECTS = ROOT.resolve("ghl-consumer-tests/src/it");

  private ReadmeBlocks() {}

  /** The lines of each block fenced as {@code ```language}, as written. */
  static List<List<String>> fenced(List<String> lines, String language) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> block = null;
    for (String line : lines) {
      if (block == null) {
        if (line.strip().equals("```" + language)) {
          block = new ArrayList<>();
        }
      } else if (line.strip().equals("```")) {
        blocks.add(block);
        block = null;
      } else {
        block.add(line);
      }
    }
    return blocks;
  }
}
