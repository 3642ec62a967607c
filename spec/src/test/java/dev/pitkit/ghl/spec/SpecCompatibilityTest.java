package dev.pitkit.ghl.spec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The breaking-change gate of the build: the bundled spec (spec/openapi.yaml + spec/apps/*.yaml) must stay compatible with the released
 * spec in spec/baseline/, unless the change is acknowledged (see README, "Quality gates").
 * The report is written to target/openapi-diff/report.md.
 */
class SpecCompatibilityTest {
  @Test
  void specIsCompatibleWithReleasedBaselineOrAcknowledged() throws Exception {
    SpecCompatibilityGate.Result r = SpecCompatibilityGate.check(
        Path.of("baseline/openapi.yaml"), Path.of("target/classes/dev/pitkit/ghl/spec/openapi.yaml"),
        Path.of("baseline/acknowledged-breaking-changes.txt"), Path.of("target/openapi-diff/report.md"));
    assertTrue(r.passes(), () -> "Incompatible spec changes not acknowledged in spec/baseline/acknowledged-breaking-changes.txt: "
        + r.unacknowledged() + " (report: spec/target/openapi-diff/report.md). If intended, add one line per operation "
        + "('METHOD /path  reason') to that file.");
  }
}
