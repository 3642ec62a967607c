package dev.pitkit.ghl.ratelimit.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker of the rule catches what a token bucket does (so SlidingWindowRuleTest can fail). */
class WindowsTest {
  @Test
  void aTokenBucketPassesTwiceItsCapacityInOneWindow() {
    // capacity 20, refill 20 per 500 ms: a full bucket lets 20 pass at t=0, and the 20 refilled
    // by t=500 ms pass then: 40 in [0, 501)
    List<Long> bucket = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      bucket.add(0L);
      bucket.add(500_000L);
    }
    assertEquals(40, Windows.fullest(bucket, 500_001));
    assertEquals(20, Windows.fullest(bucket, 500_000));
  }

  @Test
  void countsHalfOpenWindows() {
    assertEquals(2, Windows.fullest(List.of(0L, 9L, 10L, 19L, 20L), 10));
    assertEquals(3, Windows.fullest(List.of(0L, 9L, 10L, 19L, 20L), 11));
    assertEquals(0, Windows.fullest(List.of(), 10));
  }
}
