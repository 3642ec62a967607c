package dev.pitkit.ghl.client.error;

/** 404 Not Found. */
public class NotFoundException extends GhlApiException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(ErrorDetails details) {
    super(details);
  }
}
