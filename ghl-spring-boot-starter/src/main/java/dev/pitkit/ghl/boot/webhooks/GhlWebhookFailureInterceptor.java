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
 * When the handler of an accepted delivery fails (it throws, or the answer is a 5xx), forgets the
 * delivery's {@code webhookId}, so that GHL's redelivery is handled instead of being answered as a
 * duplicate: a failed handling does not use up the delivery.
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
        || (ex == null && response.getStatus() < 500)) {
      return;
    }
    try {
      verifier.getObject().forget(payload);
      log.info("webhook {} ({}): the handler failed, so its webhookId was forgotten and a redelivery will be handled",
          payload.getWebhookId(), payload.getType());
    } catch (UnsupportedOperationException e) {
      log.warn("webhook {} ({}): the handler failed, and the replay store cannot forget its webhookId: a redelivery"
          + " will be answered as a duplicate ({})", payload.getWebhookId(), payload.getType(), e.getMessage());
    }
  }
}
