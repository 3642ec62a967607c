package dev.pitkit.ghl.boot.webhooks;

import dev.pitkit.ghl.webhooks.GhlEventPayload;
import dev.pitkit.ghl.webhooks.WebhookEvent;
import dev.pitkit.ghl.webhooks.WebhookRejectedException;
import dev.pitkit.ghl.webhooks.WebhookVerifier;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;

/**
 * Resolves a {@link GhlWebhook @GhlWebhook} parameter: reads the raw body (stopping past the
 * verifier's limit), verifies it with the request's headers, and passes the {@link WebhookEvent}, or
 * its payload for a parameter of a payload class. A refusal is a {@link WebhookRejectedException},
 * answered by {@link GhlWebhookRejectionResolver}.
 */
public final class GhlWebhookArgumentResolver implements HandlerMethodArgumentResolver {
  /** The request attribute holding the accepted delivery's payload, for {@link GhlWebhookFailureInterceptor}. */
  static final String ACCEPTED_PAYLOAD = GhlWebhookArgumentResolver.class.getName() + ".accepted";
  private final ObjectProvider<WebhookVerifier> verifier;

  /**
   * @param verifier the application's verifier
   */
  public GhlWebhookArgumentResolver(ObjectProvider<WebhookVerifier> verifier) {
    this.verifier = verifier;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    if (!parameter.hasParameterAnnotation(GhlWebhook.class)) {
      return false;
    }
    Class<?> type = parameter.getParameterType();
    if (type == WebhookEvent.class || GhlEventPayload.class.isAssignableFrom(type)) {
      return true;
    }
    throw new IllegalStateException("@GhlWebhook parameter " + parameter.getParameterName() + " of "
        + parameter.getExecutable() + " must be a WebhookEvent, a GhlEventPayload or a generated event class, not "
        + type.getName());
  }

  @Override
  public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws IOException {
    HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
    if (request == null) {
      throw new IllegalStateException("@GhlWebhook needs a servlet request");
    }
    WebhookVerifier v = verifier.getIfUnique();
    if (v == null) { // ghl.webhooks.enabled=false: refused, never bound from the request unverified
      throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
          "GHL webhooks are off here (ghl.webhooks.enabled=false, and no WebhookVerifier bean)");
    }
    byte[] body = v.readBody(request.getInputStream());
    Class<?> type = parameter.getParameterType();
    if (type == WebhookEvent.class) {
      WebhookEvent event = v.verify(body, request::getHeader);
      request.setAttribute(ACCEPTED_PAYLOAD, event.payload());
      return event;
    }
    // checked before the webhookId is recorded: the delivery stays acceptable where its type is taken
    GhlEventPayload payload = v.verify(body, request::getHeader, type.asSubclass(GhlEventPayload.class));
    request.setAttribute(ACCEPTED_PAYLOAD, payload);
    return payload;
  }
}
