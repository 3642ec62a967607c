package com.example.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.client.GhlClient;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar ghl-testkit-<version>-standalone.jar --port N}, as ghl-testkit/README.md tells
 * curl users, then the seed's requests with only the host changed, a fault by header, and the
 * facade pointed at it.
 */
class StandaloneMockServerTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Process gateway;
  private static String baseUrl;
  private static Path log;

  @BeforeAll
  static void startTheJar() throws Exception {
    Path jar = Path.of(System.getProperty("standalone.jar"));
    assertTrue(Files.isRegularFile(jar), "the standalone jar is installed: " + jar);
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    baseUrl = "http://localhost:" + port;
    log = Path.of("target", "standalone-gateway.log");
    Files.createDirectories(log.getParent());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    gateway = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "--port", String.valueOf(port)))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      try {
        get("/highlevel-pit/contacts/abc123", "Bearer test");
        return;
      } catch (ConnectException notYet) {
        if (!gateway.isAlive() || System.nanoTime() > deadline) {
          throw new AssertionError("the gateway did not start:\n" + Files.readString(log), notYet);
        }
        Thread.sleep(100);
      }
    }
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (gateway != null) {
      gateway.destroy();
      gateway.waitFor();
    }
  }

  private static HttpResponse<String> get(String path, String authorization, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void seedRequestsWithOnlyTheHostChanged() throws Exception {
    HttpResponse<String> contacts = get("/highlevel-pit/contacts/?locationId=loc123&limit=10", "Bearer test");
    assertEquals(200, contacts.statusCode(), contacts.body());
    assertTrue(contacts.body().contains("\"contacts\""), contacts.body());
    HttpResponse<String> connections = get("/connections?app=highlevel-pit&status=ACTIVE", "Bearer test");
    assertEquals(200, connections.statusCode(), connections.body());
    HttpRequest create = HttpRequest.newBuilder(URI.create(baseUrl + "/connections"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer test")
        .POST(HttpRequest.BodyPublishers.ofString("{\"app\": \"highlevel-pit\"}")).build();
    HttpResponse<String> created = HTTP.send(create, HttpResponse.BodyHandlers.ofString());
    assertTrue(created.statusCode() >= 200 && created.statusCode() < 300, created.statusCode() + " " + created.body());
    assertTrue(created.body().contains("\"url\""), created.body());
  }

  @Test
  void withoutAuthorizationTheGatewayAnswers401() throws Exception {
    HttpResponse<String> r = get("/highlevel-pit/contacts/abc123", null);
    assertEquals(401, r.statusCode());
    assertTrue(r.body().contains("\"statusCode\":401") || r.body().contains("\"statusCode\" : 401"), r.body());
  }

  @Test
  void faultByHeader() throws Exception {
    assertEquals(429, get("/highlevel-pit/contacts/abc123", "Bearer x", "X-Mock-Fault", "429").statusCode());
    assertEquals(503, get("/highlevel-pit/contacts/abc123", "Bearer x", "X-Mock-Fault", "503").statusCode());
  }

  @Test
  void theFacadeTalksToIt() {
    GhlClient ghl = GhlClient.builder().apiKey("test_maton_key_not_secret").baseUrl(baseUrl)
        .subAccountConnection("conn_sub").build();
    assertEquals("abc123", ghl.contacts().getContact("abc123").getContact().getId());
  }
}
