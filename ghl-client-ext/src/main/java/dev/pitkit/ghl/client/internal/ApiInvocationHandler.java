package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.RequestOptions;
import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.client.error.GhlException;
import dev.pitkit.ghl.client.error.GhlInvalidResponseException;
import dev.pitkit.ghl.client.error.GhlIoException;
import dev.pitkit.ghl.client.error.GhlValidationException;
import feign.FeignException;
import feign.RetryableException;
import feign.codec.EncodeException;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

/**
 * What users call: the proxy of one generated interface. Per call it validates, picks the
 * connection and {@code Version} from the method's {@code @GhlOperation}, sends the request with
 * that context, and makes sure only {@link GhlException}s come out. The request is built from the
 * method's {@link RequestPlan} by {@link RequestExecutor}; a method without a plan goes through the
 * interface's Feign target.
 */
final class ApiInvocationHandler implements InvocationHandler {
  private static final Object[] NO_ARGS = {};
  private final Class<?> api;
  private final ClientCore core;
  private final RequestOptions options;

  ApiInvocationHandler(Class<?> api, ClientCore core, RequestOptions options) {
    this.api = api;
    this.core = core;
    this.options = options;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "toString" -> api.getSimpleName() + "(" + core.describe(options) + ")";
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == args[0];
        default -> method.invoke(this, args);
      };
    }
    OperationInfo op = OperationInfo.of(method);
    if (op == null) {
      return invokeTarget(method, args);
    }
    CallEvents events = core.events();
    if (!events.enabled()) {
      return call(proxy, method, args, op, null);
    }
    long start = System.nanoTime();
    CallContext[] used = new CallContext[1];
    try {
      Object result = call(proxy, method, args, op, used);
      events.callEnded(op, used[0], start, null);
      return result;
    } catch (GhlException e) {
      events.callEnded(op, used[0], start, e);
      throw e;
    }
  }

  /**
   * Routes, validates and sends one call; {@code used[0]} (when {@code used} is not null) receives
   * its context as soon as the connection is known, for the call event.
   */
  private Object call(Object proxy, Method method, Object[] args, OperationInfo op, CallContext[] used) {
    String connection = connectionFor(op);
    String version = op.hasVersion() ? core.versionFor(op) : null;
    RequestPlan plan = core.plan(api, method);
    CallContext ctx = new CallContext(op, connection, version, core.retryPolicy(options), options.timeout(),
        plan != null ? plan.configKey : feign.Feign.configKey(api, method));
    if (used != null) {
      used[0] = ctx;
    }
    core.validator().validate(proxy, method, args, op);
    CallContext previous = CallContext.current();
    CallContext.set(ctx);
    try {
      return plan != null ? core.executor().execute(plan, args != null ? args : NO_ARGS, ctx) : invokeTarget(method, args);
    } finally {
      if (previous == null) {
        CallContext.clear();
      } else {
        CallContext.set(previous);
      }
    }
  }

  private Object invokeTarget(Method method, Object[] args) {
    try {
      return method.invoke(core.feignTarget(api), args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof EncodeException ee) {
        OperationInfo op = OperationInfo.of(method);
        throw unwritableBody(op != null ? op.operationId() : method.getName(), ee);
      }
      throw translate(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private String connectionFor(OperationInfo op) {
    if (op.token() == TokenType.MATON) {
      return null;
    }
    if (options.connection() != null) {
      return options.connection();
    }
    String c = op.token().connection(core.agencyConnection(), core.subAccountConnection());
    if (c == null) {
      boolean agency = op.token() == TokenType.AGENCY;
      throw new GhlConfigurationException(op.token().missingConnection(op.operationId())
          + " but none is configured: set GhlClient.builder()."
          + (agency ? "agencyConnection" : "subAccountConnection") + "(...) or the environment variable "
          + (agency ? "GHL_AGENCY_CONNECTION" : "GHL_SUB_ACCOUNT_CONNECTION") + ", or call withConnection(...)");
    }
    return c;
  }

  /**
   * The body could not be written as JSON (e.g. an unserializable custom field value): a
   * validation failure, since nothing was sent.
   */
  static GhlValidationException unwritableBody(String operationId, Exception cause) {
    return new GhlValidationException(operationId, List.of(
        new GhlValidationException.Violation("body", "cannot be written as JSON: " + firstLine(cause.getMessage()))));
  }

  /** The first line of a (possibly multi-line) exception message, or empty. */
  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Only the library's own exceptions reach users. */
  static RuntimeException translate(Throwable t) {
    if (t instanceof GhlException g) {
      return g;
    }
    if (t instanceof FeignException fe && fe.getCause() instanceof GhlException g) {
      return g;
    }
    if (t instanceof RetryableException re) {
      return new GhlIoException("request failed: " + re.getClass().getSimpleName(), 1, re.getCause());
    }
    if (t instanceof FeignException fe) {
      // never hand out the FeignException itself, not even as a cause: it holds the request, headers included
      if (fe.getCause() instanceof IOException io) {
        return new GhlIoException("reading the response failed: " + io.getClass().getSimpleName(), 1, io);
      }
      return new GhlInvalidResponseException("unexpected response: " + fe.getClass().getSimpleName(), fe.status(), "",
          fe.getCause());
    }
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new GhlIoException("request failed: " + t, 1, t);
  }
}
