package dev.pitkit.ghl.client.error;

/**
 * A successful status came with a body that is not the documented JSON: empty, an HTML page,
 * or JSON of the wrong shape. Carries the status and the start of the body for diagnosis.
 */
public class GhlInvalidResponseException extends GhlException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String bodySnippet;

  /**
   * Creates the exception.
   * @param message what went wrong
   * @param status HTTP status
   * @param bodySnippet start of the body
   * @param cause the underlying failure, or null
   */
  public GhlInvalidResponseException(String message, int status, String bodySnippet, Throwable cause) {
    this(message, status, bodySnippet, cause, null);
  }

  /**
   * Creates the exception for a call of {@code operationId}.
   * @param message what went wrong
   * @param status HTTP status
   * @param bodySnippet start of the body
   * @param cause the underlying failure, or null
   * @param operationId the spec operationId of the call, or null
   */
  public GhlInvalidResponseException(String message, int status, String bodySnippet, Throwable cause,
      String operationId) {
    super(message, cause, operationId);
    this.status = status;
    this.bodySnippet = bodySnippet;
  }

  /** HTTP status of the response. */
  public int status() {
    return status;
  }

  /** The first characters of the body (at most 500), or empty. */
  public String bodySnippet() {
    return bodySnippet;
  }
}
