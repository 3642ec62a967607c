package dev.pitkit.ghl.boot.webhooks;

import dev.pitkit.ghl.webhooks.WebhookVerifier;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the {@link GhlWebhook @GhlWebhook} parameter ({@link GhlWebhookArgumentResolver}), what
 * happens to a delivery whose handling failed ({@link GhlWebhookFailureInterceptor}), and the answers
 * to refused deliveries ({@link GhlWebhookRejectionResolver}, first among the exception
 * resolvers, so that an application's catch-all {@code @ExceptionHandler} does not turn a bad
 * signature into a 500). Defined by {@link GhlWebhooksAutoConfiguration}.
 */
public final class GhlWebhookWebMvcConfigurer implements WebMvcConfigurer {
  private final ObjectProvider<WebhookVerifier> verifier;

  /**
   * @param verifier the application's verifier, looked up at the first delivery
   */
  public GhlWebhookWebMvcConfigurer(ObjectProvider<WebhookVerifier> verifier) {
    this.verifier = verifier;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new GhlWebhookArgumentResolver(verifier));
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new GhlWebhookFailureInterceptor(verifier));
  }

  @Override
  public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
    resolvers.add(0, new GhlWebhookRejectionResolver());
  }
}
