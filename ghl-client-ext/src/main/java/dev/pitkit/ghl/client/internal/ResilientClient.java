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
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The transport with retries and rate limiting around it. Feign's own retryer is off
 * ({@code Retryer.NEVER_RETRY}); doing it here sees the real status and headers of each attempt,
 * so POST safety, {@code Retry-After} and GHL's rate limit headers can all be honoured.
 */
final class ResilientClient implements Client {
  private final Client delegate;
  private final RateLimiter limiter;
  private final Sleeper sleeper;
  private final Clock clock;
  private final RetryPolicy defaultPolicy;

  ResilientClient(Client delegate, RateLimiter limiter, Sleeper sleeper, Clock clock, RetryPolicy defaultPolicy) {
    this.delegate = delegate;
    this.limiter = limiter;
    this.sleeper = sleeper;
    this.clock = clock;
    this.defaultPolicy = defaultPolicy;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    CallContext ctx = CallContext.current();
    RetryPolicy policy = ctx != null ? ctx.retryPolicy : defaultPolicy;
    String key = ctx != null && ctx.connection != null ? ctx.connection : "";
    Request.Options opts = options;
    if (ctx != null && ctx.timeout != null) {
      opts = new Request.Options(options.connectTimeoutMillis(), TimeUnit.MILLISECONDS,
          ctx.timeout.toMillis(), TimeUnit.MILLISECONDS, options.isFollowRedirects());
    }
    for (int attempt = 1; ; attempt++) {
      if (ctx != null) {
        ctx.attempts = attempt;
      }
      wait(() -> limiter.acquire(key), request);
      Response response;
      try {
        response = delegate.execute(request, opts);
      } catch (IOException e) {
        if (Thread.currentThread().isInterrupted() || e instanceof InterruptedIOException && !(e instanceof java.net.http.HttpTimeoutException)) {
          Thread.currentThread().interrupt();
          throw new GhlInterruptedException("interrupted during " + describe(request), new InterruptedException());
        }
        boolean nothingSent = e instanceof ConnectException || e instanceof HttpConnectTimeoutException
            || e.getCause() instanceof ConnectException;
        if (attempt <= policy.maxRetries() && policy.retriesIoFailure(request.method(), nothingSent)) {
          Duration d = policy.backoff(attempt);
          wait(() -> sleeper.sleep(d), request);
          continue;
        }
        throw new GhlIoException(describe(request) + " failed: " + e.getClass().getSimpleName()
            + (e.getMessage() != null ? ": " + e.getMessage() : ""), attempt, e);
      }
      RateLimitInfo info = RateLimitInfo.parse(response.headers(), clock);
      limiter.onResponse(key, info);
      if (response.status() >= 400 && attempt <= policy.maxRetries()
          && policy.retriesStatus(request.method(), response.status())) {
        Duration d = policy.delayAfter(info, attempt);
        if (d != null) {
          response.close();
          wait(() -> sleeper.sleep(d), request);
          continue;
        }
      }
      return response;
    }
  }

  private interface Waiting {
    void run() throws InterruptedException;
  }

  private static void wait(Waiting w, Request request) {
    try {
      w.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GhlInterruptedException("interrupted while waiting to send " + describe(request), e);
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
