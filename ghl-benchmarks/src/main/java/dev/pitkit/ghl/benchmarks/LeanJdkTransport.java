package dev.pitkit.ghl.benchmarks;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * NOT part of the client: an experiment for the README's transport proposal. A feign.Client over
 * the JDK HttpClient that does what {@code feign.http2client.Http2Client} does for a synchronous
 * call, minus its per-call stream pipelines over the headers and its InputStream body: the body
 * is read as one byte array (what the facade's SafeDecoder wants anyway). Plugged into the
 * facade through {@code GhlClient.builder().transport(...)} by {@link InterleavedComparison}.
 */
public final class LeanJdkTransport implements Client {
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
  private final HttpClient http;

  public LeanJdkTransport(HttpClient http) {
    this.http = http;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(request.url()))
        .timeout(Duration.ofMillis(options.readTimeoutMillis()))
        .method(request.httpMethod().name(), request.body() == null || request.body().length == 0
            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    for (Map.Entry<String, Collection<String>> h : request.headers().entrySet()) {
      if (RESTRICTED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String v : h.getValue()) {
        b.header(h.getKey(), v);
      }
    }
    HttpResponse<byte[]> r;
    try {
      r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    }
    Map<String, Collection<String>> headers = new LinkedHashMap<>(r.headers().map());
    return Response.builder()
        .status(r.statusCode())
        .reason("")
        .request(request)
        .headers(headers)
        .body(r.body())
        .build();
  }
}
