package dev.pitkit.ghl.client.pagination;

/**
 * What pagination has to remember to notice a cursor that comes back: Brent's cycle detection,
 * one saved cursor ({@code checkpoint}) whatever the length of the list. It moves to the newest
 * after {@code power} pages (1, 2, 4, 8, ...; {@code steps} counts them since the last move); any
 * cycle returns to it within twice its length.
 */
record CursorTrail(String checkpoint, long power, long steps) {
  static CursorTrail start(String firstKey) {
    return new CursorTrail(firstKey, 1, 0);
  }

  CursorTrail advance(String key) {
    return steps + 1 >= power ? new CursorTrail(key, power * 2, 0) : new CursorTrail(checkpoint, power, steps + 1);
  }
}
