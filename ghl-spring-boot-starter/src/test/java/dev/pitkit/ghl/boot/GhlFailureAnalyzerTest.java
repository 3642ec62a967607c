package dev.pitkit.ghl.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Startup fails with a report that names the bad property and never shows its value. */
class GhlFailureAnalyzerTest {
  private static final String FAKE_KEY = "sk_FAKE_key_must_never_show_4242";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(GhlAutoConfiguration.class, GhlHealthAutoConfiguration.class));

  private FailureAnalysis analysisOf(String... properties) {
    FailureAnalysis[] analysis = new FailureAnalysis[1];
    runner.withPropertyValues(properties).run(ctx -> {
      assertThat(ctx).hasFailed();
      analysis[0] = new GhlFailureAnalyzer().analyze(ctx.getStartupFailure());
    });
    assertThat(analysis[0]).as("the analyzer recognises the failure").isNotNull();
    return analysis[0];
  }

  @Test
  void aMissingApiKeyIsNamed() {
    FailureAnalysis a = analysisOf("ghl.connections.sub-account=conn_sub");
    assertThat(a.getDescription()).contains("'ghl.api-key'").contains("is required");
    assertThat(a.getAction()).contains("ghl.api-key");
  }

  @Test
  void aBadApiKeyIsNamedWithoutItsValue() {
    FailureAnalysis a = analysisOf("ghl.api-key=" + FAKE_KEY + " with a space");
    assertThat(a.getDescription()).contains("'ghl.api-key'").contains("must not contain whitespace")
        .doesNotContain("FAKE").doesNotContain("4242");
    assertThat(a.getAction()).doesNotContain("FAKE");
    assertThat(a.getCause().getMessage()).doesNotContain("FAKE");
  }

  @Test
  void aPlainHttpRemoteBaseUrlIsNamedWithoutItsValue() {
    FailureAnalysis a = analysisOf("ghl.api-key=" + FAKE_KEY, "ghl.base-url=http://gateway.internal.example:8080");
    assertThat(a.getDescription()).contains("'ghl.base-url'").contains("must use https")
        .doesNotContain("gateway.internal.example").doesNotContain("FAKE");
  }

  @Test
  void aBadHealthSettingIsTheHealthIndicatorsWithAnActionThatHelps() {
    FailureAnalysis a = analysisOf("ghl.api-key=" + FAKE_KEY, "ghl.health.enabled=true", "ghl.health.timeout=0");
    assertThat(a.getDescription()).contains("GHL health indicator").contains("'ghl.health.timeout'");
    assertThat(a.getAction()).contains("ghl.health.enabled=false").doesNotContain("GhlClient bean");
  }

  @Test
  void aBadConnectionIdIsNamed() {
    FailureAnalysis a = analysisOf("ghl.api-key=" + FAKE_KEY, "ghl.connections.agency=conn\tagency");
    assertThat(a.getDescription()).contains("'ghl.connections.agency'");
  }

  @Test
  void anEmptyMaxResponseSizeIsNamed() {
    FailureAnalysis a = analysisOf("ghl.api-key=" + FAKE_KEY, "ghl.max-response-size=0B");
    assertThat(a.getDescription()).contains("'ghl.max-response-size'").contains("must be at least 1");
  }

  @Test
  void aNegativeTimeoutIsNamed() {
    FailureAnalysis a = analysisOf("ghl.api-key=" + FAKE_KEY, "ghl.read-timeout=-5s");
    assertThat(a.getDescription()).contains("'ghl.read-timeout'").contains("must be at least 1 ms")
        .doesNotContain("-5").doesNotContain("PT");
  }

  @Test
  void badHealthDurationsAreNamed() {
    for (String timeout : new String[] {"0s", "-1s", "30d"}) {
      FailureAnalysis a = analysisOf("ghl.api-key=" + FAKE_KEY, "ghl.health.enabled=true", "ghl.health.timeout=" + timeout);
      assertThat(a.getDescription()).as(timeout).contains("'ghl.health.timeout'").doesNotContain("PT");
    }
    FailureAnalysis a = analysisOf("ghl.api-key=" + FAKE_KEY, "ghl.health.enabled=true", "ghl.health.cache-ttl=-1s");
    assertThat(a.getDescription()).contains("'ghl.health.cache-ttl'").contains("must be zero");
  }

  @Test
  void aPlaceholderNothingResolvesIsSaidSo() {
    FailureAnalysis a = analysisOf("ghl.api-key=${GHL_TEST_VARIABLE_NOBODY_SETS}");
    assertThat(a.getDescription()).contains("'ghl.api-key' is a placeholder nothing resolves (${GHL_TEST_VARIABLE_NOBODY_SETS}):"
        + " set GHL_TEST_VARIABLE_NOBODY_SETS in the environment");
    assertThat(a.getAction()).contains("Set the environment variable or property the placeholder names");
    a = analysisOf("ghl.api-key=" + FAKE_KEY, "ghl.connections.agency=${GHL_TEST_VARIABLE_NOBODY_SETS}");
    assertThat(a.getDescription()).contains("'ghl.connections.agency' is a placeholder nothing resolves");
  }

  @Test
  void aCustomizersValueIsNotBlamedOnAProperty() {
    runner.withPropertyValues("ghl.api-key=" + FAKE_KEY)
        .withBean(GhlClientBuilderCustomizer.class, () -> b -> b.apiKey("a key with a space " + FAKE_KEY))
        .run(ctx -> {
          assertThat(ctx).hasFailed();
          Throwable failure = ctx.getStartupFailure();
          assertThat(new GhlFailureAnalyzer().analyze(failure)).as("no property report").isNull();
          assertThat(failure).rootCause().isInstanceOf(dev.pitkit.ghl.client.error.GhlConfigurationException.class)
              .hasMessageContaining("apiKey must not contain whitespace").hasMessageNotContaining("FAKE");
        });
    // the setter's own refusal, inside the customizer
    runner.withPropertyValues("ghl.api-key=" + FAKE_KEY)
        .withBean(GhlClientBuilderCustomizer.class, () -> b -> b.maxRetries(-1))
        .run(ctx -> {
          assertThat(ctx).hasFailed();
          assertThat(new GhlFailureAnalyzer().analyze(ctx.getStartupFailure())).isNull();
          assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("maxRetries");
        });
    // a bad property is still the property's, customizers or not
    FailureAnalysis[] a = new FailureAnalysis[1];
    runner.withPropertyValues("ghl.api-key=" + FAKE_KEY, "ghl.base-url=http://gateway.internal.example:8080")
        .withBean(GhlClientBuilderCustomizer.class, () -> b -> b.maxRetries(1))
        .run(ctx -> a[0] = new GhlFailureAnalyzer().analyze(ctx.getStartupFailure()));
    assertThat(a[0].getDescription()).contains("'ghl.base-url'").contains("must use https");
    // and a key only a customizer gives is no missing property
    runner.withBean(GhlClientBuilderCustomizer.class, () -> b -> b.apiKey(FAKE_KEY))
        .run(ctx -> assertThat(ctx).hasNotFailed().hasSingleBean(dev.pitkit.ghl.client.GhlClient.class));
  }

  @Test
  void theAnalyzerIsRegisteredWithSpringBoot() throws Exception {
    String factories = new String(getClass().getResourceAsStream("/META-INF/spring.factories").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(factories).contains("org.springframework.boot.diagnostics.FailureAnalyzer")
        .contains(GhlFailureAnalyzer.class.getName());
  }
}
