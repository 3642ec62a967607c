package dev.pitkit.ghl.webhooks;

/**
 * Why {@link WebhookVerifier} refused a delivery. Safe to log and to use as a metric tag: it
 * carries neither the payload nor a key. Checks run in the order of the constants.
 */
public enum WebhookRejectionReason {
  /** The body is longer than {@link WebhookVerifier.Builder#maxBodyBytes(int)}; nothing else was read. */
  TOO_LARGE,
  /**
   * No signature header of a scheme the verifier has a key for: neither {@code x-ghl-signature}
   * (with an Ed25519 key configured) nor {@code x-wh-signature} (with legacy RSA accepted).
   */
  NO_SIGNATURE,
  /** The signature is not base64, or does not verify over the body with any configured key. */
  BAD_SIGNATURE,
  /** The signed body is not a JSON object. */
  MALFORMED_JSON,
  /**
   * The payload is not of the event class the caller expects
   * ({@link WebhookVerifier#verify(byte[], java.util.function.Function, Class)}); its
   * {@code webhookId} is not recorded.
   */
  UNEXPECTED_TYPE,
  /** The payload has no readable {@code timestamp} and the verifier requires one. */
  NO_TIMESTAMP,
  /** The payload's {@code timestamp} is the tolerance or more from now (past or future). */
  STALE,
  /** The payload has no {@code webhookId} and the verifier requires one. */
  NO_WEBHOOK_ID,
  /** The {@code webhookId} was accepted before (a replay or a redelivery). */
  DUPLICATE
}
