package dev.pitkit.ghl.spec;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Compares a spec with the released baseline using openapi-diff and lists the incompatible
 * changes (removed operations, new required parameters, changed types, ...) that are not
 * acknowledged in {@code baseline/acknowledged-breaking-changes.txt}.
 */
final class SpecCompatibilityGate {
  /** The outcome: every incompatible operation, and those not acknowledged. */
  record Result(List<String> incompatible, List<String> unacknowledged, int newOperations) {
    boolean passes() {
      return unacknowledged.isEmpty();
    }
  }

  private SpecCompatibilityGate() {}

  /** Diffs {@code current} against {@code baseline}, writing a markdown report to {@code report}. */
  static Result check(Path baseline, Path current, Path acknowledged, Path report) throws IOException {
    ChangedOpenApi diff = OpenApiCompare.fromLocations(baseline.toString(), current.toString());
    Files.createDirectories(report.getParent());
    try (OutputStreamWriter w = new OutputStreamWriter(Files.newOutputStream(report), StandardCharsets.UTF_8)) {
      new MarkdownRender().render(diff, w);
    }
    Set<String> incompatible = new TreeSet<>();
    for (Endpoint e : diff.getMissingEndpoints()) {
      incompatible.add(key(e.getMethod().name(), e.getPathUrl()));
    }
    for (ChangedOperation op : diff.getChangedOperations()) {
      if (op.isIncompatible()) {
        incompatible.add(key(op.getHttpMethod().name(), op.getPathUrl()));
      }
    }
    Set<String> accepted = readAcknowledged(acknowledged);
    List<String> unacknowledged = new ArrayList<>();
    for (String k : incompatible) {
      if (!accepted.contains(k)) {
        unacknowledged.add(k);
      }
    }
    return new Result(List.copyOf(incompatible), unacknowledged, diff.getNewEndpoints().size());
  }

  private static String key(String method, String path) {
    return method.toUpperCase(Locale.ROOT) + " " + path;
  }

  private static Set<String> readAcknowledged(Path file) throws IOException {
    Set<String> out = new TreeSet<>();
    if (file == null || !Files.exists(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] parts = l.split("\\s+");
      if (parts.length >= 2) {
        out.add(key(parts[0], parts[1]));
      }
    }
    return out;
  }
}
