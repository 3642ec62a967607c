package dev.pitkit.ghl.client.error;

/** Auto-pagination stopped because the server's cursor did not advance (it would loop forever). */
public class GhlPaginationException extends GhlException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   * @param message what went wrong
   */
  public GhlPaginationException(String message) {
    super(message, null);
  }
}
