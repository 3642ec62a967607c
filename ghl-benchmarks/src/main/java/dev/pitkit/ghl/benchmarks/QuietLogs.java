package dev.pitkit.ghl.benchmarks;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Hibernate Validator's JUL output (its start-up INFO line; with older generated models also
 * an HV000271 notice per validator factory) out of the benchmark reports.
 */
final class QuietLogs {
  /** Held so the level is not lost when the logger is garbage-collected. */
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private QuietLogs() {}

  static void apply() {
    HIBERNATE_VALIDATOR.setLevel(Level.SEVERE);
  }
}
