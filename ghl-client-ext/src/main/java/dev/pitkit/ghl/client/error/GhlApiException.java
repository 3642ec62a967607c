package dev.pitkit.ghl.client.error;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway or GHL answered with an error status. Subclasses name the status; all carry the
 * parsed GHL error body, the request that failed and the connection it used.
 */
public abstract class GhlApiException extends GhlException {
  private static final long serialVersionUID = 1L;

  private final ErrorDetails details;

  /**
   * Creates the exception.
   * @param details what is known about the failed call
   */
  protected GhlApiException(ErrorDetails details) {
    super(details.describe(), null);
    this.details = details;
  }

  /** HTTP status code. */
  public int status() {
    return details.status();
  }

  /** GHL's {@code message}; an array of messages (422) is joined with "; ". */
  public String errorMessage() {
    return details.errorMessage();
  }

  /** Every message GHL sent: one for most errors, several for validation errors. */
  public List<String> errorMessages() {
    return details.errorMessages();
  }

  /** GHL's {@code error} field (e.g. "Unprocessable Entity"), if present. */
  public Optional<String> error() {
    return Optional.ofNullable(details.error());
  }

  /** GHL's {@code traceId} (body) or a request id header, if present. */
  public Optional<String> traceId() {
    return Optional.ofNullable(details.traceId());
  }

  /** HTTP method of the failed request. */
  public @Nullable String method() {
    return details.method();
  }

  /** Path of the failed request (without the query string, which may hold personal data). */
  public @Nullable String path() {
    return details.path();
  }

  /** The spec operationId of the failed call. */
  @Override
  public @Nullable String operationId() {
    return details.operationId();
  }

  /** The {@code Maton-Connection} the request used, if any. */
  public Optional<String> connection() {
    return Optional.ofNullable(details.connection());
  }

  /** Response headers (names lower-case). */
  public Map<String, List<String>> headers() {
    return details.headers();
  }

  /**
   * GHL's {@code meta} object, by field, each value as text; empty when there is none. A duplicate
   * contact's answer names the existing contact there: {@code meta().get("contactId")}.
   */
  public Map<String, String> meta() {
    return details.meta();
  }

  /** The raw response body (at most 8 KiB). */
  public @Nullable String body() {
    return details.body();
  }

  /** How many times the request was sent, counting retries. */
  public int attempts() {
    return details.attempts();
  }

  /** The troubleshooting hint added to the message, if one applies. */
  public Optional<String> hint() {
    return Optional.ofNullable(details.hint());
  }

  /** All of the above as one value. */
  public ErrorDetails details() {
    return details;
  }
}
