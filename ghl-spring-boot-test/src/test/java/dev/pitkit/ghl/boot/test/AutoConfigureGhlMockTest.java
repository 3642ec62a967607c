package dev.pitkit.ghl.boot.test;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitkit.ghl.boot.GhlHealthIndicator;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.micrometer.GhlMetrics;
import dev.pitkit.ghl.testkit.GhlMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;

/** The README's example: one annotation and the auto-configured client talks to the mock gateway. */
@SpringBootTest(properties = {"ghl.health.enabled=true", "ghl.connections.sub-account=conn_from_app_props"})
@AutoConfigureGhlMock
class AutoConfigureGhlMockTest {
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  @Autowired GhlClient ghl;
  @Autowired GhlMockServer gateway;
  @Autowired MeterRegistry registry;
  @Autowired GhlHealthIndicator health;

  @Test
  void theClientTalksToTheMockGateway() {
    assertThat(ghl.contacts().getContact("abc123").getContact()).isNotNull();
    gateway.server().verify(getRequestedFor(urlPathEqualTo("/highlevel-pit/contacts/abc123"))
        .withHeader("Authorization", matching("Bearer " + AutoConfigureGhlMock.API_KEY))
        .withHeader("Maton-Connection", matching("conn_from_app_props")));
  }

  @Test
  void stubsOfATestGoAwayWithResetToDefaultMappings() {
    gateway.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/highlevel-pit/contacts/abc123"))
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(404)
            .withHeader("Content-Type", "application/json").withBody("{\"statusCode\":404,\"message\":\"gone\"}")));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ghl.contacts().getContact("abc123"))
        .isInstanceOf(dev.pitkit.ghl.client.error.NotFoundException.class);
    gateway.server().resetToDefaultMappings();
    assertThat(ghl.contacts().getContact("abc123").getContact()).as("the spec's stub is back").isNotNull();
  }

  @Test
  void theTestkitHelpersWorkOnTheContextsGateway() {
    gateway.reset();
    gateway.operation("getContact").willReturnError(404);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ghl.contacts().getContact("abc123"))
        .isInstanceOf(dev.pitkit.ghl.client.error.NotFoundException.class);
    gateway.verify().called("getContact", 1).routing();
    gateway.reset();
    assertThat(ghl.contacts().getContact("abc123").getContact()).as("the spec's stub is back").isNotNull();
    assertThat(gateway.callCount("getContact")).isEqualTo(1);
  }

  @Test
  void callsAreMeasured() {
    ghl.contacts().getContact("abc123");
    assertThat(registry.get(GhlMetrics.CALLS).tag("operation", "getContact").timer().count()).isPositive();
  }

  @Test
  void theConnectionsAreHealthy() {
    assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
    assertThat(health.health().getDetails()).containsKeys("agency", "sub-account");
  }
}
