package dev.pitkit.ghl.client.error;

/**
 * Root of every exception the client throws. Unchecked, like the JDK's HTTP and most modern SDKs:
 * callers handle what they can at the level that can act, without {@code throws} clauses leaking
 * through every layer of their service.
 */
public abstract class GhlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   * @param message what went wrong
   * @param cause the underlying failure, or null
   */
  protected GhlException(String message, Throwable cause) {
    super(message, cause);
  }
}
