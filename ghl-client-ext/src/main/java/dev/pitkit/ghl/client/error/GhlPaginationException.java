package dev.pitkit.ghl.client.error;

/**
 * Auto-pagination stopped because the server's answers would not let it end or go on: its cursor
 * did not advance or came back, a page repeated the one before it, or its next-page values make an
 * invalid request.
 */
public class GhlPaginationException extends GhlException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   * @param message what went wrong
   */
  public GhlPaginationException(String message) {
    this(message, null);
  }

  /**
   * Creates the exception.
   * @param message what went wrong
   * @param cause the underlying failure, or null
   */
  public GhlPaginationException(String message, Throwable cause) {
    this(message, cause, null);
  }

  /**
   * Creates the exception for a walk over {@code operationId}.
   * @param message what went wrong
   * @param cause the underlying failure, or null
   * @param operationId the spec operationId of the paginated call, or null
   */
  public GhlPaginationException(String message, Throwable cause, String operationId) {
    super(message, cause, operationId);
  }
}
