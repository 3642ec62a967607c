package dev.pitkit.ghl.client.error;

/** 422 Unprocessable Entity: GHL rejected the request's fields. */
public class UnprocessableEntityException extends GhlApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   * @param details what is known about the failed call
   */
  public UnprocessableEntityException(ErrorDetails details) {
    super(details);
  }
}
