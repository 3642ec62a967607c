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
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * The default transport: a synchronous {@link Client} over one JDK {@link HttpClient} that reads
 * the body as a byte array (what {@link SafeDecoder} parses without a copy). It does what
 * {@code feign.http2client.Http2Client} does for a synchronous call, without its per-call stream
 * pipelines over the headers:
 * <ul>
 *   <li>the read timeout of the call's {@link Request.Options} is the request's timeout;</li>
 *   <li>plain {@code http://} URLs are sent as HTTP/1.1 even by an HTTP/2 client (no {@code h2c}
 *       upgrade headers, which loopback mocks and proxies often mishandle);</li>
 *   <li>headers the JDK manages itself ({@code Connection}, {@code Content-Length}, {@code Expect},
 *       {@code Host}, {@code Upgrade}) are not copied, and {@code Accept: *}{@code /*} is added when none is set;</li>
 *   <li>a body is sent for any method that has one (DELETE included), none for null or empty;</li>
 *   <li>gzip and deflate response bodies are inflated;</li>
 *   <li>the JDK's exceptions ({@code HttpTimeoutException}, {@code HttpConnectTimeoutException},
 *       {@code ConnectException}, ...) pass through unchanged, for {@link ResilientClient} to
 *       classify; an interrupt becomes {@link InterruptedIOException} with the flag set again.</li>
 * </ul>
 * Response headers are case-insensitive (Feign's {@link Response} copies them so).
 */
final class JdkTransport implements Client {
  private final HttpClient http;

  JdkTransport(HttpClient http) {
    this.http = http;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    HttpRequest.Builder b;
    try {
      b = HttpRequest.newBuilder(URI.create(request.url()));
    } catch (IllegalArgumentException e) {
      throw new IOException("Invalid uri " + request.url(), e);
    }
    b.timeout(Duration.ofMillis(options.readTimeoutMillis()));
    if (http.version() == HttpClient.Version.HTTP_2 && request.url().startsWith("http:")) {
      b.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade attempt on plain http
    }
    byte[] body = request.body();
    b.method(request.httpMethod().name(), body == null || body.length == 0
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
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
    HttpResponse<byte[]> r;
    try {
      r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while sending " + request.httpMethod());
      io.initCause(e);
      throw io;
    }
    HttpHeaders headers = r.headers();
    // a read-only view: Response copies the headers into its own case-insensitive map anyway
    Map<String, Collection<String>> view = Collections.unmodifiableMap(headers.map());
    Response.Builder out = Response.builder()
        .status(r.statusCode())
        .reason(headers.firstValue("Reason-Phrase").orElse(null))
        .request(request)
        .protocolVersion(r.version() == HttpClient.Version.HTTP_2 ? Request.ProtocolVersion.HTTP_2 : Request.ProtocolVersion.HTTP_1_1)
        .headers(view);
    byte[] bytes = r.body();
    String encoding = headers.firstValue("Content-Encoding").orElse("");
    if (bytes != null && bytes.length > 0 && !encoding.isEmpty()) {
      bytes = inflate(bytes, encoding.trim().toLowerCase(Locale.ROOT));
    }
    return out.body(bytes).build();
  }

  private static boolean restricted(String name) {
    return switch (name.length()) {
      case 4 -> name.equalsIgnoreCase("host");
      case 6 -> name.equalsIgnoreCase("expect");
      case 7 -> name.equalsIgnoreCase("upgrade");
      case 10 -> name.equalsIgnoreCase("connection");
      case 14 -> name.equalsIgnoreCase("content-length");
      default -> false;
    };
  }

  private static byte[] inflate(byte[] bytes, String encoding) throws IOException {
    InputStream in;
    if (encoding.equals("gzip")) {
      in = new GZIPInputStream(new ByteArrayInputStream(bytes));
    } else if (encoding.equals("deflate")) {
      in = new InflaterInputStream(new ByteArrayInputStream(bytes));
    } else {
      return bytes;
    }
    try (in) {
      return in.readAllBytes();
    }
  }
}
