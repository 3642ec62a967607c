package dev.pitkit.ghl.client.pagination;

/**
 * What pagination has to remember to notice a cursor that comes back: Brent's cycle detection,
 * one saved cursor whatever the length of the list. The saved cursor moves to the newest at
 * page 1, 2, 4, 8, ...; any cycle returns to it within twice its length.
 *
 * @param checkpoint the saved cursor
 * @param power pages between two moves of the checkpoint
 * @param steps pages since the last move
 */
record CursorTrail(String checkpoint, long power, long steps) {
  static CursorTrail start(String firstKey) {
    return new CursorTrail(firstKey, 1, 0);
  }

  CursorTrail advance(String key) {
    return steps + 1 >= power ? new CursorTrail(key, power * 2, 0) : new CursorTrail(checkpoint, power, steps + 1);
  }
}
