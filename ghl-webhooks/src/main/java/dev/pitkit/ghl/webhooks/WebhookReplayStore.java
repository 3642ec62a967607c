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
   * @param expiresAt until when the id must be remembered (from then on, the timestamp check refuses
   *     the payload anyway)
   * @return true if the id was not recorded (or its record had expired): the delivery is new;
   *     false if it is a duplicate
   */
  boolean markSeen(String webhookId, Instant now, Instant expiresAt);

  /**
   * Forgets an id recorded by {@link #markSeen}, so that the same delivery is accepted again (see
   * {@link WebhookVerifier#forget(WebhookEvent)}). The default refuses: a store that cannot forget
   * says so rather than keep the id silently.
   *
   * @param webhookId the id
   * @throws UnsupportedOperationException when the store cannot forget
   */
  default void forget(String webhookId) {
    throw new UnsupportedOperationException(getClass().getName() + " cannot forget a webhookId: implement forget(String)");
  }
}
