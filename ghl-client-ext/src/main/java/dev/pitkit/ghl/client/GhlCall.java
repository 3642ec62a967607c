package dev.pitkit.ghl.client;

import dev.pitkit.ghl.client.error.GhlException;
import java.time.Duration;

/**
 * One call of a generated method through the facade, as a {@link GhlCallListener} sees it. No field
 * carries ids, query values or bodies, so all are safe as metric tags or span attributes.
 *
 * @param operationId the spec's operationId, e.g. {@code getContact}
 * @param method the HTTP method
 * @param path the spec's path template, e.g. {@code /highlevel-pit/contacts/{contactId}}
 * @param connection the {@code Maton-Connection} used, or null (Maton's own operations, or none chosen)
 * @param attempts HTTP attempts made; 0 when the call was refused before sending
 * @param status the last HTTP status received, or 0 when there was none
 * @param duration from the call to its end, waits for the rate limiter and retries included
 * @param error what the call threw, or null when it returned
 */
public record GhlCall(String operationId, String method, String path, String connection, int attempts, int status,
    Duration duration, GhlException error) {

  /** True when the call returned (no exception). */
  public boolean succeeded() {
    return error == null;
  }
}
