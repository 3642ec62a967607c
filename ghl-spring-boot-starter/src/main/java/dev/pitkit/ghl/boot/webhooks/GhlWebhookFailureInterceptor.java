package dev.pitkit.ghl.boot.webhooks;

import dev.pitkit.ghl.webhooks.GhlEventPayload;
import dev.pitkit.ghl.webhooks.WebhookVerifier;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * When the handling of an accepted delivery does not succeed (the method throws, or the answer is
 * 400 or more: a 429 asking GHL to redeliver, an exception an application's handler turned into a
 * 4xx, a later parameter that could not be resolved), forgets the delivery's {@code webhookId}, so
 * that a redelivery is handled instead of being answered as a duplicate: only a success uses up the
 * delivery. GHL redelivers on 429 only.
 */
final class GhlWebhookFailureInterceptor implements HandlerInterceptor {
  private static final Logger log = LoggerFactory.getLogger("dev.pitkit.ghl.boot.webhooks");

  private final ObjectProvider<WebhookVerifier> verifier;

  GhlWebhookFailureInterceptor(ObjectProvider<WebhookVerifier> verifier) {
    this.verifier = verifier;
  }

  @Override
  public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (!(request.getAttribute(GhlWebhookArgumentResolver.ACCEPTED_PAYLOAD) instanceof GhlEventPayload payload)
        || (ex == null && response.getStatus() < 400)) {
      return;
    }
    try {
      verifier.getObject().forget(payload);
      log.info("webhook {} ({}): not handled (status {}), so its webhookId was forgotten and a redelivery will be handled",
          payload.getWebhookId(), payload.getType(), response.getStatus());
    } catch (UnsupportedOperationException e) {
      log.warn("webhook {} ({}): the handler failed, and the replay store cannot forget its webhookId: a redelivery"
          + " will be answered as a duplicate ({})", payload.getWebhookId(), payload.getType(), e.getMessage());
    }
  }
}
