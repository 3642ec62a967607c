package dev.pitkit.ghl.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bootstrap interval that goes with the interleaved ratios, on synthetic samples. */
class MedianRatioTest {
  /** A sorted sample of {@code n} latencies around {@code center}, long-tailed like real ones. */
  private static double[] sample(int n, double center, long seed) {
    Random random = new Random(seed);
    double[] xs = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = center * Math.exp(0.25 * random.nextGaussian());
    }
    Arrays.sort(xs);
    return xs;
  }

  @Test
  void theRatioIsOfTheMediansAndLiesInItsInterval() {
    double[] a = {1, 2, 3, 4, 100};
    double[] b = {1, 1, 2, 2, 2};
    double[] r = MedianRatio.withInterval(a, b, 0.95, 7);
    assertEquals(1.5, r[0], 1e-12);
    assertTrue(r[1] <= r[0] && r[0] <= r[2], Arrays.toString(r));
  }

  @Test
  void sameDistributionGivesAnIntervalAroundOne() {
    double[] r = MedianRatio.withInterval(sample(10_000, 280, 1), sample(10_000, 280, 2), 0.95, 3);
    assertTrue(r[1] < 1 && 1 < r[2], Arrays.toString(r));
    assertTrue(r[2] - r[1] < 0.03, "10,000 calls pin the ratio to a few percent: " + Arrays.toString(r));
  }

  @Test
  void aTenPercentSlowerVariantIsSeparatedFromOne() {
    double[] r = MedianRatio.withInterval(sample(10_000, 308, 4), sample(10_000, 280, 5), 0.95, 6);
    assertEquals(1.10, r[0], 0.01);
    assertTrue(r[1] > 1.05 && r[2] < 1.15, Arrays.toString(r));
  }

  @Test
  void fewerCallsGiveAWiderInterval() {
    double[] many = MedianRatio.withInterval(sample(10_000, 300, 7), sample(10_000, 280, 8), 0.95, 9);
    double[] few = MedianRatio.withInterval(sample(15, 300, 7), sample(15, 280, 8), 0.95, 9);
    assertTrue(few[2] - few[1] > many[2] - many[1], Arrays.toString(few) + " vs " + Arrays.toString(many));
  }

  @Test
  void theSameDataAndSeedGiveTheSameInterval() {
    double[] a = sample(1_000, 300, 10);
    double[] b = sample(1_000, 280, 11);
    assertArrayEquals(MedianRatio.withInterval(a, b, 0.95, 12), MedianRatio.withInterval(a, b, 0.95, 12));
  }
}
