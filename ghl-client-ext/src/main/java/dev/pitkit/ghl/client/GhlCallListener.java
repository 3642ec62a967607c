package dev.pitkit.ghl.client;

/**
 * Hooks for metrics and tracing: told about every call the facade makes ({@link #onCall}) and every
 * retry ({@link #onRetry}), for example to time calls per operation and outcome in Micrometer.
 * Called on the calling thread, after the fact, so keep it quick; threads calling at the same time
 * call it at the same time, so make it thread-safe (Micrometer meters are). An exception it throws is
 * logged (WARN, logger {@code dev.pitkit.ghl.client.listener}) and never reaches the call.
 *
 * <p>Set with {@link GhlClient.Builder#callListener}; views ({@code withConnection},
 * {@code withOptions}) share it. Calls through {@link GhlFeign} take the same pipeline and have no
 * listener (GhlFeign's builder has no setter for one).
 */
@FunctionalInterface
public interface GhlCallListener {
  /** Listens to nothing: the default. */
  GhlCallListener NONE = call -> {};

  /**
   * A call ended: it returned, or threw (an error status, an I/O failure, an undecodable answer, or a
   * refusal before sending such as a validation error).
   *
   * @param call what happened
   */
  void onCall(GhlCall call);

  /**
   * An attempt failed and the client is about to wait before the next one.
   *
   * @param retry the failed attempt and the wait
   */
  default void onRetry(GhlRetry retry) {}
}
