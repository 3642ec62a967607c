/**
 * Testing webhook handlers without GHL: {@link dev.pitkit.ghl.testkit.webhooks.GhlWebhookSigner}
 * signs GHL's documented example of any event type with test-only keys (both schemes) and posts it
 * to your endpoint; {@link dev.pitkit.ghl.testkit.webhooks.GhlWebhookSigner#verifierBuilder()} is a
 * verifier that trusts those keys.
 */
package dev.pitkit.ghl.testkit.webhooks;
