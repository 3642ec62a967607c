package dev.pitkit.ghl.client.error;

/** 400 Bad Request: invalid parameters or body. */
public class BadRequestException extends GhlApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   * @param details what is known about the failed call
   */
  public BadRequestException(ErrorDetails details) {
    super(details);
  }
}
