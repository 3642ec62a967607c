package dev.pitkit.ghl.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Raw java.net.http requests, as a curl user (or a hand-written client) would send them. */
final class RawHttp {
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private RawHttp() {}

  static HttpResponse<String> send(String method, String url, String body, String... headers) throws IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null && java.util.stream.IntStream.range(0, headers.length / 2)
        .noneMatch(i -> headers[2 * i].equalsIgnoreCase("Content-Type"))) {
      b.header("Content-Type", "application/json");
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** The operation's example request (path, query and body from the spec), with a fake key. */
  static HttpResponse<String> sendExample(String baseUrl, String operationId) throws IOException {
    SpecFixtures.Op op = SpecFixtures.op(operationId);
    String body = op.requestExample() == null ? null : SpecFixtures.MAPPER.writeValueAsString(op.requestExample());
    return send(op.method(), baseUrl + op.examplePath() + op.exampleQuery(), body,
        "Authorization", "Bearer test_maton_key_not_secret");
  }

  /** The operation whose stub answered (the mock's {@code X-Mock-Operation}), or what came instead. */
  static String answeringOperation(HttpResponse<String> r) {
    return r.headers().firstValue("X-Mock-Operation").orElse("(no stub: " + r.statusCode() + " " + r.body() + ")");
  }

  static HttpResponse<String> get(String url, String... headers) {
    try {
      return send("GET", url, null, headers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
