package dev.pitkit.ghl.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The JMH table's verdicts: a ratio decides only when both scores are measured tightly. */
class ReportTest {
  private static Report.Row row(double score, double error) {
    return new Report.Row(score, error, "us/op", Double.NaN);
  }

  @Test
  void tightScoresGiveAVerdict() {
    assertEquals("≤ 1.15: met", Report.verdict(row(110, 5), row(100, 4), 1.15));
    assertEquals("≤ 1.10: MISSED", Report.verdict(row(120, 5), row(100, 4), 1.10));
  }

  @Test
  void wideErrorsGiveNone() {
    assertEquals("≤ 1.15: inconclusive (errors ±50 % / ±4 %)", Report.verdict(row(110, 55), row(100, 4), 1.15));
    assertEquals("≤ 1.15: inconclusive (errors ±5 % / ±30 %)", Report.verdict(row(100, 5), row(100, 30), 1.15));
    assertEquals("≤ 1.15: inconclusive (errors ±NaN % / ±4 %)", Report.verdict(row(100, Double.NaN), row(100, 4), 1.15));
  }
}
