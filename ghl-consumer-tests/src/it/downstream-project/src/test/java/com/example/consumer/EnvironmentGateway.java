package com.example.consumer;

import dev.pitkit.ghl.testkit.GhlMockExtension;
import java.net.URI;

/**
 * The mock gateway for the examples configured by {@code GhlClient.builder().fromEnv()}: it listens
 * on the port of {@code MATON_BASE_URL}, which the consumer-tests build sets to a port that was free.
 */
final class EnvironmentGateway {
  private EnvironmentGateway() {}

  static GhlMockExtension onMatonBaseUrlPort() {
    String baseUrl = System.getenv("MATON_BASE_URL");
    if (baseUrl == null || URI.create(baseUrl).getPort() <= 0) {
      throw new IllegalStateException("set MATON_BASE_URL to http://localhost:<free port> (ghl-consumer-tests/pom.xml "
          + "does so for the invoker builds), was " + baseUrl);
    }
    int port = URI.create(baseUrl).getPort();
    return GhlMockExtension.builder().configure(c -> c.port(port)).build();
  }
}
