package dev.pitkit.ghl.boot.webhooks;

import dev.pitkit.ghl.boot.GhlPropertyException;
import dev.pitkit.ghl.webhooks.WebhookReplayStore;
import dev.pitkit.ghl.webhooks.WebhookVerifier;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * With {@code ghl-webhooks} on the class path: a {@link WebhookVerifier} bean from the
 * {@code ghl.webhooks.*} properties ({@link GhlWebhookProperties}; an application's own
 * {@code WebhookVerifier} bean wins, and a {@link WebhookReplayStore} bean replaces the in-memory
 * store), and in a Spring MVC (servlet) application the {@link GhlWebhook @GhlWebhook} controller
 * parameter. With {@code ghl.webhooks.enabled=false} no verifier is defined, and a
 * {@code @GhlWebhook} parameter is still resolved by the starter, refusing every delivery (503),
 * never bound unverified from the request. Also part of {@code @WebMvcTest} slices, so a slice test
 * of a webhook controller verifies as the application does. Works on Spring Boot 3.5 and 4.0; a bad
 * property stops startup with a report naming it, never its value.
 */
@AutoConfiguration
@ConditionalOnClass(name = "dev.pitkit.ghl.webhooks.WebhookVerifier")
@EnableConfigurationProperties(GhlWebhookProperties.class)
public class GhlWebhooksAutoConfiguration {
  /** Created by Spring Boot. */
  public GhlWebhooksAutoConfiguration() {}

  /**
   * The verifier: Ed25519 keys from {@code ghl.webhooks.ed25519-public-keys}, GHL's RSA key (plus
   * {@code ghl.webhooks.rsa-public-keys}) unless {@code ghl.webhooks.legacy-rsa=false}.
   *
   * @param properties the {@code ghl.webhooks.*} properties
   * @param replayStore the application's replay store, if it defines one (e.g. shared on Redis)
   * @return the verifier
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "ghl.webhooks", name = "enabled", matchIfMissing = true)
  public WebhookVerifier ghlWebhookVerifier(GhlWebhookProperties properties, ObjectProvider<WebhookReplayStore> replayStore) {
    // two without a @Primary fail here, naming them: a shared duplicate check is not dropped silently
    return verifier(properties, replayStore.getIfAvailable());
  }

  static WebhookVerifier verifier(GhlWebhookProperties p, WebhookReplayStore replayStore) {
    WebhookVerifier.Builder b = WebhookVerifier.builder();
    List<String> ed25519 = p.getEd25519PublicKeys() == null ? List.of() : p.getEd25519PublicKeys();
    for (int i = 0; i < ed25519.size(); i++) {
      String key = ed25519.get(i);
      if (key == null || key.isBlank()) {
        continue;   // ${GHL_WEBHOOK_PUBLIC_KEY:} left empty
      }
      try {
        b.addEd25519PublicKey(key);
      } catch (IllegalArgumentException e) {
        throw problem("ghl.webhooks.ed25519-public-keys[" + i + "]", "is not an Ed25519 public key (PEM or base64 expected)", e);
      }
    }
    List<String> rsa = p.getRsaPublicKeys() == null ? List.of() : p.getRsaPublicKeys();
    for (int i = 0; i < rsa.size(); i++) {
      String key = rsa.get(i);
      if (key == null || key.isBlank()) {
        continue;
      }
      try {
        b.addRsaPublicKey(key);
      } catch (IllegalArgumentException e) {
        throw problem("ghl.webhooks.rsa-public-keys[" + i + "]", "is not an RSA public key (PEM or base64 expected)", e);
      }
    }
    b.legacyRsa(p.isLegacyRsa());
    Duration tolerance = p.getTolerance();
    if (tolerance == null || tolerance.isZero() || tolerance.isNegative()) {
      throw problem("ghl.webhooks.tolerance", "must be a positive duration", null);
    }
    b.tolerance(tolerance);
    DataSize max = p.getMaxBodySize();
    if (max == null || max.toBytes() < 1 || max.toBytes() > Integer.MAX_VALUE) {
      throw problem("ghl.webhooks.max-body-size", "must be at least 1B and at most 2147483647B (2GB less 1 byte)", null);
    }
    b.maxBodyBytes((int) max.toBytes());
    if (replayStore != null) {
      b.replayStore(replayStore);
    }
    try {
      return b.build();
    } catch (IllegalStateException e) {
      throw problem("ghl.webhooks.ed25519-public-keys",
          "must name at least one key when ghl.webhooks.legacy-rsa=false (nothing could verify a delivery)", e);
    }
  }

  private static GhlPropertyException problem(String property, String problem, Exception cause) {
    GhlPropertyException e = new GhlPropertyException(property, problem);
    if (cause != null) {
      e.initCause(cause);   // the key parser's messages name the kind of key, never the text
    }
    return e;
  }

  /** The {@code @GhlWebhook} controller parameter, in a servlet Spring MVC application. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = {"org.springframework.web.servlet.config.annotation.WebMvcConfigurer",
      "jakarta.servlet.http.HttpServletRequest"})
  static class WebMvcConfiguration {
    @Bean
    GhlWebhookWebMvcConfigurer ghlWebhookWebMvcConfigurer(ObjectProvider<WebhookVerifier> verifier) {
      verifier.getIfAvailable(); // two without a @Primary fail at startup, not at the first delivery
      return new GhlWebhookWebMvcConfigurer(verifier);
    }
  }
}
