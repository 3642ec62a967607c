package dev.pitkit.ghl.boot.test;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.testkit.GhlMockServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The README's application.properties (every value from an environment variable) on a machine
 * without those variables: the mock's test values stand in for the placeholders nothing resolves.
 */
@SpringBootTest(properties = {
    "ghl.api-key=${GHL_TEST_VARIABLE_NOBODY_SETS_1}",
    "ghl.connections.agency=${GHL_TEST_VARIABLE_NOBODY_SETS_2}",
    "ghl.connections.sub-account=${GHL_TEST_VARIABLE_NOBODY_SETS_3:}"})
@AutoConfigureGhlMock
class UnresolvedPlaceholdersTest {
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}

  @Autowired GhlClient ghl;
  @Autowired GhlMockServer gateway;

  @Test
  void theTestValuesStandInForPlaceholdersNothingResolves() {
    ghl.contacts().getContact("abc123");
    gateway.server().verify(getRequestedFor(urlPathEqualTo("/highlevel-pit/contacts/abc123"))
        .withHeader("Authorization", matching("Bearer " + AutoConfigureGhlMock.API_KEY))
        .withHeader("Maton-Connection", matching(AutoConfigureGhlMock.SUB_ACCOUNT_CONNECTION)));
    assertThat(ghl.toString()).doesNotContain("${");
  }
}
