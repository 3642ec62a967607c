package dev.pitkit.ghl.client;

import java.time.Duration;

/**
 * An attempt that failed and is about to be retried, as a {@link GhlCallListener} sees it.
 *
 * @param operationId the spec's operationId
 * @param attempt the attempt that failed (1 for the first)
 * @param status its HTTP status (e.g. 429 or 503), or 0 when it failed without one (connection error)
 * @param delay how long the client waits before the next attempt
 */
public record GhlRetry(String operationId, int attempt, int status, Duration delay) {}
