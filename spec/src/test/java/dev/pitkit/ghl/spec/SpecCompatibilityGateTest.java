package dev.pitkit.ghl.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the gate: incompatible edits to a copy of a spec are caught, compatible ones pass. The copy is
 * of the released baseline (one document, in a layout these text edits know), not of the live spec.
 */
class SpecCompatibilityGateTest {
  private static final Path BASELINE = Path.of("baseline/openapi.yaml");

  @TempDir
  Path dir;

  private SpecCompatibilityGate.Result check(String edited, String acknowledged) throws IOException {
    Path spec = dir.resolve("edited.yaml");
    Files.writeString(spec, edited, StandardCharsets.UTF_8);
    Path ack = dir.resolve("ack.txt");
    Files.writeString(ack, acknowledged, StandardCharsets.UTF_8);
    return SpecCompatibilityGate.check(BASELINE, spec, ack, dir.resolve("report/report.md"));
  }

  private static String spec() throws IOException {
    return Files.readString(BASELINE, StandardCharsets.UTF_8);
  }

  @Test
  void unchangedSpecPasses() throws IOException {
    SpecCompatibilityGate.Result r = check(spec(), "");
    assertTrue(r.incompatible().isEmpty(), r.incompatible()::toString);
    assertTrue(Files.size(dir.resolve("report/report.md")) > 0);
  }

  @Test
  void removedOperationIsDetected() throws IOException {
    String s = spec();
    int start = s.indexOf("\n  /highlevel-pit/snapshots/:");
    int end = s.indexOf("\n  /", start + 3);
    SpecCompatibilityGate.Result r = check(s.substring(0, start) + s.substring(end), "");
    assertFalse(r.passes());
    assertEquals(List.of("GET /highlevel-pit/snapshots/"), r.unacknowledged());
  }

  @Test
  void newRequiredParameterIsDetected() throws IOException {
    String s = spec();
    String anchor = "operationId: listWorkflows";
    int at = s.indexOf(anchor);
    int params = s.indexOf("      parameters:\n", at);
    String extra = "      parameters:\n      - name: mustNowBeSent\n        in: query\n        required: true\n        schema:\n          type: string\n";
    SpecCompatibilityGate.Result r = check(s.substring(0, params) + extra + s.substring(params + "      parameters:\n".length()), "");
    assertEquals(List.of("GET /highlevel-pit/workflows/"), r.unacknowledged());
  }

  @Test
  void changedParameterTypeIsDetected() throws IOException {
    String s = spec();
    int at = s.indexOf("operationId: listSurveys");
    int limit = s.indexOf("name: limit", at);
    int type = s.indexOf("type: integer", limit);
    String edited = s.substring(0, type) + "type: boolean" + s.substring(type + "type: integer".length());
    SpecCompatibilityGate.Result r = check(edited, "");
    assertEquals(List.of("GET /highlevel-pit/surveys/"), r.unacknowledged());
  }

  @Test
  void acknowledgedBreakingChangePasses() throws IOException {
    String s = spec();
    int start = s.indexOf("\n  /highlevel-pit/snapshots/:");
    int end = s.indexOf("\n  /", start + 3);
    SpecCompatibilityGate.Result r = check(s.substring(0, start) + s.substring(end),
        "# snapshots moved\nGET /highlevel-pit/snapshots/  replaced by the v3 API\n");
    assertEquals(List.of("GET /highlevel-pit/snapshots/"), r.incompatible());
    assertTrue(r.passes());
  }

  @Test
  void newOptionalFieldAndNewOperationPass() throws IOException {
    String s = spec();
    // a new optional response property on a shared schema
    String withField = s.replaceFirst("(\n  schemas:\n    ErrorResponse:\n      type: object\n[^\n]*\n      properties:\n)",
        "$1        newOptionalField:\n          type: string\n");
    // a new operation
    String withOp = withField.replaceFirst("\npaths:\n", "\npaths:\n  /highlevel-pit/brand-new/:\n    get:\n      operationId: brandNew\n"
        + "      responses:\n        '200':\n          description: ok\n");
    SpecCompatibilityGate.Result r = check(withOp, "");
    assertTrue(r.passes(), r.unacknowledged()::toString);
    assertEquals(1, r.newOperations());
  }
}
