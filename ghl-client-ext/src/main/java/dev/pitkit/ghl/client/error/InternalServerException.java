package dev.pitkit.ghl.client.error;

/** 5xx: the gateway or GHL failed. */
public class InternalServerException extends GhlApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   * @param details what is known about the failed call
   */
  public InternalServerException(ErrorDetails details) {
    super(details);
  }
}
