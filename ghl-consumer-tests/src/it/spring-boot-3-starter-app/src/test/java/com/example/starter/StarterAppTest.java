package com.example.starter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitkit.ghl.boot.test.AutoConfigureGhlMock;
import dev.pitkit.ghl.client.GhlClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.test.context.SpringBootTest;

/** Spring Boot 3: the starter's client, metrics and health, against the mock gateway. */
@SpringBootTest
@AutoConfigureGhlMock
class StarterAppTest {
  @Autowired ContactNames names;
  @Autowired GhlClient ghl;
  @Autowired MeterRegistry meterRegistry;
  @Autowired HealthEndpoint healthEndpoint;

  @Test
  void runsOnBoot3() {
    assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
  }

  @Test
  void theAutoConfiguredClientAnswersFromTheMock() {
    assertThat(names.firstName("abc123")).isNotBlank();
    assertThat(ghl.toString()).doesNotContain(AutoConfigureGhlMock.API_KEY).doesNotContain(System.getenv("MATON_API_KEY"));
  }

  @Test
  void theMeterRegistryHasTheCallTimer() {
    names.firstName("abc123");
    Timer timer = meterRegistry.get("ghl.client.requests")
        .tags("operation", "getContact", "method", "GET", "outcome", "SUCCESS", "connection", "sub-account").timer();
    assertThat(timer.count()).isPositive();
  }

  @Test
  void healthReportsTheConnections() {
    HealthComponent ghlHealth = healthEndpoint.healthForPath("ghl");
    assertThat(ghlHealth).isNotNull();
    assertThat(ghlHealth.getStatus().getCode()).isEqualTo("UP");
    Map<String, Object> details = ((Health) ghlHealth).getDetails();
    assertThat(details).containsKeys("agency", "sub-account");
    assertThat(details.toString()).contains("conn_sub_account_test").contains("ACTIVE")
        .doesNotContain(System.getenv("MATON_API_KEY"));
  }
}
