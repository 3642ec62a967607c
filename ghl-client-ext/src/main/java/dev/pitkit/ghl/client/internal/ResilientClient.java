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
  private final RedactingLogger logger;
  private final feign.Logger.Level logLevel;

  ResilientClient(Client delegate, RateLimiter limiter, Sleeper sleeper, Clock clock, RetryPolicy defaultPolicy,
      CallEvents events, RedactingLogger logger, feign.Logger.Level logLevel) {
    this.logger = logger;
    this.logLevel = logLevel;
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
    String logKey = ctx != null ? ctx.logKey : null;
    boolean logging = logKey != null && logLevel != feign.Logger.Level.NONE;
    Request.Options opts = options;
    if (ctx != null && ctx.timeout != null) {
      opts = new Request.Options(options.connectTimeoutMillis(), TimeUnit.MILLISECONDS,
          ctx.timeout.toMillis(), TimeUnit.MILLISECONDS, options.isFollowRedirects());
    }
    int resent = 0; // requests the JDK sent again on its own, counted like attempts
    for (int attempt = 1; ; attempt++) {
      if (ctx != null) {
        ctx.attempts = attempt + resent;
      }
      RateLimiter.Permit permit = waitFor(() -> limiter.acquirePermit(key), request, "for the rate limiter");
      if (logging) {
        logger.request(logKey, logLevel, request);
      }
      long start = logging ? System.nanoTime() : 0;
      JdkTransport.Sends sends = new JdkTransport.Sends();
      Response response;
      try {
        response = send(request, opts, sends);
      } catch (IOException e) {
        resent += countResends(sends, key, ctx, attempt + resent, request, logKey, logging);
        if (logging) {
          logger.ioException(logKey, logLevel, e, elapsedMillis(start));
        }
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
            attempt + resent, e);
      }
      resent += countResends(sends, key, ctx, attempt + resent, request, logKey, logging);
      if (logging) {
        response = logger.response(logKey, logLevel, response, elapsedMillis(start));
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

  private Response send(Request request, Request.Options opts, JdkTransport.Sends sends) throws IOException {
    try {
      return delegate instanceof JdkTransport jdk ? jdk.execute(request, opts, sends) : delegate.execute(request, opts);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Counts the requests the JDK resent on its own during one attempt (see {@link JdkTransport.Sends}):
   * each takes a rate limit permit, as the server counted it, and is logged. Returns how many.
   */
  private int countResends(JdkTransport.Sends sends, String key, CallContext ctx, int attemptsSoFar, Request request,
      String logKey, boolean logging) {
    int extra = sends.count() - 1;
    for (int i = 0; i < extra; i++) {
      RateLimiter.Permit p = waitFor(() -> limiter.acquirePermit(key), request, "for the rate limiter");
      limiter.onPermitResponse(p, RateLimitInfo.none());
      if (logging) {
        logger.note(logKey, "---> %s %s resent by the JDK HttpClient (its pooled connection closed before answering)",
            request.httpMethod(), request.url());
      }
    }
    if (extra > 0 && ctx != null) {
      ctx.attempts = attemptsSoFar + extra;
    }
    return Math.max(0, extra);
  }

  private static long elapsedMillis(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
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
