package dev.pitkit.ghl.boot;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** The {@code ghl} health indicator on Spring Boot 3 (see {@link GhlConnectionsHealth} for what it reports). */
public final class GhlHealthIndicator implements HealthIndicator {
  private final GhlConnectionsHealth health;

  /** @param health the checks */
  public GhlHealthIndicator(GhlConnectionsHealth health) {
    this.health = health;
  }

  @Override
  public Health health() {
    GhlConnectionsHealth.Result r = health.check();
    return Health.status(r.status()).withDetails(r.details()).build();
  }
}
