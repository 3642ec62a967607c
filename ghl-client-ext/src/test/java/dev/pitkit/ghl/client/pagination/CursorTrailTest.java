package dev.pitkit.ghl.client.pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cycle check over long walks, without a server: pages {@code 1..lead} lead in, then the cursors
 * cycle through {@code cycle} positions forever. The walk must stop, exactly when the cycle closes
 * when it is within the recent positions, else before twice as many pages again as were read until then.
 */
class CursorTrailTest {

  /** The position that requests page {@code n} (from 1) of a walk with {@code lead} pages before a {@code cycle}. */
  private static String position(long n, long lead, long cycle) {
    return "p" + (n <= lead + cycle ? n : lead + 1 + (n - lead - 1) % cycle);
  }

  /** The page whose answer is found to repeat a position, walking as {@code FollowCursor} does. */
  private static long caughtAt(long lead, long cycle) {
    CursorTrail trail = CursorTrail.start(position(1, lead, cycle));
    for (long page = 1; page < 100_000; page++) {
      String next = position(page + 1, lead, cycle);
      if (trail.pageRequestedBy(next) > 0) {
        assertEquals(page, trail.page());
        return page;
      }
      trail = trail.advance(next);
    }
    throw new AssertionError("never caught");
  }

  @ParameterizedTest(name = "{0} pages, then a cycle of {1}")
  @CsvSource({"0, 1", "1, 1", "1, 2", "5, 3", "2, 40", "1025, 65", "0, 1024", "3000, 1000"})
  void aCycleWithinTheRecentPositionsIsCaughtWhenItCloses(long lead, long cycle) {
    assertEquals(lead + cycle, caughtAt(lead, cycle), "no page read twice");
  }

  @ParameterizedTest(name = "{0} pages, then a cycle of {1}")
  @CsvSource({"0, 1025", "1, 1500", "6, 2000", "1025, 1100", "5000, 3000", "10, 20000"})
  void anOlderOneIsCaughtBeforeTwiceAsManyPagesAgain(long lead, long cycle) {
    long closed = lead + cycle;
    long caught = caughtAt(lead, cycle);
    assertTrue(caught > closed && caught - closed < 2 * closed,
        "caught at page " + caught + ", the cycle closed at " + closed);
  }
}
