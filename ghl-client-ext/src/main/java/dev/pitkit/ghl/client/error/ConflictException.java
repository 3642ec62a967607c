package dev.pitkit.ghl.client.error;

/** 409 Conflict. */
public class ConflictException extends GhlApiException {
  private static final long serialVersionUID = 1L;

  public ConflictException(ErrorDetails details) {
    super(details);
  }
}
