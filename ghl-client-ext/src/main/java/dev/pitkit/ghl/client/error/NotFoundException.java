package dev.pitkit.ghl.client.error;

/** 404 Not Found. */
public class NotFoundException extends GhlApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   * @param details what is known about the failed call
   */
  public NotFoundException(ErrorDetails details) {
    super(details);
  }
}
