package dev.pitkit.ghl.webhooks;

/**
 * A webhook delivery was refused. {@link #reason()} says why; the message names the reason and the
 * check, never the payload or a key, so it is safe to log. Answer such a request with 4xx (401 for
 * the signature reasons, 413 for {@link WebhookRejectionReason#TOO_LARGE}, 400 otherwise; a
 * {@link WebhookRejectionReason#DUPLICATE} may be answered 200 so that GHL stops redelivering).
 */
public final class WebhookRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final WebhookRejectionReason reason;

  /**
   * A rejection.
   *
   * @param reason why
   * @param detail what was checked, without payload or key material
   */
  public WebhookRejectedException(WebhookRejectionReason reason, String detail) {
    super("webhook rejected: " + reason + " (" + detail + ")", null, false, false);
    this.reason = reason;
  }

  /**
   * Why the delivery was refused.
   *
   * @return the reason
   */
  public WebhookRejectionReason reason() {
    return reason;
  }
}
