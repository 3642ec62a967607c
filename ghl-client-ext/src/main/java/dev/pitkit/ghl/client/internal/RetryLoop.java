package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.client.error.GhlInterruptedException;
import dev.pitkit.ghl.client.error.GhlInvalidResponseException;
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
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLHandshakeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one call's request until it succeeds, gets an answer that is not retried, or the call's
 * {@link RetryPolicy} runs out. Per attempt: wait for the rate limiter (keyed by the call's
 * {@code Maton-Connection}), log the request, send it through the transport, log the response or
 * the failure, feed the response's rate limit headers back to the limiter with the attempt's
 * permit (so it can count the request at its response time, as the server does at arrival), and
 * decide whether to wait and send again. Requests the JDK resent on its own are counted like
 * attempts ({@link JdkTransport.Sends}). All waiting goes through the injected {@link Sleeper}; an
 * interrupt ends it at once with {@link GhlInterruptedException} and the flag set again.
 */
final class RetryLoop {
  /** A holder: SLF4J starts (a provider lookup) only when something is logged, not with the client. */
  private static final class Log {
    static final Logger LOG = LoggerFactory.getLogger("dev.pitkit.ghl.client.retry");
  }

  private final Client transport;
  private final RateLimiter limiter;
  private final Sleeper sleeper;
  private final Clock clock;
  private final CallEvents events;
  private final RedactingLogger logger;
  private final feign.Logger.Level logLevel;
  private final Request.Options defaults;
  /** True once the client is closed: no attempt starts after that. */
  private final BooleanSupplier closed;
  /** Masks the key in the text of the failures it reports. */
  private final Secret apiKey;
  /**
   * Takes the permits of requests the JDK resent that the limiter cannot count at once
   * ({@link RateLimiter#countResent}), one after another, on one daemon thread that ends when idle:
   * however many resends pile up (a server that resets every connection), one thread waits in the
   * limiter for them, not one each.
   */
  private final ThreadPoolExecutor resendPermits = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS,
      new LinkedBlockingQueue<>(), work -> {
        Thread t = new Thread(work, "ghl-resend-permit");
        t.setDaemon(true);
        return t;
      });

  RetryLoop(Client transport, RateLimiter limiter, Sleeper sleeper, Clock clock, CallEvents events,
      RedactingLogger logger, feign.Logger.Level logLevel, Request.Options defaults, BooleanSupplier closed,
      Secret apiKey) {
    this.apiKey = apiKey;
    this.transport = transport;
    this.limiter = limiter;
    this.sleeper = sleeper;
    this.clock = clock;
    this.events = events;
    this.logger = logger;
    this.logLevel = logLevel;
    this.defaults = defaults;
    this.closed = closed;
  }

  /**
   * The last response (success or an error status that is not retried, or no longer), its body
   * unread; {@code attempts} counts what was sent.
   *
   * @throws GhlIoException when the last attempt failed without a response
   * @throws GhlInvalidResponseException when a success's body is over {@code maxResponseBytes}
   * @throws GhlInterruptedException when interrupted while waiting or sending
   * @throws GhlConfigurationException when the client was closed before an attempt could start
   */
  Response send(Request request, Call call, Attempts attempts) {
    RetryPolicy policy = call.retryPolicy();
    String key = call.connection();
    String op = call.operation().operationId();
    boolean logging = logLevel != feign.Logger.Level.NONE;
    Request.Options options = call.timeout() == null ? defaults : new Request.Options(defaults.connectTimeoutMillis(),
        TimeUnit.MILLISECONDS, call.timeout().toMillis(), TimeUnit.MILLISECONDS, false);
    for (int attempt = 1; ; attempt++) {
      boolean timed = events.enabled();
      long waitStart = timed ? System.nanoTime() : 0;
      RateLimiter.Permit permit = permit(key, request, op);
      if (timed) {
        attempts.waitedForRateLimiter(System.nanoTime() - waitStart);
      }
      if (closed.getAsBoolean()) { // closed while this call waited for the limiter or to retry
        endPermit(permit, true);
        throw ClientCore.closedError();
      }
      if (logging) {
        logger.request(call.logKey(), logLevel, request);
      }
      long start = logging ? System.nanoTime() : 0;
      JdkTransport.Sends sends = new JdkTransport.Sends();
      Response response;
      try {
        response = send(request, options, sends);
      } catch (RuntimeException e) { // a transport's own failure: a custom one may have sent (counted as used)
        boolean unsent = jdkSentNothing(sends); // e.g. its HttpClient's build failed
        if (!unsent) {
          attempts.add(1);
        }
        endPermit(permit, unsent);
        throw e;
      } catch (JdkTransport.ResponseTooLarge e) { // answered: sending again would bring the same body
        attempts.add(1 + countResends(sends, key, request, call.logKey(), logging));
        attempts.answered(e.status);
        endPermit(permit, false);
        if (logging) {
          logger.ioException(call.logKey(), logLevel, e, elapsedMillis(start));
        }
        throw new GhlInvalidResponseException(e.getMessage() + " (" + Requests.describe(request) + ")", e.status, "", e, op);
      } catch (IOException e) {
        if (closed.getAsBoolean() && sends.count() == 0) { // the client was closed before this one could be sent
          endPermit(permit, true);
          throw ClientCore.closedError();
        }
        attempts.add(1 + countResends(sends, key, request, call.logKey(), logging));
        attempts.answered(0); // this attempt got no answer, whatever an earlier one got
        boolean nothingSent = nothingSent(e);
        endPermit(permit, nothingSent && sends.count() <= 1 || jdkSentNothing(sends));
        if (logging) {
          logger.ioException(call.logKey(), logLevel, e, elapsedMillis(start));
        }
        if (isInterrupt(e)) {
          Thread.currentThread().interrupt();
          InterruptedException ie = new InterruptedException("interrupted while sending");
          ie.initCause(apiKey.masked(e));
          throw new GhlInterruptedException("interrupted while sending " + Requests.describe(request), ie, op);
        }
        if (closed.getAsBoolean()) {
          throw new GhlIoException(Requests.describe(request) + " failed: the GhlClient was closed while the call was"
              + " under way", attempts.sent(), apiKey.masked(e), op);
        }
        boolean certificateRefused = certificateRefused(e);
        if (attempt <= policy.maxRetries() && !certificateRefused
            && policy.retriesIoFailure(request.httpMethod().name(), nothingSent)) {
          Duration d = policy.backoff(attempt);
          Log.LOG.debug("{} failed ({}), retry {} of {} in {} ms", Requests.describe(request), e.getClass().getSimpleName(),
              attempt, policy.maxRetries(), d.toMillis());
          events.retrying(call, attempts, attempt, 0, d);
          sleep(d, request, op);
          continue;
        }
        throw new GhlIoException(Requests.describe(request) + " (" + op + ") failed: "
            + apiKey.describe(e) + (nothingSent ? unreachableNote(e, request, options) : "")
            + (certificateRefused ? "; not retried: the server's TLS certificate was refused, and would be again"
                : notRetriedNote(request, policy, nothingSent, attempt)),
            attempts.sent(), apiKey.masked(e), op);
      }
      attempts.add(1 + countResends(sends, key, request, call.logKey(), logging));
      if (logging) {
        try {
          response = logger.response(call.logKey(), logLevel, response, elapsedMillis(start));
        } catch (IOException e) {
          response.close();
          endPermit(permit, false);
          throw new GhlIoException("reading the response failed: " + e.getClass().getSimpleName(), attempts.sent(),
              apiKey.masked(e), op);
        }
      }
      int status = response.status();
      attempts.answered(status);
      if (limiter == RateLimiter.NONE && status < 400 && !events.enabled()) {
        return response; // nothing would read the headers: skip parsing them
      }
      RateLimitInfo info = RateLimitInfo.parse(response.headers(), clock);
      attempts.rateLimit(info);
      limiter.onPermitResponse(permit, info);
      if (status >= 400 && attempt <= policy.maxRetries() && policy.retriesStatus(request.httpMethod().name(), status)) {
        Duration d = policy.delayAfter(info, attempt,
            info.burstLimitReached() ? limiter.untilBurstWindowFrees(key).orElse(null) : null);
        if (d != null) {
          Log.LOG.debug("{} answered {}, retry {} of {} in {} ms", Requests.describe(request), status, attempt,
              policy.maxRetries(), d.toMillis());
          events.retrying(call, attempts, attempt, status, d);
          response.close();
          sleep(d, request, op);
          continue;
        }
      }
      return response;
    }
  }

  /**
   * Ends the permit of an attempt that was not sent or got no answer to learn from: given back when the
   * request never left ({@code unsent}), else counted as of now, as an answer without headers would be. A limiter's own
   * failure here is logged, not thrown: the attempt's failure is what the caller needs to see.
   */
  private void endPermit(RateLimiter.Permit permit, boolean unsent) {
    try {
      if (unsent) {
        limiter.onPermitUnused(permit);
      } else {
        limiter.onPermitResponse(permit, RateLimitInfo.none());
      }
    } catch (RuntimeException e) {
      Log.LOG.warn("ending a rate limiter permit after a failed attempt failed: {}", e.toString());
    }
  }

  /** Whether the JDK transport failed before writing the request: no server can have counted it. */
  private boolean jdkSentNothing(JdkTransport.Sends sends) {
    return transport instanceof JdkTransport && sends.count() == 0;
  }

  private Response send(Request request, Request.Options options, JdkTransport.Sends sends) throws IOException {
    try {
      return transport instanceof JdkTransport jdk ? jdk.execute(request, options, sends) : transport.execute(request, options);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Counts the requests the JDK resent on its own during one attempt (see {@link JdkTransport.Sends}):
   * each is logged and takes a rate limit permit, as the server counted it. Unless the limiter counts it
   * at once, the permit is taken in the background ({@link #resendPermits}): the answer in hand does not
   * wait for a turn in the limiter's queue (nor count that wait, nor get lost to an interrupt in it).
   * Returns how many.
   */
  private int countResends(JdkTransport.Sends sends, String key, Request request, String logKey, boolean logging) {
    int extra = sends.count() - 1;
    for (int i = 0; i < extra; i++) {
      if (limiter != RateLimiter.NONE && !countedAtOnce(key)) {
        try {
          resendPermits.execute(() -> bookResend(key));
        } catch (OutOfMemoryError | java.util.concurrent.RejectedExecutionException e) { // no thread, or closed
          Log.LOG.debug("the permit of a resent request of {} is not booked: {}", Requests.describe(request), e.toString());
        }
      }
      if (logging) {
        logger.log(logKey, "---> %s resent by the JDK HttpClient (its connection closed before answering)",
            Requests.describe(request));
      }
    }
    return Math.max(0, extra);
  }

  /** Whether the limiter counted a resent request for {@code key} itself (a failure of its own is logged). */
  private boolean countedAtOnce(String key) {
    try {
      return limiter.countResent(key);
    } catch (RuntimeException e) {
      Log.LOG.warn("counting a request the JDK resent with the rate limiter failed: {}", e.toString());
      return true; // not asked again in the background
    }
  }

  /** Lets the thread that books resends end: nothing more is sent. */
  void close() {
    resendPermits.shutdown();
  }

  private void bookResend(String key) {
    if (closed.getAsBoolean()) {
      return; // nothing more is sent: no later request to keep within the limits
    }
    try {
      limiter.onPermitResponse(limiter.acquirePermit(key), RateLimitInfo.none());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      if (!closed.getAsBoolean()) { // a wait the closing client ended is no failure
        Log.LOG.warn("booking a request the JDK resent with the rate limiter failed: {}", e.toString());
      }
    }
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

  /**
   * True when the connection could not be opened (or its TLS handshake failed, before any byte of the
   * request), so the server cannot have acted on the request.
   */
  private static boolean nothingSent(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException || t instanceof UnknownHostException
          || t instanceof SSLHandshakeException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** True when the TLS handshake refused the server's certificate (untrusted, expired, another host's). */
  private static boolean certificateRefused(IOException e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof CertificateException || t instanceof CertPathBuilderException
          || t instanceof CertPathValidatorException) {
        return true;
      }
    }
    return false;
  }

  /** Where the client could not connect, and what to check. */
  private static String unreachableNote(IOException e, Request request, Request.Options options) {
    String host = Requests.host(request);
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof HttpConnectTimeoutException) {
        return "; no connection to " + host + " within the connectTimeout of " + options.connectTimeoutMillis() + " ms";
      }
      if (t instanceof UnknownHostException || t instanceof java.nio.channels.UnresolvedAddressException) {
        return "; the host name " + host + " did not resolve (check baseUrl, DNS or a proxy)";
      }
    }
    return "; could not connect to " + host + " (check baseUrl, that the gateway is reachable, a proxy or firewall)";
  }

  private static String notRetriedNote(Request request, RetryPolicy policy, boolean nothingSent, int attempt) {
    if (attempt > policy.maxRetries() || nothingSent || RetryPolicy.isIdempotent(request.httpMethod().name())
        || policy.retryNonIdempotent()) {
      return "";
    }
    return "; not retried: " + Hints.mayHaveApplied(request.httpMethod().name());
  }

  private RateLimiter.Permit permit(String key, Request request, String op) {
    try {
      return limiter.acquirePermit(key);
    } catch (InterruptedException e) {
      throw interrupted(e, "for the rate limiter", request, op);
    }
  }

  private void sleep(Duration d, Request request, String op) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      throw interrupted(e, "to retry", request, op);
    }
  }

  private static GhlInterruptedException interrupted(InterruptedException e, String why, Request request, String op) {
    Thread.currentThread().interrupt();
    return new GhlInterruptedException("interrupted while waiting " + why + " (" + Requests.describe(request) + ")", e,
        op);
  }
}
