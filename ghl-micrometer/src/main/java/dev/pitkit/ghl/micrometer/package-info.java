/**
 * Micrometer metrics ({@link dev.pitkit.ghl.micrometer.GhlMetrics}) and observations
 * ({@link dev.pitkit.ghl.micrometer.GhlObservations}) for {@code GhlClient}, as
 * {@code GhlCallListener}s; no Spring needed (the Spring Boot starter wires both).
 */
package dev.pitkit.ghl.micrometer;
