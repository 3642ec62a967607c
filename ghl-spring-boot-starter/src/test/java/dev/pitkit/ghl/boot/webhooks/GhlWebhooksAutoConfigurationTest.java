package dev.pitkit.ghl.boot.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitkit.ghl.boot.GhlFailureAnalyzer;
import dev.pitkit.ghl.testkit.webhooks.GhlWebhookSigner;
import dev.pitkit.ghl.testkit.webhooks.SignedWebhook;
import dev.pitkit.ghl.webhooks.InMemoryWebhookReplayStore;
import dev.pitkit.ghl.webhooks.WebhookRejectedException;
import dev.pitkit.ghl.webhooks.WebhookRejectionReason;
import dev.pitkit.ghl.webhooks.WebhookReplayStore;
import dev.pitkit.ghl.webhooks.WebhookVerifier;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The verifier bean from ghl.webhooks.*, and where the auto-configuration steps aside. */
class GhlWebhooksAutoConfigurationTest {
  static final GhlWebhookSigner SIGNER = GhlWebhookSigner.withTestKeys();
  static final String PEM = GhlWebhookSigner.testEd25519PublicKeyPem();
  static final String BASE64 = PEM.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");

  private final WebApplicationContextRunner web = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(GhlWebhooksAutoConfiguration.class));
  private final ApplicationContextRunner plain = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(GhlWebhooksAutoConfiguration.class));

  @Test
  void aVerifierIsBuiltFromTheProperties() {
    web.withPropertyValues("ghl.webhooks.ed25519-public-keys=" + BASE64, "ghl.webhooks.legacy-rsa=false",
        "ghl.webhooks.tolerance=2m", "ghl.webhooks.max-body-size=64KB").run(ctx -> {
          assertThat(ctx).hasSingleBean(WebhookVerifier.class).hasSingleBean(GhlWebhookWebMvcConfigurer.class);
          WebhookVerifier verifier = ctx.getBean(WebhookVerifier.class);
          assertThat(verifier.toString()).contains("ed25519Keys=1").contains("legacyRsa=false")
              .contains("tolerance=PT2M").contains("maxBodyBytes=65536").doesNotContain(BASE64.substring(20));
          SignedWebhook delivery = SIGNER.example("ContactCreate");
          assertThat(verifier.verify(delivery.body(), delivery.headerLists()).type()).contains("ContactCreate");
        });
  }

  @Test
  void aPemKeyAndExtraRsaKeysAreAccepted() {
    web.withPropertyValues("ghl.webhooks.ed25519-public-keys[0]=" + PEM,
        "ghl.webhooks.rsa-public-keys[0]=" + GhlWebhookSigner.testRsaPublicKeyPem()).run(ctx -> {
          WebhookVerifier verifier = ctx.getBean(WebhookVerifier.class);
          assertThat(verifier.toString()).contains("ed25519Keys=1").contains("rsaKeys=2").contains("legacyRsa=true");
          SignedWebhook rsaOnly = SIGNER.schemes(dev.pitkit.ghl.webhooks.SignatureScheme.RSA_SHA256).example("ContactCreate");
          assertThat(verifier.verify(rsaOnly.body(), rsaOnly.headerLists()).verifiedWith())
              .contains(dev.pitkit.ghl.webhooks.SignatureScheme.RSA_SHA256);
        });
  }

  @Test
  void withoutKeysGhlsRsaKeyAloneVerifies() {
    plain.run(ctx -> {
      assertThat(ctx.getBean(WebhookVerifier.class).toString()).contains("ed25519Keys=0").contains("rsaKeys=1");
      SignedWebhook delivery = SIGNER.example("ContactCreate");
      WebhookVerifier verifier = ctx.getBean(WebhookVerifier.class);
      WebhookRejectedException e = org.junit.jupiter.api.Assertions.assertThrows(WebhookRejectedException.class,
          () -> verifier.verify(delivery.body(), delivery.headerLists()));
      assertThat(e.reason()).isEqualTo(WebhookRejectionReason.BAD_SIGNATURE);   // the test key is not GHL's
    });
  }

  @Test
  void theApplicationsOwnVerifierWins() {
    WebhookVerifier own = SIGNER.verifierBuilder().build();
    web.withBean("myVerifier", WebhookVerifier.class, () -> own).run(ctx -> {
      assertThat(ctx).hasSingleBean(WebhookVerifier.class).hasBean("myVerifier").doesNotHaveBean("ghlWebhookVerifier");
      assertThat(ctx).hasSingleBean(GhlWebhookWebMvcConfigurer.class);
    });
  }

  @Test
  void aReplayStoreBeanIsUsed() {
    AtomicInteger calls = new AtomicInteger();
    InMemoryWebhookReplayStore memory = new InMemoryWebhookReplayStore();
    WebhookReplayStore shared = (String id, Instant now, Instant until) -> {
      calls.incrementAndGet();
      return memory.markSeen(id, now, until);
    };
    plain.withPropertyValues("ghl.webhooks.ed25519-public-keys=" + BASE64)
        .withBean(WebhookReplayStore.class, () -> shared).run(ctx -> {
          SignedWebhook delivery = SIGNER.example("ContactCreate");
          ctx.getBean(WebhookVerifier.class).verify(delivery.body(), delivery.headerLists());
          assertThat(calls).hasValue(1);
        });
  }

  /**
   * Off: no verifier, but a @GhlWebhook parameter is still the starter's, refusing every delivery
   * (without it, Spring would bind the event class from the request's parameters, unverified).
   */
  @Test
  void switchedOffAWebhookParameterRefusesEveryDelivery() {
    web.withPropertyValues("ghl.webhooks.enabled=false").run(ctx -> {
      assertThat(ctx).hasNotFailed().doesNotHaveBean(WebhookVerifier.class).hasSingleBean(GhlWebhookWebMvcConfigurer.class);
      GhlWebhookArgumentResolver resolver = new GhlWebhookArgumentResolver(ctx.getBeanProvider(WebhookVerifier.class));
      org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest("POST", "/x");
      request.setParameter("id", "forged");
      org.springframework.web.server.ResponseStatusException e = org.junit.jupiter.api.Assertions.assertThrows(
          org.springframework.web.server.ResponseStatusException.class, () -> resolver.resolveArgument(null, null,
              new org.springframework.web.context.request.ServletWebRequest(request), null));
      assertThat(e.getStatusCode().value()).isEqualTo(503);
    });
  }

  /** Two replay stores or two verifiers, none primary: startup stops, rather than a shared check being dropped. */
  @Test
  void severalReplayStoresOrVerifiersWithoutAPrimaryStopStartup() {
    web.withBean("a", WebhookReplayStore.class, () -> (id, now, until) -> true)
        .withBean("b", WebhookReplayStore.class, () -> (id, now, until) -> true)
        .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause()
            .hasMessageContaining("WebhookReplayStore' available: expected single matching bean but found 2: a,b"));
    web.withBean("a", WebhookReplayStore.class, () -> (id, now, until) -> true, d -> d.setPrimary(true))
        .withBean("b", WebhookReplayStore.class, () -> (id, now, until) -> true)
        .run(ctx -> assertThat(ctx).hasNotFailed().hasSingleBean(WebhookVerifier.class));
    web.withBean("v1", WebhookVerifier.class, () -> WebhookVerifier.builder().build())
        .withBean("v2", WebhookVerifier.class, () -> WebhookVerifier.builder().build())
        .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause()
            .hasMessageContaining("WebhookVerifier' available: expected single matching bean but found 2: v1,v2"));
  }

  @Test
  void outsideAWebApplicationThereIsNoControllerParameter() {
    plain.run(ctx -> assertThat(ctx).hasSingleBean(WebhookVerifier.class).doesNotHaveBean(WebMvcConfigurer.class));
  }

  @Test
  void withoutSpringWebTheVerifierIsStillThere() {
    plain.withClassLoader(new FilteredClassLoader("org.springframework.web", "jakarta.servlet")).run(ctx -> {
      assertThat(ctx).hasNotFailed().hasSingleBean(WebhookVerifier.class).doesNotHaveBean(GhlWebhookWebMvcConfigurer.class);
    });
  }

  @Test
  void withoutGhlWebhooksTheAutoConfigurationBacksOff() {
    web.withClassLoader(new FilteredClassLoader("dev.pitkit.ghl.webhooks")).run(ctx -> {
      assertThat(ctx).hasNotFailed().doesNotHaveBean(GhlWebhookWebMvcConfigurer.class).doesNotHaveBean(GhlWebhookProperties.class);
    });
  }

  private FailureAnalysis analysisOf(String... properties) {
    FailureAnalysis[] analysis = new FailureAnalysis[1];
    plain.withPropertyValues(properties).run(ctx -> {
      assertThat(ctx).hasFailed();
      analysis[0] = new GhlFailureAnalyzer().analyze(ctx.getStartupFailure());
    });
    assertThat(analysis[0]).as("the analyzer recognises the failure").isNotNull();
    return analysis[0];
  }

  @Test
  void aBadKeyIsNamedWithoutItsValue() {
    String notAKey = "bm90LWEta2V5LXNlY3JldC00MjQy";   // base64 of not-a-key-secret-4242
    FailureAnalysis a = analysisOf("ghl.webhooks.ed25519-public-keys=" + BASE64 + "," + notAKey);
    assertThat(a.getDescription()).contains("'ghl.webhooks.ed25519-public-keys[1]'").contains("not an Ed25519 public key")
        .doesNotContain(notAKey).doesNotContain(BASE64);
    assertThat(a.getAction()).contains("WebhookVerifier").doesNotContain(notAKey);
    assertThat(a.getCause().getMessage()).doesNotContain(notAKey);
  }

  @Test
  void anRsaKeyGivenAsEd25519IsNamed() {
    FailureAnalysis a = analysisOf("ghl.webhooks.rsa-public-keys=" + BASE64);
    assertThat(a.getDescription()).contains("'ghl.webhooks.rsa-public-keys[0]'").doesNotContain(BASE64);
  }

  @Test
  void noKeyAtAllIsNamed() {
    FailureAnalysis a = analysisOf("ghl.webhooks.legacy-rsa=false");
    assertThat(a.getDescription()).contains("'ghl.webhooks.ed25519-public-keys'").contains("legacy-rsa=false");
  }

  @Test
  void aBadToleranceOrSizeIsNamed() {
    assertThat(analysisOf("ghl.webhooks.tolerance=0s").getDescription()).contains("'ghl.webhooks.tolerance'");
    assertThat(analysisOf("ghl.webhooks.max-body-size=0B").getDescription()).contains("'ghl.webhooks.max-body-size'");
  }

  @Test
  void everyReasonHasTheReadmesStatus() {
    assertThat(GhlWebhookRejectionResolver.status(WebhookRejectionReason.NO_SIGNATURE)).isEqualTo(401);
    assertThat(GhlWebhookRejectionResolver.status(WebhookRejectionReason.BAD_SIGNATURE)).isEqualTo(401);
    assertThat(GhlWebhookRejectionResolver.status(WebhookRejectionReason.TOO_LARGE)).isEqualTo(413);
    assertThat(GhlWebhookRejectionResolver.status(WebhookRejectionReason.DUPLICATE)).isEqualTo(200);
    for (WebhookRejectionReason r : new WebhookRejectionReason[] {WebhookRejectionReason.MALFORMED_JSON,
        WebhookRejectionReason.NO_TIMESTAMP, WebhookRejectionReason.STALE, WebhookRejectionReason.NO_WEBHOOK_ID}) {
      assertThat(GhlWebhookRejectionResolver.status(r)).isEqualTo(400);
    }
  }
}
