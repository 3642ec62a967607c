/**
 * Webhooks in Spring Boot: a {@code WebhookVerifier} bean from the {@code ghl.webhooks.*} properties
 * ({@link dev.pitkit.ghl.boot.webhooks.GhlWebhookProperties}) and, in a Spring MVC application, the
 * {@link dev.pitkit.ghl.boot.webhooks.GhlWebhook @GhlWebhook} controller parameter that receives a
 * verified, typed event. Active only with {@code ghl-webhooks} on the class path.
 */
package dev.pitkit.ghl.boot.webhooks;
