package dev.pitkit.ghl.client.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.pitkit.ghl.client.GhlClient;
import feign.Request;
import feign.Response;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdkTransportTest {
  private static HttpServer server;
  private static String base;
  private static final Map<String, String> SEEN = new ConcurrentHashMap<>();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final JdkTransport transport = new JdkTransport(HTTP, GhlClient.Builder.DEFAULT_MAX_RESPONSE_BYTES);
  /** At most 1,000 bytes of a body. */
  private final JdkTransport small = new JdkTransport(HTTP, 1_000);

  @BeforeAll
  static void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/echo", ex -> {
      byte[] in = ex.getRequestBody().readAllBytes();
      SEEN.put("method", ex.getRequestMethod());
      SEEN.put("body", new String(in, StandardCharsets.UTF_8));
      SEEN.put("accept", String.valueOf(ex.getRequestHeaders().getFirst("Accept")));
      SEEN.put("accept-encoding", String.valueOf(ex.getRequestHeaders().get("Accept-Encoding")));
      SEEN.put("x-custom", String.valueOf(ex.getRequestHeaders().get("X-Custom")));
      byte[] out = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.getResponseHeaders().add("X-RateLimit-Remaining", "7");
      ex.sendResponseHeaders(200, out.length);
      ex.getResponseBody().write(out);
      ex.close();
    });
    server.createContext("/empty", ex -> {
      ex.sendResponseHeaders(204, -1);
      ex.close();
    });
    server.createContext("/gzip", ex -> {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
        gz.write("{\"zipped\":1}".getBytes(StandardCharsets.UTF_8));
      }
      ex.getResponseHeaders().add("Content-Encoding", "gzip");
      ex.sendResponseHeaders(200, bytes.size());
      ex.getResponseBody().write(bytes.toByteArray());
      ex.close();
    });
    server.createContext("/slow", ex -> {
      try {
        Thread.sleep(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ex.sendResponseHeaders(200, -1);
      ex.close();
    });
    server.createContext("/stalled", ex -> { // headers and a first part of the body, then nothing for 2 s
      ex.sendResponseHeaders(200, 100);
      ex.getResponseBody().write("{\"partial\":".getBytes(StandardCharsets.UTF_8));
      ex.getResponseBody().flush();
      try {
        Thread.sleep(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ex.close();
    });
    server.createContext("/big", ex -> answer(ex, 200, 5_000, false)); // Content-Length says so
    server.createContext("/big-chunked", ex -> answer(ex, 200, 5_000, true)); // only counting tells
    server.createContext("/big-error", ex -> answer(ex, 500, 5_000, true));
    server.createContext("/gzip-bomb", ex -> { // 200 bytes on the wire, 100,000 inflated
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
        gz.write(new byte[100_000]);
      }
      ex.getResponseHeaders().add("Content-Encoding", "gzip");
      ex.sendResponseHeaders(200, bytes.size());
      ex.getResponseBody().write(bytes.toByteArray());
      ex.close();
    });
    server.createContext("/big-gzip-error", ex -> { // 500 with a gzip body longer than the small limit on the wire
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
        gz.write("{\"message\":\"the reason\",\"trace\":\"".getBytes(StandardCharsets.UTF_8));
        byte[] noise = new byte[3_000];
        new java.util.Random(7).nextBytes(noise); // random bytes do not compress: the body stays long
        gz.write(noise);
      }
      ex.getResponseHeaders().add("Content-Encoding", "gzip");
      ex.sendResponseHeaders(500, bytes.size());
      ex.getResponseBody().write(bytes.toByteArray());
      ex.close();
    });
    server.createContext("/gzip-bomb-error", ex -> gzipped(ex, 500, 100_000)); // small on the wire, 100,000 inflated
    server.createContext("/gzip-exactly-the-limit", ex -> gzipped(ex, 200, 1_000));
    server.createContext("/corrupt-gzip-400", ex -> {
      byte[] garbage = "not gzip at all".getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Encoding", "gzip");
      ex.sendResponseHeaders(400, garbage.length);
      ex.getResponseBody().write(garbage);
      ex.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** {@code length} bytes of 'x', gzipped. */
  private static void gzipped(HttpExchange ex, int status, int length) throws java.io.IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("x".repeat(length).getBytes(StandardCharsets.UTF_8));
    }
    ex.getResponseHeaders().add("Content-Encoding", "gzip");
    ex.sendResponseHeaders(status, bytes.size());
    ex.getResponseBody().write(bytes.toByteArray());
    ex.close();
  }

  /** {@code length} bytes of 'x', with or without a Content-Length. */
  private static void answer(HttpExchange ex, int status, int length, boolean chunked) throws java.io.IOException {
    ex.sendResponseHeaders(status, chunked ? 0 : length);
    byte[] kilobyte = "x".repeat(1_000).getBytes(StandardCharsets.UTF_8);
    try {
      for (int sent = 0; sent < length; sent += kilobyte.length) {
        ex.getResponseBody().write(kilobyte);
        ex.getResponseBody().flush();
      }
    } catch (java.io.IOException clientLeft) {
      // the transport stopped reading: that is the point
    }
    ex.close();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static Request request(Request.HttpMethod method, String url, Map<String, Collection<String>> headers, byte[] body) {
    return Request.create(method, url, headers, body, StandardCharsets.UTF_8, null);
  }

  private static Request.Options options(long readMillis) {
    return new Request.Options(1_000, TimeUnit.MILLISECONDS, readMillis, TimeUnit.MILLISECONDS, false);
  }

  @Test
  void sendsABodyOnDeleteAndReadsTheResponseAsBytes() throws Exception {
    Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("Content-Type", List.of("application/json"));
    headers.put("X-Custom", List.of("a", "b"));
    headers.put("Content-Length", List.of("999")); // restricted: the JDK sets it
    headers.put("Host", List.of("evil.example")); // restricted
    headers.put("Connection", List.of("close")); // restricted
    headers.put("Accept-Encoding", List.of("br")); // the transport's: it inflates gzip only
    Response r = transport.execute(request(Request.HttpMethod.DELETE, base + "/echo", headers,
        "{\"tags\":[\"x\"]}".getBytes(StandardCharsets.UTF_8)), options(5_000));
    assertEquals(200, r.status());
    assertEquals("DELETE", SEEN.get("method"));
    assertEquals("{\"tags\":[\"x\"]}", SEEN.get("body"));
    assertEquals("*/*", SEEN.get("accept"));
    assertEquals("[a, b]", SEEN.get("x-custom"));
    assertEquals("[gzip]", SEEN.get("accept-encoding"));
    try (InputStream in = r.body().asInputStream()) {
      assertArrayEquals("{\"ok\":true}".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
    }
    assertTrue(r.body().isRepeatable());
    assertEquals(List.of("7"), List.copyOf(r.headers().get("x-ratelimit-remaining")), "headers are case-insensitive");
    assertEquals(List.of("7"), List.copyOf(r.headers().get("X-RATELIMIT-REMAINING")));
  }

  @Test
  void getWithoutBodyAndAnExplicitAccept() throws Exception {
    Map<String, Collection<String>> headers = Map.of("accept", List.of("application/json"));
    Response r = transport.execute(request(Request.HttpMethod.GET, base + "/echo", headers, null), options(5_000));
    assertEquals(200, r.status());
    assertEquals("GET", SEEN.get("method"));
    assertEquals("", SEEN.get("body"));
    assertEquals("application/json", SEEN.get("accept"));
  }

  @Test
  void noContent() throws Exception {
    Response r = transport.execute(request(Request.HttpMethod.DELETE, base + "/empty", Map.of(), new byte[0]), options(5_000));
    assertEquals(204, r.status());
    assertTrue(r.body() == null || r.body().asInputStream().readAllBytes().length == 0);
  }

  @Test
  void inflatesGzip() throws Exception {
    Response r = transport.execute(request(Request.HttpMethod.GET, base + "/gzip", Map.of(), null), options(5_000));
    try (InputStream in = r.body().asInputStream()) {
      assertEquals("{\"zipped\":1}", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    // the headers describe the body handed on, not the one on the wire
    assertFalse(r.headers().containsKey("Content-Encoding"), r.headers().toString());
    assertFalse(r.headers().containsKey("Content-Length"), r.headers().toString());
  }

  @Test
  void aSuccessLongerThanTheLimitIsNotReadWhetherItsLengthIsDeclaredOrNot() {
    for (String path : List.of("/big", "/big-chunked", "/gzip-bomb")) {
      JdkTransport.ResponseTooLarge e = assertThrows(JdkTransport.ResponseTooLarge.class,
          () -> small.execute(request(Request.HttpMethod.GET, base + path, Map.of(), null), options(5_000)), path);
      assertEquals(200, e.status, path);
      assertTrue(e.getMessage().contains("1000 bytes (maxResponseBytes)"), e.getMessage());
    }
  }

  @Test
  void anErrorLongerThanTheLimitKeepsItsStatusAndItsFirstBytes() throws Exception {
    Response r = small.execute(request(Request.HttpMethod.GET, base + "/big-error", Map.of(), null), options(5_000));
    assertEquals(500, r.status());
    try (InputStream in = r.body().asInputStream()) {
      assertEquals("x".repeat(1_000), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aGzipErrorCutAtTheLimitKeepsWhatInflated() throws Exception {
    Response r = small.execute(request(Request.HttpMethod.GET, base + "/big-gzip-error", Map.of(), null), options(5_000));
    assertEquals(500, r.status());
    try (InputStream in = r.body().asInputStream()) {
      byte[] body = in.readAllBytes(); // the first (under 1,000) bytes that inflated before the cut
      assertTrue(body.length > 100 && body.length <= 1_000, "length " + body.length);
      assertTrue(new String(body, StandardCharsets.UTF_8).startsWith("{\"message\":\"the reason\""));
    }
  }

  @Test
  void aGzipErrorInflatingPastTheLimitKeepsItsFirstBytes() throws Exception {
    Response r = small.execute(request(Request.HttpMethod.GET, base + "/gzip-bomb-error", Map.of(), null), options(5_000));
    assertEquals(500, r.status());
    try (InputStream in = r.body().asInputStream()) {
      assertEquals("x".repeat(1_000), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aGzipSuccessOfExactlyTheLimitIsRead() throws Exception {
    Response r = small.execute(request(Request.HttpMethod.GET, base + "/gzip-exactly-the-limit", Map.of(), null),
        options(5_000));
    try (InputStream in = r.body().asInputStream()) {
      assertEquals("x".repeat(1_000), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void anErrorWhoseBodyDoesNotInflateKeepsItsStatus() throws Exception {
    Response r = transport.execute(request(Request.HttpMethod.GET, base + "/corrupt-gzip-400", Map.of(), null),
        options(5_000));
    assertEquals(400, r.status());
    assertTrue(r.body() == null || r.body().asInputStream().readAllBytes().length == 0);
  }

  @Test
  void theCallsReadTimeoutIsHonouredAndKeepsTheJdkType() {
    // /slow answers after 2 s: had the 200 ms of the call's options been ignored, the answer would have come
    HttpTimeoutException e = assertThrows(HttpTimeoutException.class,
        () -> transport.execute(request(Request.HttpMethod.GET, base + "/slow", Map.of(), null), options(200)));
    assertTrue(e.getMessage().contains("200 ms"), e.getMessage());
  }

  @Test
  void aStalledBodyEndsAtTheReadTimeoutAndTheNextRequestStillWorks() throws Exception {
    HttpTimeoutException e = assertThrows(HttpTimeoutException.class,
        () -> transport.execute(request(Request.HttpMethod.GET, base + "/stalled", Map.of(), null), options(200)));
    assertTrue(e.getMessage().contains("200 ms") && e.getMessage().contains("the body"), e.getMessage());
    // the abandoned exchange's connection is closed, not handed to the next request
    Response next = transport.execute(request(Request.HttpMethod.GET, base + "/echo", Map.of(), null), options(2_000));
    assertEquals(200, next.status());
  }

  @Test
  void anInterruptWhileTheBodyArrivesBecomesInterruptedIoExceptionWithTheFlagSet() throws Exception {
    assertInterruptedDuring("/stalled"); // the headers are in after 300 ms: the caller waits for the rest of the body
  }

  @Test
  void aRefusedConnectionStaysAConnectException() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    assertThrows(ConnectException.class, () -> transport.execute(
        request(Request.HttpMethod.GET, "http://127.0.0.1:" + port + "/x", Map.of(), null), options(2_000)));
  }

  @Test
  void anInterruptBecomesInterruptedIoExceptionWithTheFlagSet() throws Exception {
    assertInterruptedDuring("/slow"); // no headers for 2 s
  }

  /** A GET of {@code path} interrupted after 300 ms ends with InterruptedIOException, the thread's flag set again. */
  private void assertInterruptedDuring(String path) throws InterruptedException {
    Throwable[] thrown = new Throwable[1];
    boolean[] flag = new boolean[1];
    CountDownLatch done = new CountDownLatch(1);
    Thread t = new Thread(() -> {
      try {
        transport.execute(request(Request.HttpMethod.GET, base + path, Map.of(), null), options(10_000));
      } catch (Throwable e) {
        thrown[0] = e;
        flag[0] = Thread.currentThread().isInterrupted();
      }
      done.countDown();
    });
    t.start();
    Thread.sleep(300);
    t.interrupt();
    assertTrue(done.await(5, TimeUnit.SECONDS), "the call ended");
    assertEquals(InterruptedIOException.class, thrown[0].getClass(), String.valueOf(thrown[0]));
    assertTrue(flag[0], "interrupt flag restored");
  }


  @Test
  void anInvalidUrlIsAnIoException() {
    assertThrows(java.io.IOException.class,
        () -> transport.execute(request(Request.HttpMethod.GET, "http://bad host/x", Map.of(), null), options(1_000)));
  }
}
