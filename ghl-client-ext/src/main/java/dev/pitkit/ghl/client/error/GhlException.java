package dev.pitkit.ghl.client.error;

import jakarta.annotation.Nullable;

/**
 * Root of every exception the client throws. Unchecked, like the JDK's HTTP and most modern SDKs:
 * callers handle what they can at the level that can act, without {@code throws} clauses leaking
 * through every layer of their service.
 */
public abstract class GhlException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String operationId;

  /**
   * Creates the exception.
   * @param message what went wrong
   * @param cause the underlying failure, or null
   */
  protected GhlException(String message, Throwable cause) {
    this(message, cause, null);
  }

  /**
   * Creates the exception for a failure of a call of the spec operation {@code operationId}.
   * @param message what went wrong
   * @param cause the underlying failure, or null
   * @param operationId the spec operationId of the call, or null
   */
  protected GhlException(String message, Throwable cause, @Nullable String operationId) {
    super(message, cause);
    this.operationId = operationId;
  }

  /**
   * The spec operationId of the call that failed ({@code getContact}; a raw request's own name), or null
   * when the failure belongs to no call (a setting refused at {@code build()}, say).
   */
  public @Nullable String operationId() {
    return operationId;
  }
}
