package dev.pitkit.ghl.client.error;

/** 5xx: the gateway or GHL failed. */
public class InternalServerException extends GhlApiException {
  private static final long serialVersionUID = 1L;

  public InternalServerException(ErrorDetails details) {
    super(details);
  }
}
