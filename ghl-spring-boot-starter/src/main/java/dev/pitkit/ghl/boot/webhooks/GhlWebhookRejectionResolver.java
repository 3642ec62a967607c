package dev.pitkit.ghl.boot.webhooks;

import dev.pitkit.ghl.webhooks.WebhookRejectedException;
import dev.pitkit.ghl.webhooks.WebhookRejectionReason;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a refused webhook delivery ({@link WebhookRejectedException}, from a
 * {@link GhlWebhook @GhlWebhook} parameter or an application's own call of the verifier) with an
 * empty body and the status GHL and the README's table expect: 401 for {@code NO_SIGNATURE} and
 * {@code BAD_SIGNATURE}, 413 for {@code TOO_LARGE}, 200 for {@code DUPLICATE} (already handled:
 * GHL stops redelivering), 400 otherwise. Logs the reason and the check (logger
 * {@code dev.pitkit.ghl.boot.webhooks}), never the payload or a key.
 */
public final class GhlWebhookRejectionResolver implements HandlerExceptionResolver, Ordered {
  private static final Logger log = LoggerFactory.getLogger("dev.pitkit.ghl.boot.webhooks");

  /** Created by {@link GhlWebhookWebMvcConfigurer}. */
  public GhlWebhookRejectionResolver() {}

  /**
   * The status answered for a reason.
   *
   * @param reason why the delivery was refused
   * @return 401, 413, 200 or 400
   */
  public static int status(WebhookRejectionReason reason) {
    return switch (reason) {
      case NO_SIGNATURE, BAD_SIGNATURE -> HttpServletResponse.SC_UNAUTHORIZED;
      case TOO_LARGE -> HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
      case DUPLICATE -> HttpServletResponse.SC_OK;
      default -> HttpServletResponse.SC_BAD_REQUEST;
    };
  }

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception ex) {
    if (!(ex instanceof WebhookRejectedException rejected)) {
      return null;
    }
    int status = status(rejected.reason());
    if (rejected.reason() == WebhookRejectionReason.DUPLICATE) {
      log.info("GHL webhook at {} already handled, answered {}: {}", request.getRequestURI(), status, rejected.getMessage());
    } else {
      // the message names the reason and the check, never the payload or a key
      log.warn("GHL webhook at {} rejected, answered {}: {}", request.getRequestURI(), status, rejected.getMessage());
    }
    response.setStatus(status);
    return new ModelAndView();
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
