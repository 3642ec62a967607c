package dev.pitkit.ghl.client.error;

/** The client was configured wrongly (builder input, or a connection an operation needs is missing). */
public class GhlConfigurationException extends GhlException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   * @param message what went wrong
   */
  public GhlConfigurationException(String message) {
    super(message, null);
  }
}
