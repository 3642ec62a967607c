package dev.pitkit.ghl.webhooks;

import java.time.Instant;

/**
 * Remembers the {@code webhookId}s a {@link WebhookVerifier} accepted, so that a replayed or
 * redelivered payload is refused as {@link WebhookRejectionReason#DUPLICATE}. The default,
 * {@link InMemoryWebhookReplayStore}, serves one JVM; several instances behind a load balancer
 * share one store (e.g. Redis {@code SET key 1 NX PXAT expiresAt}). Implementations must be
 * thread-safe and atomic per id.
 */
@FunctionalInterface
public interface WebhookReplayStore {
  /**
   * Records an id, if it is not recorded yet.
   *
   * @param webhookId the payload's {@code webhookId}
   * @param now the verifier's current time
   * @param expiresAt until when the id must be remembered (after it, the timestamp check refuses
   *     the payload anyway)
   * @return true if the id was not recorded (or its record had expired): the delivery is new;
   *     false if it is a duplicate
   */
  boolean markSeen(String webhookId, Instant now, Instant expiresAt);
}
