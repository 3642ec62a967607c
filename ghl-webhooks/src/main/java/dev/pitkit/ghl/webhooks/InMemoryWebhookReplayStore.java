package dev.pitkit.ghl.webhooks;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default {@link WebhookReplayStore}: the ids of one JVM, each kept until it expires, and at most
 * {@code maxEntries} of them (the oldest go first when full, 100,000 by default: a few MB). Forgetting
 * an id early only matters for a replay older than the oldest kept id and still inside the
 * timestamp tolerance; size the store for the deliveries of one tolerance window. Thread-safe.
 */
public final class InMemoryWebhookReplayStore implements WebhookReplayStore {
  /** The default capacity. */
  public static final int DEFAULT_MAX_ENTRIES = 100_000;

  private final int maxEntries;
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  /** A store of {@link #DEFAULT_MAX_ENTRIES} ids. */
  public InMemoryWebhookReplayStore() {
    this(DEFAULT_MAX_ENTRIES);
  }

  /**
   * A store of at most {@code maxEntries} ids.
   *
   * @param maxEntries the capacity, at least 1
   * @throws IllegalArgumentException when it is less than 1
   */
  public InMemoryWebhookReplayStore(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1");
    }
    this.maxEntries = maxEntries;
  }

  @Override
  public synchronized boolean markSeen(String webhookId, Instant now, Instant expiresAt) {
    Instant known = seen.get(webhookId);
    if (known != null && known.isAfter(now)) {
      return false;
    }
    seen.remove(webhookId);
    for (Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator(); it.hasNext(); ) {
      if (it.next().getValue().isAfter(now)) {
        break;   // insertion order is roughly expiry order: stop at the first live entry
      }
      it.remove();
    }
    while (seen.size() >= maxEntries) {
      Iterator<String> oldest = seen.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    seen.put(webhookId, expiresAt);
    return true;
  }

  @Override
  public synchronized void forget(String webhookId) {
    seen.remove(webhookId);
  }

  /**
   * How many ids are kept (expired ones are dropped lazily, on the next {@link #markSeen}).
   *
   * @return the number of ids
   */
  public synchronized int size() {
    return seen.size();
  }
}
