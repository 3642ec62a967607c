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
  /** A holder: SLF4J starts (a provider lookup) only when something is logged, not with the client. */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger("dev.pitkit.ghl.client.listener");
  }

  private final GhlCallListener listener;

  CallEvents(GhlCallListener listener) {
    this.listener = listener;
  }

  boolean enabled() {
    return listener != GhlCallListener.NONE;
  }

  /**
   * A call of {@code op} starts: asks the listener for the listener of this call
   * ({@link GhlCallListener#onStart}) and keeps it in {@code attempts}; the listener itself when that fails.
   */
  void callStarted(OperationInfo op, Attempts attempts) {
    GhlCall started = GhlCall.builder().operationId(op.operationId()).method(op.httpMethod()).path(op.path())
        .connectionKind(op.token().specValue()).duration(Duration.ZERO).build();
    attempts.listener(listener);
    deliver("the start of " + op.operationId(), () -> {
      GhlCallListener perCall = listener.onStart(started);
      attempts.listener(perCall != null ? perCall : listener);
    });
  }

  /**
   * A call of {@code op} that started at {@code startNanos} ended; {@code call} is null when it was
   * refused before it was routed (e.g. no connection configured).
   */
  void callEnded(OperationInfo op, Call call, Attempts attempts, long startNanos, GhlException error) {
    int status = error instanceof GhlApiException api ? api.status() : attempts.lastStatus();
    GhlCall event = GhlCall.builder().operationId(op.operationId()).method(op.httpMethod()).path(op.path())
        .connection(call != null ? call.connection() : null).connectionKind(op.token().specValue())
        .attempts(attempts.sent()).status(status)
        .duration(Duration.ofNanos(System.nanoTime() - startNanos))
        .rateLimitWait(Duration.ofNanos(attempts.rateLimitWaitNanos())).rateLimit(attempts.lastRateLimit())
        .error(error).build();
    GhlCallListener target = attempts.listener();
    deliver(op.operationId(), () -> target.onCall(event));
  }

  /** Attempt {@code attempt} of {@code call} failed with {@code status} (0: none) and waits {@code delay}. */
  void retrying(Call call, Attempts attempts, int attempt, int status, Duration delay) {
    if (!enabled()) {
      return;
    }
    GhlRetry retry = GhlRetry.builder().operationId(call.operation().operationId()).attempt(attempt).status(status)
        .delay(delay).build();
    GhlCallListener target = attempts.listener();
    deliver("a retry of " + retry.operationId(), () -> target.onRetry(retry));
  }

  /** Runs {@code event}; a listener failure is logged with {@code what} it was told about, never rethrown. */
  private void deliver(String what, Runnable event) {
    try {
      event.run();
    } catch (Throwable e) {
      listenerFailed(listener, what, e);
    }
  }

  /**
   * Logs that {@code listener} threw {@code e} on {@code what} (here and in {@link CompositeCallListener}).
   * An {@link Error} too (a {@code NoSuchMethodError} from a clash of metrics library versions, an
   * assertion) is the listener's failure, not the call's; only a {@link VirtualMachineError} (out of
   * memory, stack overflow), which leaves nothing safe to do, is rethrown.
   */
  static void listenerFailed(GhlCallListener listener, String what, Throwable e) {
    if (e instanceof VirtualMachineError fatal) {
      throw fatal;
    }
    Log.LOG.warn("GhlCallListener {} failed on {}: {}", listener.getClass().getName(), what, e.toString());
  }
}
