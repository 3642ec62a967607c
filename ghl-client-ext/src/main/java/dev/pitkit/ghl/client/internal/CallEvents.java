package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.GhlCall;
import dev.pitkit.ghl.client.GhlCallListener;
import dev.pitkit.ghl.client.GhlRetry;
import dev.pitkit.ghl.client.error.GhlApiException;
import dev.pitkit.ghl.client.error.GhlException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands call and retry events to the user's {@link GhlCallListener}, shielding the call from it: an
 * exception the listener throws is logged, never propagated. With the default listener
 * ({@link #enabled()} false) callers skip the timing and the event objects altogether.
 */
final class CallEvents {
  private static final Logger LOG = LoggerFactory.getLogger("dev.pitkit.ghl.client.listener");

  private final GhlCallListener listener;

  CallEvents(GhlCallListener listener) {
    this.listener = listener;
  }

  boolean enabled() {
    return listener != GhlCallListener.NONE;
  }

  /**
   * A call of {@code op} that started at {@code startNanos} ended; {@code ctx} is null when it was
   * refused before its context existed (e.g. no connection configured).
   */
  void callEnded(OperationInfo op, CallContext ctx, long startNanos, GhlException error) {
    int status = error instanceof GhlApiException api ? api.status() : ctx != null ? ctx.status : 0;
    GhlCall call = new GhlCall(op.operationId(), op.httpMethod(), op.path(), ctx != null ? ctx.connection : null,
        ctx != null ? ctx.attempts : 0, status, Duration.ofNanos(System.nanoTime() - startNanos), error);
    deliver(op.operationId(), () -> listener.onCall(call));
  }

  /** Attempt {@code attempt} of the call in {@code ctx} failed with {@code status} (0: none) and waits {@code delay}. */
  void retrying(CallContext ctx, int attempt, int status, Duration delay) {
    if (!enabled() || ctx == null) {
      return;
    }
    GhlRetry retry = new GhlRetry(ctx.operation.operationId(), attempt, status, delay);
    deliver("a retry of " + retry.operationId(), () -> listener.onRetry(retry));
  }

  /** Runs {@code event}; a listener failure is logged with {@code what} it was told about, never rethrown. */
  private void deliver(String what, Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      LOG.warn("GhlCallListener {} failed on {}: {}", listener.getClass().getName(), what, e.toString());
    }
  }
}
