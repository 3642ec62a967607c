package dev.pitkit.ghl.client.error;

/** any other error status. */
public class UnexpectedStatusException extends GhlApiException {
  private static final long serialVersionUID = 1L;

  public UnexpectedStatusException(ErrorDetails details) {
    super(details);
  }
}
