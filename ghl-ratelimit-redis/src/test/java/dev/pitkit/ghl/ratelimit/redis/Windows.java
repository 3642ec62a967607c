package dev.pitkit.ghl.ratelimit.redis;

import java.util.List;

/** Checks "at most N in any window of W" over a list of instants. */
final class Windows {
  private Windows() {}

  /**
   * The largest number of instants in any half-open interval {@code [s, s + window)}. The fullest
   * interval can always start at one of the instants, so only those starts are tried.
   */
  static int fullest(List<Long> instants, long window) {
    long[] t = instants.stream().mapToLong(Long::longValue).sorted().toArray();
    int best = 0;
    int j = 0;
    for (int i = 0; i < t.length; i++) {
      if (j < i) {
        j = i;
      }
      while (j < t.length && t[j] < t[i] + window) {
        j++;
      }
      best = Math.max(best, j - i);
    }
    return best;
  }
}
