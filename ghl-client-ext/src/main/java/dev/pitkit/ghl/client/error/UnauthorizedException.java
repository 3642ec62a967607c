package dev.pitkit.ghl.client.error;

/** 401 Unauthorized: invalid Maton API key, token not authorized for this scope, or token user type mismatch. */
public class UnauthorizedException extends GhlApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   * @param details what is known about the failed call
   */
  public UnauthorizedException(ErrorDetails details) {
    super(details);
  }
}
