package com.example.starter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.micrometer.GhlMetrics;
import dev.pitkit.ghl.testkit.GhlMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's example of ghl-micrometer without Spring (a plain JUnit test, no application context). */
class PlainMicrometerTest {
  @Test
  void metricsWithoutSpring() {
    try (GhlMockServer gateway = GhlMockServer.start(0)) {
      MeterRegistry registry = new SimpleMeterRegistry();
      Map<String, String> env = Map.of("MATON_API_KEY", "test_maton_key_not_secret",
          "GHL_SUB_ACCOUNT_CONNECTION", "conn_sub_account_test", "MATON_BASE_URL", gateway.baseUrl());
      GhlMetrics metrics = GhlMetrics.builder().build();
      metrics.bindTo(registry);
      GhlClient ghl = GhlClient.builder().fromEnv(env).callListener(metrics).build();
      ghl.contacts().getContact("abc123");
      assertThat(registry.get("ghl.client.requests").tag("operation", "getContact").timer().count()).isEqualTo(1);
    }
  }
}
