package dev.pitkit.ghl.client;

/**
 * Hooks for metrics and tracing: told about every call the facade makes ({@link #onCall}) and every
 * retry ({@link #onRetry}), for example to time calls per operation and outcome in Micrometer.
 * Called on the calling thread, after the fact, so keep it quick; threads calling at the same time
 * call it at the same time, so make it thread-safe (Micrometer meters are). Anything it throws, an
 * {@link Error} included, is logged (WARN, logger {@code dev.pitkit.ghl.client.listener}) and never
 * reaches the call; only a {@link VirtualMachineError} (out of memory) goes on.
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
   * One listener telling each of {@code listeners}, in order (for example metrics, an Observation and
   * an audit log). A listener that throws is logged and skipped; the others are still told. Each
   * one's {@link #onStart} is asked, so per-call listeners keep working inside the group.
   * {@link #NONE} entries are dropped; with none left the result is {@link #NONE}, with one it is
   * that listener.
   *
   * @param listeners the listeners, none null
   * @return a listener for {@link GhlClient.Builder#callListener}
   */
  static GhlCallListener composite(java.util.List<? extends GhlCallListener> listeners) {
    return dev.pitkit.ghl.client.internal.CompositeCallListener.of(listeners);
  }

  /**
   * A call ended: it returned, or threw (an error status, an I/O failure, an undecodable answer, or a
   * refusal before sending such as a validation error).
   *
   * @param call what happened
   */
  void onCall(GhlCall call);

  /**
   * A call starts (before it is routed, validated or sent), on the calling thread: the place to open
   * a tracing span or a Micrometer {@code Observation} that must enclose the call. Returns the
   * listener told about this call's retries and its end ({@link #onRetry}, {@link #onCall}): by
   * default this listener itself; a listener that keeps per-call state returns a new one for the
   * call. Not called at all while the client's listener is {@link #NONE}. A failure or a null
   * result leaves this listener in charge of the call.
   *
   * @param started the call as it starts: {@link GhlCall#operationId()}, {@link GhlCall#method()},
   *     {@link GhlCall#path()} and {@link GhlCall#connectionKind()} are set; attempts and status
   *     are 0, the duration zero, the connection and the error null
   * @return the listener of this call
   */
  default GhlCallListener onStart(GhlCall started) {
    return this;
  }

  /**
   * An attempt failed and the client is about to wait before the next one.
   *
   * @param retry the failed attempt and the wait
   */
  default void onRetry(GhlRetry retry) {}
}
