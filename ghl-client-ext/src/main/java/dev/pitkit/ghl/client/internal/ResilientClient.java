package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.error.GhlInterruptedException;
import dev.pitkit.ghl.client.error.GhlIoException;
import dev.pitkit.ghl.client.resilience.RateLimitInfo;
import dev.pitkit.ghl.client.resilience.RateLimiter;
import dev.pitkit.ghl.client.resilience.RetryPolicy;
import dev.pitkit.ghl.client.resilience.Sleeper;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transport with retries and rate limiting around it. Feign's own retryer is off
 * ({@code Retryer.NEVER_RETRY}); doing it here sees the real status and headers of each attempt,
 * so POST safety, {@code Retry-After} and GHL's rate limit headers can all be honoured.
 *
 * <p>Per attempt: wait for the rate limiter (keyed by the call's {@code Maton-Connection}), send,
 * feed the response's rate limit headers back to the limiter with the attempt's permit (so it can
 * count the request at its response time, as the server does at arrival), and decide with the call's
 * {@link RetryPolicy} whether to wait and send again. The last response, retryable or not, goes
 * back to Feign, whose error decoder turns it into the typed exception carrying the attempt count
 * ({@link CallContext#attempts}). All waiting goes through the injected {@link Sleeper}; an
 * interrupt ends it at once with {@link GhlInterruptedException} and the flag set again.
 */
final class ResilientClient implements Client {
  private static final Logger LOG = LoggerFactory.getLogger("dev.pitkit.ghl.client.retry");

  private final Client delegate;
  private final RateLimiter limiter;
  private final Sleeper sleeper;
  private final Clock clock;
  private final RetryPolicy defaultPolicy;
  private final CallEvents events;

  ResilientClient(Client delegate, RateLimiter limiter, Sleeper sleeper, Clock clock, RetryPolicy defaultPolicy,
      CallEvents events) {
    this.delegate = delegate;
    this.limiter = limiter;
    this.sleeper = sleeper;
    this.clock = clock;
    this.defaultPolicy = defaultPolicy;
    this.events = events;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    CallContext ctx = CallContext.current();
    RetryPolicy policy = ctx != null ? ctx.retryPolicy : defaultPolicy;
    String key = ctx != null ? ctx.connection : null;
    Request.Options opts = options;
    if (ctx != null && ctx.timeout != null) {
      opts = new Request.Options(options.connectTimeoutMillis(), TimeUnit.MILLISECONDS,
          ctx.timeout.toMillis(), TimeUnit.MILLISECONDS, options.isFollowRedirects());
    }
    for (int attempt = 1; ; attempt++) {
      if (ctx != null) {
        ctx.attempts = attempt;
      }
      RateLimiter.Permit permit = waitFor(() -> limiter.acquirePermit(key), request, "for the rate limiter");
      Response response;
      try {
        response = send(request, opts);
      } catch (IOException e) {
        if (isInterrupt(e)) {
          Thread.currentThread().interrupt();
          InterruptedException ie = new InterruptedException("interrupted while sending");
          ie.initCause(e);
          throw new GhlInterruptedException("interrupted while sending " + describe(request), ie);
        }
        boolean nothingSent = nothingSent(e);
        if (attempt <= policy.maxRetries() && policy.retriesIoFailure(request.httpMethod().name(), nothingSent)) {
          Duration d = policy.backoff(attempt);
          LOG.debug("{} failed ({}), retry {} of {} in {} ms", describe(request), e.getClass().getSimpleName(),
              attempt, policy.maxRetries(), d.toMillis());
          events.retrying(ctx, attempt, 0, d);
          sleep(d, request);
          continue;
        }
        throw new GhlIoException(describe(request) + " failed: " + e.getClass().getSimpleName()
            + (e.getMessage() != null ? ": " + e.getMessage() : "") + notRetriedNote(request, policy, nothingSent, attempt),
            attempt, e);
      }
      int status = response.status();
      if (ctx != null) {
        ctx.status = status;
      }
      if (limiter == RateLimiter.NONE && status < 400) {
        return response; // nothing would read the headers: skip parsing them
      }
      RateLimitInfo info = RateLimitInfo.parse(response.headers(), clock);
      limiter.onPermitResponse(permit, info);
      if (status >= 400 && attempt <= policy.maxRetries() && policy.retriesStatus(request.httpMethod().name(), status)) {
        Duration d = policy.delayAfter(info, attempt,
            info.burstLimitReached() ? limiter.untilBurstWindowFrees(key).orElse(null) : null);
        if (d != null) {
          LOG.debug("{} answered {}, retry {} of {} in {} ms", describe(request), status, attempt,
              policy.maxRetries(), d.toMillis());
          events.retrying(ctx, attempt, status, d);
          response.close();
          sleep(d, request);
          continue;
        }
      }
      return response;
    }
  }

  private Response send(Request request, Request.Options opts) throws IOException {
    try {
      return delegate.execute(request, opts);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * An interrupt, not a timeout: the JDK client reports one as an IOException caused by
   * InterruptedException with the flag set; {@link SocketTimeoutException} (a subclass of
   * InterruptedIOException, thrown by URLConnection-based transports) is a timeout.
   */
  private static boolean isInterrupt(IOException e) {
    return Thread.currentThread().isInterrupted()
        || e.getCause() instanceof InterruptedException
        || e.getClass() == InterruptedIOException.class;
  }

  /** True when the connection could not be opened, so the server cannot have acted on the request. */
  private static boolean nothingSent(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException || t instanceof UnknownHostException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static String notRetriedNote(Request request, RetryPolicy policy, boolean nothingSent, int attempt) {
    if (attempt > policy.maxRetries() || nothingSent || RetryPolicy.isIdempotent(request.httpMethod().name())
        || policy.retryNonIdempotent()) {
      return "";
    }
    return "; not retried: the server may have applied the " + request.httpMethod()
        + " (opt in with RequestOptions.retryNonIdempotent(true) if a duplicate is acceptable)";
  }

  private interface Waiting<T> {
    T run() throws InterruptedException;
  }

  private void sleep(Duration d, Request request) {
    waitFor(() -> {
      sleeper.sleep(d);
      return null;
    }, request, "to retry");
  }

  private static <T> T waitFor(Waiting<T> w, Request request, String why) {
    try {
      return w.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GhlInterruptedException("interrupted while waiting " + why + " (" + describe(request) + ")", e);
    }
  }

  /** Method and path, without the query string (it may carry emails or phone numbers). */
  static String describe(Request request) {
    String path;
    try {
      path = URI.create(request.url()).getRawPath();
    } catch (IllegalArgumentException e) {
      path = "?";
    }
    return request.httpMethod() + " " + path;
  }
}
