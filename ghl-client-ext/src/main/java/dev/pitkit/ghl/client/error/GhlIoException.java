package dev.pitkit.ghl.client.error;

/**
 * The gateway could not be reached or did not answer in time (after any retries), or a plug-in on
 * the way failed: a custom {@code transport}, {@code rateLimiter} or {@code sleeper} threw an
 * unchecked exception of its own (its cause).
 */
public class GhlIoException extends GhlException {
  private static final long serialVersionUID = 1L;
  private final int attempts;

  /**
   * Creates the exception.
   * @param message what went wrong
   * @param attempts how many times the request was sent
   * @param cause the underlying failure, or null
   */
  public GhlIoException(String message, int attempts, Throwable cause) {
    this(message, attempts, cause, null);
  }

  /**
   * Creates the exception for a call of {@code operationId}.
   * @param message what went wrong
   * @param attempts how many times the request was sent
   * @param cause the underlying failure, or null
   * @param operationId the spec operationId of the call, or null
   */
  public GhlIoException(String message, int attempts, Throwable cause, String operationId) {
    super(message + (attempts > 1 ? " (after " + attempts + " attempts)" : ""), cause, operationId);
    this.attempts = attempts;
  }

  /** How many times the request was sent. */
  public int attempts() {
    return attempts;
  }
}
