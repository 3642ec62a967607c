package dev.pitkit.ghl.client.error;

/**
 * The call was made on, or was still waiting in, a {@code GhlClient} that was closed: nothing was
 * sent (or sent again). A {@link GhlConfigurationException}, as it always was, made its own type so
 * that work stopped by a shutdown can be told from a misconfiguration.
 */
public class GhlClientClosedException extends GhlConfigurationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   * @param message what was refused
   */
  public GhlClientClosedException(String message) {
    super(message);
  }
}
