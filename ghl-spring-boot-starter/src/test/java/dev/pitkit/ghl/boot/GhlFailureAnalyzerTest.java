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
  void aBadConnectionIdIsNamed() {
    FailureAnalysis a = analysisOf("ghl.api-key=" + FAKE_KEY, "ghl.connections.agency=conn\tagency");
    assertThat(a.getDescription()).contains("'ghl.connections.agency'");
  }

  @Test
  void aNegativeTimeoutIsNamed() {
    FailureAnalysis a = analysisOf("ghl.api-key=" + FAKE_KEY, "ghl.read-timeout=-5s");
    assertThat(a.getDescription()).contains("'ghl.read-timeout'").contains("must be a positive duration")
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
  void theAnalyzerIsRegisteredWithSpringBoot() throws Exception {
    String factories = new String(getClass().getResourceAsStream("/META-INF/spring.factories").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(factories).contains("org.springframework.boot.diagnostics.FailureAnalyzer")
        .contains(GhlFailureAnalyzer.class.getName());
  }
}
