/**
 * Spring Boot 3.5 and 4.0 auto-configuration of {@code GhlClient}: {@code ghl.*} properties
 * ({@link dev.pitkit.ghl.boot.GhlProperties}), Micrometer metrics and observations, the {@code ghl}
 * health indicator and a startup failure report naming a bad property.
 */
package dev.pitkit.ghl.boot;
