package dev.pitkit.ghl.client;

import static dev.pitkit.ghl.client.FacadeTestSupport.AGENCY;
import static dev.pitkit.ghl.client.FacadeTestSupport.KEY;
import static dev.pitkit.ghl.client.FacadeTestSupport.SUB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.client.error.GhlIoException;
import dev.pitkit.ghl.model.ContactCreateRequest;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The read timeout bounds the whole response: a server that sends the status line and headers and
 * then stalls the body must not hold a call past it, whichever way the call is made.
 */
class ResponseDeadlineTest {
  private static final Duration GUARD = Duration.ofSeconds(10);
  private HttpServer server;
  private ExecutorService pool;
  private final AtomicInteger requests = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);
  private String base;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    pool = Executors.newCachedThreadPool();
    server.setExecutor(pool);
    server.createContext("/", ex -> {
      requests.incrementAndGet();
      ex.getRequestBody().readAllBytes();
      byte[] start = "{\"contact\":{\"id\":\"c1\",".getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(200, start.length + 100L); // promises more than it sends
      OutputStream out = ex.getResponseBody();
      out.write(start);
      out.flush();
      try {
        release.await(30, TimeUnit.SECONDS); // the rest never comes while the test runs
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ex.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
    pool.shutdownNow();
  }

  private GhlClient.Builder client() {
    return GhlClient.builder().apiKey(KEY).baseUrl(base).agencyConnection(AGENCY).subAccountConnection(SUB)
        .rateLimiting(false).sleeper(d -> { });
  }

  @Test
  void aStalledBodyEndsTheGetAtTheReadTimeoutAndTheGetIsRetried() {
    GhlClient ghl = client().readTimeout(Duration.ofMillis(300)).maxRetries(1).build();
    GhlIoException e = assertTimeoutPreemptively(GUARD,
        () -> assertThrows(GhlIoException.class, () -> ghl.contacts().getContact("c1")));
    assertTrue(e.getMessage().contains("timed out") && e.getMessage().contains("300 ms"), e.getMessage());
    assertEquals(2, e.attempts());
    assertEquals(2, requests.get(), "a GET is retried by the policy");
  }

  @Test
  void aStalledBodyEndsThePostAtTheReadTimeoutAndThePostIsNotRetried() {
    GhlClient ghl = client().readTimeout(Duration.ofMillis(300)).maxRetries(2).build();
    GhlIoException e = assertTimeoutPreemptively(GUARD, () -> assertThrows(GhlIoException.class,
        () -> ghl.contacts().createContact(new ContactCreateRequest().locationId("loc1").firstName("A"))));
    assertTrue(e.getMessage().contains("timed out"), e.getMessage());
    assertTrue(e.getMessage().contains("not retried"), e.getMessage());
    assertEquals(1, e.attempts());
    assertEquals(1, requests.get(), "a POST may have been applied: not sent again");
  }

  @Test
  void thePerCallTimeoutBoundsTheBodyToo() {
    GhlClient ghl = client().readTimeout(Duration.ofSeconds(60)).maxRetries(0).build();
    ContactsApi contacts = ghl.withOptions(RequestOptions.builder().timeout(Duration.ofMillis(250)).build()).contacts();
    GhlIoException e = assertTimeoutPreemptively(GUARD,
        () -> assertThrows(GhlIoException.class, () -> contacts.getContact("c1")));
    assertTrue(e.getMessage().contains("250 ms"), e.getMessage());
  }

  @Test
  void ghlFeignIsBoundedByFeignsReadTimeout() {
    ContactsApi contacts = GhlFeign.builder(KEY, AGENCY, SUB)
        .options(new feign.Request.Options(1, TimeUnit.SECONDS, 300, TimeUnit.MILLISECONDS, false))
        .target(ContactsApi.class, base);
    RuntimeException e = assertTimeoutPreemptively(GUARD,
        () -> assertThrows(RuntimeException.class, () -> contacts.getContact("c1")));
    assertTrue(String.valueOf(e.getMessage()).contains("timed out"), String.valueOf(e));
  }
}
