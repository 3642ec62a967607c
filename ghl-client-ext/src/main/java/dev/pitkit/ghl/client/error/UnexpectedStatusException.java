package dev.pitkit.ghl.client.error;

/** any other error status. */
public class UnexpectedStatusException extends GhlApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   * @param details what is known about the failed call
   */
  public UnexpectedStatusException(ErrorDetails details) {
    super(details);
  }
}
