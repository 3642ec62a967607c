package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.resilience.RetryPolicy;
import java.time.Duration;

/**
 * What is decided about one call before anything is sent, handed down the pipeline explicitly and
 * never changed: its operation, the key tagging its wire log lines (Feign's config key, e.g.
 * {@code ContactsApi#getContact(String)}), the {@code Maton-Connection} (null for Maton's own
 * operations) and GHL {@code Version} (null for none) it is routed with, its retry policy, and the
 * bound of each attempt's whole response (null for the client's read timeout).
 */
record Call(OperationInfo operation, String logKey, String connection, String version, RetryPolicy retryPolicy,
    Duration timeout) {}
