package dev.pitkit.ghl.client.error;

/** 403 Forbidden: the token has no access to this location. */
public class PermissionDeniedException extends GhlApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   * @param details what is known about the failed call
   */
  public PermissionDeniedException(ErrorDetails details) {
    super(details);
  }
}
