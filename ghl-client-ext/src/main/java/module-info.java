/**
 * The facade over the generated GHL API: {@code GhlClient} (routing, validation, typed errors,
 * retries, rate limiting, pagination, raw requests for what the spec lacks) and {@code GhlFeign} (a
 * Feign builder wired for the gateway).
 *
 * <p>A modular application needs only {@code requires dev.pitkit.ghl.client;}: the generated
 * interfaces and models, Feign and the JDK HTTP client, which the public API mentions, are required
 * transitively. {@code dev.pitkit.ghl.client.internal} is not exported.
 */
module dev.pitkit.ghl.client {
  requires transitive dev.pitkit.ghl.generated;
  requires transitive feign.core;
  requires transitive java.net.http;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires feign.jackson;
  requires jakarta.validation;
  requires java.logging; // only to keep Hibernate Validator's version line off stderr (RequestValidator)
  requires org.hibernate.validator;
  requires org.slf4j;

  exports dev.pitkit.ghl.client;
  exports dev.pitkit.ghl.client.error;
  exports dev.pitkit.ghl.client.pagination;
  exports dev.pitkit.ghl.client.resilience;
}
