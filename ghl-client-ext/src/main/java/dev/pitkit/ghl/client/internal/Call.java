package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.resilience.RetryPolicy;
import java.time.Duration;

/**
 * What is decided about one call before anything is sent, handed down the pipeline explicitly and
 * never changed: its operation, the connection and {@code Version} it is routed with, its retry
 * policy and timeout.
 *
 * @param operation the spec's operation
 * @param logKey Feign's config key of the method ({@code ContactsApi#getContact(String)}), tagging wire log lines
 * @param connection the {@code Maton-Connection}, or null for Maton's own operations
 * @param version the GHL {@code Version}, or null for none
 * @param retryPolicy when to retry and how long to wait
 * @param timeout bound of each attempt's whole response, or null for the client's read timeout
 */
record Call(OperationInfo operation, String logKey, String connection, String version, RetryPolicy retryPolicy,
    Duration timeout) {}
