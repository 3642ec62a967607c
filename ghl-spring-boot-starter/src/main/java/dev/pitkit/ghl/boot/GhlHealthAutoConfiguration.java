package dev.pitkit.ghl.boot;

import dev.pitkit.ghl.client.GhlClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code ghl} health indicator of the Maton connections, off unless {@code ghl.health.enabled=true}:
 * one configuration per Spring Boot line, each guarded by its line's {@code HealthIndicator} type
 * (Boot 3: {@code org.springframework.boot.actuate.health}; Boot 4:
 * {@code org.springframework.boot.health.contributor}, module spring-boot-health). Created for one
 * {@code GhlClient} bean (or a {@code @Primary} one among several).
 */
@AutoConfiguration(after = GhlAutoConfiguration.class)
@ConditionalOnSingleCandidate(GhlClient.class) // several clients, none primary: which one to check is the application's call
@ConditionalOnProperty(prefix = "ghl.health", name = "enabled", havingValue = "true")
public class GhlHealthAutoConfiguration {
  /** Created by Spring Boot. */
  public GhlHealthAutoConfiguration() {}

  /**
   * The checks, shared by the indicator.
   *
   * @param client the client
   * @param properties the properties
   * @return the checks
   */
  @Bean
  @ConditionalOnMissingBean
  public GhlConnectionsHealth ghlConnectionsHealth(GhlClient client, GhlProperties properties) {
    return GhlConnectionsHealth.of(client, properties);
  }

  /** Spring Boot 3. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
  static class Boot3 {
    @Bean(name = "ghlHealthIndicator")
    @ConditionalOnMissingBean(name = "ghlHealthIndicator")
    GhlHealthIndicator ghlHealthIndicator(GhlConnectionsHealth health) {
      return new GhlHealthIndicator(health);
    }
  }

  /** Spring Boot 4. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  static class Boot4 {
    @Bean(name = "ghlHealthIndicator")
    @ConditionalOnMissingBean(name = "ghlHealthIndicator")
    GhlBoot4HealthIndicator ghlHealthIndicator(GhlConnectionsHealth health) {
      return new GhlBoot4HealthIndicator(health);
    }
  }
}
