package dev.pitkit.ghl.client.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * The default transport: a synchronous {@link Client} over one JDK {@link HttpClient} that reads
 * the body as a byte array (what {@link SafeDecoder} parses without a copy). It does what
 * {@code feign.http2client.Http2Client} does for a synchronous call, without its per-call stream
 * pipelines over the headers:
 * <ul>
 *   <li>the read timeout of the call's {@link Request.Options} bounds the whole response, headers
 *       and body (the JDK's own request timeout stops at the headers), and ends it with
 *       {@code HttpTimeoutException};</li>
 *   <li>it counts how often the JDK wrote the request ({@link Sends}), which can be more than once;</li>
 *   <li>plain {@code http://} URLs are sent as HTTP/1.1 even by an HTTP/2 client (no {@code h2c}
 *       upgrade headers, which loopback mocks and proxies often mishandle);</li>
 *   <li>headers the JDK manages itself ({@code Connection}, {@code Content-Length}, {@code Expect},
 *       {@code Host}, {@code Upgrade}) and {@code Accept-Encoding} are not copied; it sends
 *       {@code Accept-Encoding: gzip}, and {@code Accept: *}{@code /*} when no {@code Accept} is set;</li>
 *   <li>a body is sent for any method that has one (DELETE included), none for null or empty;</li>
 *   <li>gzip and deflate response bodies are inflated, and their {@code Content-Encoding} and
 *       {@code Content-Length} headers dropped;</li>
 *   <li>a body (inflated or not) longer than {@code maxResponseBytes} is not read further: a success
 *       fails with {@link ResponseTooLarge}, an error status keeps its first {@code maxResponseBytes};</li>
 *   <li>the JDK's exceptions ({@code HttpTimeoutException}, {@code HttpConnectTimeoutException},
 *       {@code ConnectException}, ...) pass through unchanged, for {@link RetryLoop} to
 *       classify; an interrupt becomes {@link InterruptedIOException} with the flag set again.</li>
 * </ul>
 * Response headers are case-insensitive (Feign's {@link Response} copies them so).
 */
final class JdkTransport implements Client {
  private final HttpClientStart start;
  private final long maxResponseBytes;

  JdkTransport(HttpClient http, long maxResponseBytes) {
    this(HttpClientStart.of(http), maxResponseBytes);
  }

  /** Over a client that may still be being built: the first request waits for it. */
  JdkTransport(HttpClientStart start, long maxResponseBytes) {
    this.start = start;
    this.maxResponseBytes = maxResponseBytes;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    return execute(request, options, new Sends());
  }

  /**
   * As {@link #execute(Request, Request.Options)}, counting in {@code sends} how many times the JDK
   * wrote the request: more than once when it resent it on its own (see {@link Sends}).
   */
  Response execute(Request request, Request.Options options, Sends sends) throws IOException {
    HttpClient http = start.get();
    HttpRequest.Builder b;
    try {
      b = HttpRequest.newBuilder(URI.create(request.url()));
    } catch (IllegalArgumentException e) {
      throw new IOException("Invalid uri " + request.url(), e);
    }
    long timeoutMillis = options.readTimeoutMillis();
    b.timeout(Duration.ofMillis(timeoutMillis));
    if (http.version() == HttpClient.Version.HTTP_2 && request.url().startsWith("http:")) {
      b.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade attempt on plain http
    }
    byte[] body = request.body();
    b.method(request.httpMethod().name(), sends.counting(body == null || body.length == 0
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)));
    boolean accept = false;
    for (Map.Entry<String, Collection<String>> h : request.headers().entrySet()) {
      String name = h.getKey();
      if (restricted(name)) {
        continue;
      }
      accept |= name.equalsIgnoreCase("Accept");
      for (String v : h.getValue()) {
        b.header(name, v);
      }
    }
    if (!accept) {
      b.header("Accept", "*/*");
    }
    b.header("Accept-Encoding", "gzip"); // inflated below: list pages are large, JSON shrinks several-fold
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    HttpResponse<ArrivingBody> r = send(http, b.build(), timeoutMillis, request, maxResponseBytes);
    byte[] bytes = r.body().await(deadline, timeoutMillis, request);
    HttpHeaders headers = r.headers();
    String encoding = headers.firstValue("Content-Encoding").orElse("").trim().toLowerCase(Locale.ROOT);
    boolean inflating = bytes != null && bytes.length > 0 && (encoding.equals("gzip") || encoding.equals("deflate"));
    if (inflating) {
      bytes = inflate(bytes, encoding, r.statusCode());
    }
    return Response.builder()
        .status(r.statusCode())
        .reason(headers.firstValue("Reason-Phrase").orElse(null))
        .request(request)
        .protocolVersion(r.version() == HttpClient.Version.HTTP_2 ? Request.ProtocolVersion.HTTP_2 : Request.ProtocolVersion.HTTP_1_1)
        .headers(inflating ? withoutWireEncoding(headers) : Collections.unmodifiableMap(headers.map()))
        .body(bytes).build();
  }

  /**
   * The headers of a body that was inflated, without the two that describe it as it was on the wire
   * ({@code Content-Encoding}, {@code Content-Length}), as OkHttp's transparent gzip does: they are no
   * longer true of the body handed on.
   */
  private static Map<String, Collection<String>> withoutWireEncoding(HttpHeaders headers) {
    Map<String, Collection<String>> kept = new java.util.LinkedHashMap<>();
    headers.map().forEach((name, values) -> {
      if (!name.equalsIgnoreCase("Content-Encoding") && !name.equalsIgnoreCase("Content-Length")) {
        kept.put(name, values);
      }
    });
    return Collections.unmodifiableMap(kept);
  }

  /**
   * The response's headers, within the request's timeout (the JDK's, which stops at the headers);
   * its body goes on arriving in an {@link ArrivingBody}. {@code HttpClient.send} keeps the exchange
   * on the calling thread's wait, with no hop through the client's executor that {@code sendAsync}
   * would add to every call.
   */
  private static HttpResponse<ArrivingBody> send(HttpClient http, HttpRequest request, long timeoutMillis,
      Request original, long maxBytes) throws IOException {
    try {
      return http.send(request, info -> new ArrivingBody(info, maxBytes));
    } catch (HttpConnectTimeoutException e) {
      throw e;
    } catch (HttpTimeoutException e) {
      throw (HttpTimeoutException) timedOut(timeoutMillis).initCause(e);
    } catch (InterruptedException e) {
      throw interrupted(original, e);
    }
  }

  private static InterruptedIOException interrupted(Request request, InterruptedException e) {
    Thread.currentThread().interrupt();
    InterruptedIOException io = new InterruptedIOException("interrupted while sending " + request.httpMethod());
    io.initCause(e);
    return io;
  }

  private static HttpTimeoutException timedOut(long timeoutMillis) {
    return new HttpTimeoutException("timed out: no complete response within the read timeout of " + timeoutMillis
        + " ms (it bounds the headers and the body)");
  }

  /**
   * A body read into bytes by the HttpClient while the caller, back from {@code send} with the
   * headers, waits for it until the deadline of the whole response: a timed wait on the caller's own
   * thread, with no timer (a timer per request woke a scheduler thread on every call). Past the
   * deadline the subscription is cancelled, which closes the connection.
   */
  private static final class ArrivingBody implements HttpResponse.BodySubscriber<ArrivingBody> {
    private final HttpResponse.BodySubscriber<byte[]> bytes = HttpResponse.BodySubscribers.ofByteArray();
    private final int status;
    private final long declaredLength;
    private final long maxBytes;
    private long received; // only the HttpClient's one delivering thread at a time touches it
    private volatile boolean full;
    private volatile Flow.Subscription subscription;
    private volatile boolean abandoned;

    ArrivingBody(HttpResponse.ResponseInfo info, long maxBytes) {
      this.status = info.statusCode();
      this.declaredLength = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      this.maxBytes = maxBytes;
    }

    @Override
    public CompletionStage<ArrivingBody> getBody() {
      return CompletableFuture.completedStage(this); // send() returns with the headers
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      bytes.onSubscribe(s);
      if (abandoned) { // the caller gave up before the body started
        s.cancel();
      } else if (declaredLength > maxBytes && status < 400) {
        tooLarge(); // said so up front: nothing is read
      }
    }

    /**
     * Collects the body up to {@code maxBytes}. Past it, a success fails with {@link ResponseTooLarge}
     * and an error status keeps what came so far (its details are in the first bytes); either way
     * the rest is not read.
     */
    @Override
    public void onNext(List<ByteBuffer> items) {
      if (full) {
        return;
      }
      long n = 0;
      for (ByteBuffer b : items) {
        n += b.remaining();
      }
      if (received + n <= maxBytes) {
        received += n;
        bytes.onNext(items);
        return;
      }
      if (status < 400) {
        tooLarge();
        return;
      }
      long room = maxBytes - received;
      for (ByteBuffer b : items) {
        int take = (int) Math.min(room, b.remaining());
        b.limit(b.position() + take);
        room -= take;
      }
      bytes.onNext(items);
      full = true;
      subscription.cancel();
      bytes.onComplete();
    }

    private void tooLarge() {
      full = true;
      subscription.cancel();
      bytes.onError(new ResponseTooLarge(status, maxBytes));
    }

    @Override
    public void onError(Throwable t) {
      if (!full) {
        bytes.onError(t);
      }
    }

    @Override
    public void onComplete() {
      if (!full) {
        bytes.onComplete();
      }
    }

    /** The whole body, once it has arrived, if it does before {@code deadlineNanos} ({@link System#nanoTime}). */
    byte[] await(long deadlineNanos, long timeoutMillis, Request request) throws IOException {
      try {
        return bytes.getBody().toCompletableFuture().get(deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        abandon();
        throw timedOut(timeoutMillis);
      } catch (InterruptedException e) {
        abandon();
        throw interrupted(request, e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof IOException io ? io : new IOException("reading the body failed", e.getCause());
      }
    }

    private void abandon() {
      abandoned = true;
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
    }
  }

  /**
   * How many times the JDK wrote one request. {@code HttpClient} resends a GET or HEAD once, on its
   * own, when a pooled HTTP/1.1 connection fails before any byte of the response arrives
   * ({@code MultiExchange} retries a {@code ConnectionExpiredException}; no property turns that
   * off). The server may have seen both, so the retry loop counts both (attempts and rate limit
   * permits), as it counts any other write of the request the JDK makes on its own. The JDK asks a request's
   * body publisher for its length once each time it writes the request's headers, which is what is
   * counted here.
   */
  static final class Sends {
    private final AtomicInteger count = new AtomicInteger();

    /** How many times the request was written so far. */
    int count() {
      return count.get();
    }

    HttpRequest.BodyPublisher counting(HttpRequest.BodyPublisher body) {
      return new HttpRequest.BodyPublisher() {
        @Override
        public long contentLength() {
          count.incrementAndGet();
          return body.contentLength();
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
          body.subscribe(subscriber);
        }
      };
    }
  }

  /**
   * A header the JDK's HttpClient sets itself and refuses from a caller, or {@code Accept-Encoding}, which
   * this transport sets (it leaves them all out).
   */
  static boolean restricted(String name) {
    return switch (name.length()) {
      case 4 -> name.equalsIgnoreCase("host");
      case 6 -> name.equalsIgnoreCase("expect");
      case 7 -> name.equalsIgnoreCase("upgrade");
      case 10 -> name.equalsIgnoreCase("connection");
      case 14 -> name.equalsIgnoreCase("content-length");
      case 15 -> name.equalsIgnoreCase("accept-encoding"); // this transport's: only what it can inflate
      default -> false;
    };
  }

  /**
   * A gzip or deflate body inflated, up to {@code maxResponseBytes} as {@link ArrivingBody} reads
   * it (a small body can inflate to gigabytes). An error status keeps what inflated before its body
   * ended or broke off (cut at {@code maxResponseBytes} on the wire, say): its details are in the
   * first bytes; one whose body does not inflate at all keeps its status, with no body.
   */
  private byte[] inflate(byte[] bytes, String encoding, int status) throws IOException {
    int limit = (int) Math.min(maxResponseBytes, Integer.MAX_VALUE - 8);
    byte[] out = new byte[(int) Math.min(Math.max(bytes.length * 4L, 8192), limit)]; // grows up to the limit, no further
    int size = 0;
    boolean more = false;
    ByteArrayInputStream raw = new ByteArrayInputStream(bytes);
    try (InputStream in = encoding.equals("gzip") ? new GZIPInputStream(raw) : new InflaterInputStream(raw)) {
      while (true) {
        if (size == out.length) {
          if (size == limit) {
            more = in.read() >= 0; // one byte past the limit tells a longer body from one of exactly the limit
            break;
          }
          out = Arrays.copyOf(out, (int) Math.min(2L * out.length, limit));
        }
        int n = in.read(out, size, out.length - size);
        if (n < 0) {
          break;
        }
        size += n;
      }
    } catch (IOException e) {
      if (status < 400) {
        throw e;
      }
    }
    if (more && status < 400) {
      throw new ResponseTooLarge(status, maxResponseBytes);
    }
    return size == out.length ? out : Arrays.copyOf(out, size);
  }

  /** A success whose body is longer than {@code maxResponseBytes}: not read further, not retried. */
  static final class ResponseTooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    final int status;

    ResponseTooLarge(int status, long maxBytes) {
      super("HTTP " + status + " with a body over the limit of " + maxBytes + " bytes (maxResponseBytes)");
      this.status = status;
    }
  }
}
