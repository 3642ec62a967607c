package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.resilience.RetryPolicy;
import java.time.Duration;

/**
 * What the Feign pipeline (interceptor, client, error decoder) needs to know about the call in
 * progress on this thread. Set by {@link ApiInvocationHandler} around one synchronous Feign call
 * and cleared in {@code finally}; never visible to users.
 */
final class CallContext {
  private static final ThreadLocal<CallContext> CURRENT = new ThreadLocal<>();

  final OperationInfo operation;
  final String connection;
  final String version;
  final RetryPolicy retryPolicy;
  final Duration timeout;
  /** Feign's config key of the method ({@code ContactsApi#getContact(String)}), tagging wire log lines; null: no log. */
  final String logKey;
  /** HTTP attempts made so far (set by {@link ResilientClient}). */
  int attempts;
  /** The last HTTP status received, 0 before any (set by {@link ResilientClient}). */
  int status;

  CallContext(OperationInfo operation, String connection, String version, RetryPolicy retryPolicy, Duration timeout,
      String logKey) {
    this.operation = operation;
    this.connection = connection;
    this.version = version;
    this.retryPolicy = retryPolicy;
    this.timeout = timeout;
    this.logKey = logKey;
  }

  static CallContext current() {
    return CURRENT.get();
  }

  static void set(CallContext ctx) {
    CURRENT.set(ctx);
  }

  static void clear() {
    CURRENT.remove();
  }
}
