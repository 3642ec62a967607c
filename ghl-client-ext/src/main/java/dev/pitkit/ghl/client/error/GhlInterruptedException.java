package dev.pitkit.ghl.client.error;

/**
 * The calling thread was interrupted while the client waited (retry backoff or rate limiter).
 * The thread's interrupt flag is set again before this is thrown.
 */
public class GhlInterruptedException extends GhlException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   * @param message what went wrong
   * @param cause the underlying failure, or null
   */
  public GhlInterruptedException(String message, InterruptedException cause) {
    this(message, cause, null);
  }

  /**
   * Creates the exception for a call of {@code operationId}.
   * @param message what went wrong
   * @param cause the underlying failure, or null
   * @param operationId the spec operationId of the call, or null
   */
  public GhlInterruptedException(String message, InterruptedException cause, String operationId) {
    super(message, cause, operationId);
  }
}
