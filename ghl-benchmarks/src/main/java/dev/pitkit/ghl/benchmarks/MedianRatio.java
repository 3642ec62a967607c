package dev.pitkit.ghl.benchmarks;

import java.util.SplittableRandom;

/**
 * The ratio of two samples' medians with a percentile-bootstrap confidence interval: the error
 * that goes with the interleaved medians. Each sample is resampled on its own (the pairing of
 * calls within a round is ignored, which can only widen the interval).
 */
final class MedianRatio {
  private MedianRatio() {}

  /** Resamples per interval: enough for a stable 95 % interval, under a second for 10,000 calls. */
  static final int RESAMPLES = 1000;

  /**
   * {@code [ratio, low, high]}: median(sorted) / median(baseline) and its central
   * {@code confidence} interval.
   *
   * @param sorted the variant's sample, sorted ascending
   * @param baseline the baseline's sample, sorted ascending
   * @param confidence e.g. 0.95
   * @param seed the random seed (the same data and seed give the same interval)
   */
  static double[] withInterval(double[] sorted, double[] baseline, double confidence, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] ratios = new double[RESAMPLES];
    for (int b = 0; b < RESAMPLES; b++) {
      ratios[b] = resampledMedian(sorted, random) / resampledMedian(baseline, random);
    }
    java.util.Arrays.sort(ratios);
    double tail = (1 - confidence) / 2;
    return new double[] {
      median(sorted) / median(baseline),
      ratios[(int) Math.floor(tail * (RESAMPLES - 1))],
      ratios[(int) Math.ceil((1 - tail) * (RESAMPLES - 1))],
    };
  }

  /** The lower median of a sorted sample. */
  static double median(double[] sorted) {
    return sorted[(sorted.length - 1) / 2];
  }

  /**
   * The median of a resample with replacement of a sorted sample, in linear time: count how often
   * each position is drawn, then walk the sorted values until half the draws are passed.
   */
  private static double resampledMedian(double[] sorted, SplittableRandom random) {
    int n = sorted.length;
    int[] drawn = new int[n];
    for (int i = 0; i < n; i++) {
      drawn[random.nextInt(n)]++;
    }
    int half = (n - 1) / 2;
    int seen = 0;
    for (int i = 0; i < n; i++) {
      seen += drawn[i];
      if (seen > half) {
        return sorted[i];
      }
    }
    return sorted[n - 1];
  }
}
