package dev.pitkit.ghl.client.pagination;

import java.util.Arrays;

/**
 * What pagination remembers of the positions that requested pages 1 to {@link #page()}, to notice a
 * cursor that comes back, in memory that does not grow with the list: the last {@value #RECENT}
 * positions, which catch a cycle through them before any page is read twice; and, for longer cycles,
 * Brent's cycle detection: one saved position ({@code checkpoint}, which requested
 * {@code checkpointPage}) that moves to the newest after {@code power} pages (1, 2, 4, 8, ...). A
 * longer cycle is caught before twice as many pages again as were read until it closed. Immutable: a
 * page's trail stays valid however often its next page is fetched.
 */
final class CursorTrail {
  /** How many of the latest positions are compared exactly. */
  static final int RECENT = 1024;

  private final long page;
  private final String[] recent;
  /** The hash codes of {@link #recent}, compared first: a scan of numbers, not of strings, per page. */
  private final int[] hashes;
  private final String checkpoint;
  private final long checkpointPage;
  private final long power;

  private CursorTrail(long page, String[] recent, int[] hashes, String checkpoint, long checkpointPage, long power) {
    this.page = page;
    this.recent = recent;
    this.hashes = hashes;
    this.checkpoint = checkpoint;
    this.checkpointPage = checkpointPage;
    this.power = power;
  }

  static CursorTrail start(String firstKey) {
    return new CursorTrail(1, new String[] {firstKey}, new int[] {firstKey.hashCode()}, firstKey, 1, 1);
  }

  /** The number of the page this trail's last position requested, from 1. */
  long page() {
    return page;
  }

  /** The trail of the next page, requested with {@code key}. */
  CursorTrail advance(String key) {
    long next = page + 1;
    int from = Math.max(0, recent.length + 1 - RECENT);
    String[] latest = Arrays.copyOfRange(recent, from, recent.length + 1);
    int[] latestHashes = Arrays.copyOfRange(hashes, from, hashes.length + 1);
    latest[latest.length - 1] = key;
    latestHashes[latestHashes.length - 1] = key.hashCode();
    return next - checkpointPage >= power ? new CursorTrail(next, latest, latestHashes, key, next, power * 2)
        : new CursorTrail(next, latest, latestHashes, checkpoint, checkpointPage, power);
  }

  /** The page that {@code key} requested, when it is one this trail still knows; else 0. */
  long pageRequestedBy(String key) {
    int hash = key.hashCode();
    for (int i = hashes.length - 1; i >= 0; i--) {
      if (hashes[i] == hash && key.equals(recent[i])) {
        return page - (recent.length - 1 - i);
      }
    }
    return key.equals(checkpoint) ? checkpointPage : 0;
  }
}
