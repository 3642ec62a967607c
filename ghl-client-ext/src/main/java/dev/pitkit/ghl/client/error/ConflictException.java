package dev.pitkit.ghl.client.error;

/** 409 Conflict. */
public class ConflictException extends GhlApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   * @param details what is known about the failed call
   */
  public ConflictException(ErrorDetails details) {
    super(details);
  }
}
