package dev.pitkit.ghl.boot;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code ghl} health indicator on Spring Boot 4, where the health API moved to
 * {@code org.springframework.boot.health.contributor} (see {@link GhlConnectionsHealth}).
 */
public final class GhlBoot4HealthIndicator implements HealthIndicator {
  private final GhlConnectionsHealth health;

  /** @param health the checks */
  public GhlBoot4HealthIndicator(GhlConnectionsHealth health) {
    this.health = health;
  }

  @Override
  public Health health() {
    GhlConnectionsHealth.Result r = health.check();
    return Health.status(r.status()).withDetails(r.details()).build();
  }
}
