package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pitkit.ghl.client.error.GhlApiException;
import dev.pitkit.ghl.client.error.GhlException;
import dev.pitkit.ghl.client.error.GhlInvalidResponseException;
import dev.pitkit.ghl.model.ConnectionCreateRequest;
import dev.pitkit.ghl.model.ContactTaskCreateRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * The API key must appear in no log line (at the most verbose level), no exception message or
 * cause, and no {@code toString()}. Logging goes through SLF4J; the test binding (slf4j-simple)
 * writes to whatever {@code System.err} is at the time of the call, so the test captures it.
 * Secret response headers are masked the same way, and bodies appear only at BODY.
 */
class SecretMaskingTest {
  private static final String CANARY = "canary_key_DO_NOT_LEAK_123";

  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  @BeforeEach
  void stubs() {
    wm.stubFor(get("/highlevel-pit/contacts/c1").willReturn(okJson("{\"contact\":{\"id\":\"c1\",\"firstName\":\"BodyMarker\"}}")
        .withHeader("Set-Cookie", "sid=resp_secret_COOKIE").withHeader("X-Api-Key", "resp_secret_APIKEY")
        .withHeader("X-Refresh-Token", "resp_secret_TOKEN").withHeader("X-Request-Id", "req-1")));
    wm.stubFor(post(urlPathEqualTo("/highlevel-pit/contacts/c1/tasks"))
        .willReturn(okJson("{\"task\":{\"id\":\"t1\",\"title\":\"Follow up\"}}")));
    wm.stubFor(get("/highlevel-pit/contacts/unauthorized").willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withHeader("WWW-Authenticate", "Bearer realm=\"maton\"")
        .withBody("{\"statusCode\":401,\"message\":\"Invalid API key\"}")));
    wm.stubFor(get("/highlevel-pit/contacts/html").willReturn(aResponse().withStatus(200).withBody("<html>login</html>")));
    // servers that echo the key they were sent
    wm.stubFor(get("/highlevel-pit/contacts/echo401").willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Invalid API key " + CANARY + "\"}")));
    wm.stubFor(get("/highlevel-pit/contacts/echoHtml").willReturn(aResponse().withStatus(200)
        .withBody("<html>bad key " + CANARY + "</html>")));
    wm.stubFor(get("/highlevel-pit/contacts/echoShape").willReturn(okJson("{\"contact\":\"" + CANARY + "\"}")));
    wm.stubFor(post("/connections").willReturn(okJson("{\"connection\":{\"connection_id\":\"n1\",\"url\":\"https://connect.maton.ai/?session_token=x\"}}")));
  }

  /** Runs {@code body} with System.err (and System.out) captured; returns what was written. */
  static synchronized String capture(Executable body) throws Throwable {
    PrintStream err = System.err;
    PrintStream out = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
    System.setErr(ps);
    System.setOut(ps);
    try {
      body.execute();
    } finally {
      System.setErr(err);
      System.setOut(out);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  private GhlClient.Builder canaryBuilder(LogLevel level) {
    return GhlClient.builder().apiKey(CANARY).baseUrl(wm.baseUrl()).agencyConnection("conn_agency")
        .subAccountConnection("conn_sub").logLevel(level).maxRetries(0).rateLimiting(false);
  }

  @Test
  void canaryKeyLeaksNowhere() throws Throwable {
    List<String> texts = new ArrayList<>();
    List<Throwable> thrown = new ArrayList<>();
    String log = capture(() -> {
      GhlClient.Builder builder = canaryBuilder(LogLevel.BODY);
      texts.add(builder.toString());
      GhlClient ghl = builder.build();
      GhlClient view = ghl.withConnection("conn_view");
      RequestOptions options = RequestOptions.builder().connection("conn_call").maxRetries(0).build();
      texts.add(ghl.toString());
      texts.add(view.toString());
      texts.add(ghl.withOptions(options).toString());
      texts.add(options.toString());
      texts.add(ghl.options().toString());
      texts.add(ghl.contacts().toString());
      texts.add(view.locations().toString());
      texts.add(ghl.connections().toString());
      texts.add(String.valueOf(ghl.contacts().hashCode()));

      // successes, with request and response bodies logged
      ghl.contacts().getContact("c1");
      view.contacts().getContact("c1");
      ghl.contacts().createContactTask("c1", new ContactTaskCreateRequest().title("Follow up").dueDate("2026-06-01T10:00:00Z")
          .completed(false));
      ghl.connections().createConnection(new ConnectionCreateRequest().app("highlevel-pit"));
      // failures of every kind
      thrown.add(assertThrows(GhlException.class, () -> ghl.contacts().getContact("unauthorized")));
      thrown.add(assertThrows(GhlException.class, () -> ghl.contacts().getContact("html")));
      thrown.add(assertThrows(GhlException.class, () -> ghl.contacts().getContact("echo401")));
      thrown.add(assertThrows(GhlException.class, () -> ghl.contacts().getContact("echoHtml")));
      thrown.add(assertThrows(GhlException.class, () -> ghl.contacts().getContact("echoShape")));
      thrown.add(assertThrows(GhlException.class, () -> ghl.contacts().getContact("unstubbed")));
      thrown.add(assertThrows(GhlException.class, () -> ghl.contacts().createContactTask("c1", new ContactTaskCreateRequest())));
      thrown.add(assertThrows(GhlException.class, () -> canaryBuilder(LogLevel.BODY).agencyConnection(null).build()
          .locations().getLocation("l1")));
      thrown.add(assertThrows(GhlException.class, () -> closedPortClient().contacts().getContact("c1")));
      // bad keys that contain the canary must not be echoed
      thrown.add(assertThrows(GhlException.class, () -> canaryBuilder(LogLevel.BODY).apiKey(CANARY + "\r\n").build()));
      thrown.add(assertThrows(GhlException.class, () -> canaryBuilder(LogLevel.BODY).apiKey(" " + CANARY).build()));
      thrown.add(assertThrows(GhlException.class, () -> canaryBuilder(LogLevel.BODY).apiKey(CANARY + "{x}").build()));
      thrown.add(assertThrows(GhlException.class, () -> canaryBuilder(LogLevel.BODY).baseUrl("http://example.com").build()));
    });

    // the capture works and BODY level really logged headers and bodies
    assertTrue(log.contains("Authorization: ****"), log);
    assertTrue(log.contains("BodyMarker"), "response bodies are logged at BODY: " + log);
    assertTrue(log.contains("Follow up"), "request bodies are logged at BODY");
    assertTrue(log.contains("Maton-Connection: conn_view"), "non-secret headers are logged as they are");

    for (Throwable t : thrown) {
      for (Throwable c = t; c != null; c = c.getCause()) {
        texts.add(String.valueOf(c.getMessage()));
        texts.add(c.toString());
      }
    }
    assertEquals(13, thrown.size());
    GhlApiException echoed = (GhlApiException) thrown.get(2);
    assertTrue(echoed.getMessage().contains("Invalid API key ****"), echoed.getMessage());
    texts.add(echoed.body());
    texts.add(echoed.details().toString());
    texts.add(((GhlInvalidResponseException) thrown.get(3)).bodySnippet());
    assertTrue(log.contains("Invalid API key ****"), "the echoing body is logged, the key masked");
    for (String text : texts) {
      assertFalse(text.contains(CANARY), "canary leaked: " + text);
      assertFalse(text.contains("resp_secret_"), "secret response header leaked: " + text);
    }
    assertFalse(log.contains(CANARY), "canary leaked into the log:\n" + log);
    assertFalse(log.contains("resp_secret_"), "secret response header leaked into the log:\n" + log);
  }

  private GhlClient closedPortClient() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    return canaryBuilder(LogLevel.BODY).baseUrl("http://127.0.0.1:" + port).build();
  }

  @Test
  void levelsControlWhatIsLogged() throws Throwable {
    String none = capture(() -> canaryBuilder(LogLevel.NONE).build().contacts().getContact("c1"));
    assertFalse(none.contains("highlevel-pit/contacts/c1"), none);

    String basic = capture(() -> canaryBuilder(LogLevel.BASIC).build().contacts().getContact("c1"));
    assertTrue(basic.contains("GET ") && basic.contains("/highlevel-pit/contacts/c1"), basic);
    assertTrue(basic.contains("200"), basic);
    assertFalse(basic.contains("Maton-Connection"), "no headers at BASIC: " + basic);
    assertFalse(basic.contains("BodyMarker"), "no bodies at BASIC: " + basic);

    String headers = capture(() -> canaryBuilder(LogLevel.HEADERS).build().contacts().getContact("c1"));
    assertTrue(headers.contains("Maton-Connection: conn_sub"), headers);
    assertTrue(headers.contains("Authorization: ****"), headers);
    assertFalse(headers.contains("BodyMarker"), "no bodies at HEADERS: " + headers);

    String body = capture(() -> canaryBuilder(LogLevel.BODY).build().contacts().getContact("c1"));
    assertTrue(body.contains("BodyMarker"), body);

    for (String s : List.of(none, basic, headers, body)) {
      assertFalse(s.contains(CANARY), s);
      assertFalse(s.contains("resp_secret_"), s);
    }
  }

  @Test
  void logsGoToTheDocumentedSlf4jLogger() throws Throwable {
    String log = capture(() -> canaryBuilder(LogLevel.BASIC).build().contacts().getContact("c1"));
    assertTrue(log.contains("dev.pitkit.ghl.client.http"), log);
  }

  /**
   * A server may echo the key escaped (JSON's {@code \/}, a unicode escape) or in a header: the
   * exception's message, messages, headers and serialized form never show it; a key the snippet's
   * cut would split is masked whole.
   */
  @Test
  void escapedEchoesAndHeaderEchoesOfTheKeyAreMasked() throws Exception {
    String key = "test/key/not/real/123";
    String unicode = "\\u0074est/key/not/real/123"; // JSON text \u0074est...: "test..." once decoded
    wm.stubFor(get("/highlevel-pit/contacts/escaped").willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withHeader("WWW-Authenticate", "Bearer token=\"" + key + "\"")
        .withHeader("X-Echo", "sent " + key)
        .withBody("{\"message\":[\"Invalid API key test\\/key\\/not\\/real\\/123\", \"or " + unicode + "\"]}")));
    GhlClient ghl = GhlClient.builder().apiKey(key).baseUrl(wm.baseUrl()).subAccountConnection("conn_sub").maxRetries(0)
        .rateLimiting(false).build();
    GhlApiException e = assertThrows(GhlApiException.class, () -> ghl.contacts().getContact("escaped"));
    ByteArrayOutputStream serialized = new ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(serialized)) {
      out.writeObject(e);
    }
    for (String text : List.of(e.getMessage(), String.valueOf(e.errorMessages()), e.body(), String.valueOf(e.headers()),
        e.toString(), serialized.toString(StandardCharsets.ISO_8859_1))) {
      assertFalse(text.contains("key/not/real") || text.contains("key\\/not"), text);
    }
    assertEquals("****", e.headers().get("www-authenticate").get(0));
    assertEquals("sent ****", e.headers().get("x-echo").get(0));

    String page = "<html>" + "x".repeat(490) + key + "</html>"; // the key across the 500-character snippet's end
    wm.stubFor(get("/highlevel-pit/contacts/cut").willReturn(aResponse().withStatus(200).withBody(page)));
    GhlInvalidResponseException cut = assertThrows(GhlInvalidResponseException.class, () -> ghl.contacts().getContact("cut"));
    assertFalse(cut.bodySnippet().contains("test/k"), cut.bodySnippet());
  }

  /**
   * At BODY the wire log shows response bodies as they came: one that echoes the key written as
   * unicode escapes is logged with the key masked, as the exception shows it.
   */
  @Test
  void theBodyLogMasksTheKeyEchoedAsUnicodeEscapes() throws Throwable {
    String escaped = CANARY.chars().mapToObj(c -> String.format("\\u%04x", c)).reduce("", String::concat);
    wm.stubFor(get("/highlevel-pit/contacts/escapedEcho").willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\":[\"Invalid API key " + escaped + "\", \"or c" + escaped.substring(6) + "\"]}")));
    List<GhlApiException> thrown = new ArrayList<>();
    String log = capture(() -> thrown.add(assertThrows(GhlApiException.class,
        () -> canaryBuilder(LogLevel.BODY).maxRetries(0).build().contacts().getContact("escapedEcho"))));
    assertTrue(log.contains("Invalid API key ****\", \"or ****"), log);
    assertTrue(thrown.get(0).getMessage().contains("Invalid API key ****"), thrown.get(0).getMessage());
    for (String text : List.of(log, thrown.get(0).body(), String.valueOf(thrown.get(0).errorMessages()))) {
      assertFalse(text.contains(escaped.substring(6)) || text.contains(CANARY), text);
    }
  }

  /** Line breaks in what the server says cannot forge log lines through the exception's message. */
  @Test
  void serverTextCannotBreakTheMessagesLine() {
    wm.stubFor(get("/highlevel-pit/contacts/forged").willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"bad\\n[main] INFO com.example.Audit - admin login ok\",\"traceId\":\"t\\r\\n1\"}")));
    GhlApiException e = assertThrows(GhlApiException.class,
        () -> canaryBuilder(LogLevel.NONE).build().contacts().getContact("forged"));
    assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), e.getMessage());
    assertTrue(e.getMessage().contains("bad\\n[main] INFO"), e.getMessage());
    assertEquals("bad\n[main] INFO com.example.Audit - admin login ok", e.errorMessages().get(0), "the data itself is kept");
  }

  /**
   * The text of an I/O failure is the JDK's or a transport's, and may quote what the server sent (a status
   * line echoing the key) or the request itself (its Authorization header): masked in the message and in
   * every cause, on one line.
   */
  @Test
  void ioFailuresThatQuoteTheKeyAreMasked() throws Exception {
    List<Throwable> thrown = new ArrayList<>();
    try (ServerSocket echo = new ServerSocket(0)) {
      Thread server = new Thread(() -> {
        try (java.net.Socket s = echo.accept()) {
          s.getInputStream().read(new byte[4096]);
          s.getOutputStream().write(("HTTP/1.1 2x0 " + CANARY + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException ignored) {
          // the client gave up: nothing to answer
        }
      });
      server.start();
      thrown.add(assertThrows(GhlException.class, () -> canaryBuilder(LogLevel.NONE)
          .baseUrl("http://127.0.0.1:" + echo.getLocalPort()).build().contacts().getContact("c1")));
      server.join(5_000);
    }
    feign.Client quotesTheRequest = (request, options) -> {
      throw new IOException("upstream refused " + request); // feign's Request.toString() lists every header
    };
    thrown.add(assertThrows(GhlException.class,
        () -> canaryBuilder(LogLevel.NONE).transport(quotesTheRequest).build().contacts().getContact("c1")));
    feign.Client failsQuotingHeaders = (request, options) -> {
      throw new IllegalStateException("no route for " + request.headers());
    };
    thrown.add(assertThrows(GhlException.class,
        () -> canaryBuilder(LogLevel.NONE).transport(failsQuotingHeaders).build().contacts().getContact("c1")));

    assertTrue(thrown.get(0).getMessage().contains("Invalid status line: \"HTTP/1.1 2x0 ****\""), thrown.get(0).getMessage());
    assertTrue(thrown.get(1).getMessage().contains("(getContact) failed: IOException: upstream refused GET "),
        thrown.get(1).getMessage());
    for (Throwable t : thrown) {
      assertFalse(t.getMessage().contains("\n"), "one line: " + t.getMessage());
      for (Throwable c = t; c != null; c = c.getCause()) {
        assertFalse(String.valueOf(c.getMessage()).contains(CANARY), "canary leaked: " + c);
        assertFalse(c.toString().contains(CANARY), "canary leaked: " + c);
        java.io.StringWriter trace = new java.io.StringWriter();
        c.printStackTrace(new java.io.PrintWriter(trace));
        assertFalse(trace.toString().contains(CANARY), "canary leaked into the stack trace: " + trace);
      }
    }
  }

  /** Below BODY, the wire log shows a query's names, not its values (an email, a phone number). */
  @Test
  void queryValuesAreNotLoggedBelowBody() throws Throwable {
    wm.stubFor(get(urlPathEqualTo("/highlevel-pit/contacts/search/duplicate")).willReturn(okJson("{}")));
    for (LogLevel level : List.of(LogLevel.BASIC, LogLevel.HEADERS)) {
      String log = capture(() -> canaryBuilder(level).build().contacts().getDuplicateContact("loc1", "+15551234567",
          "john.doe@example.com"));
      assertTrue(log.contains("/highlevel-pit/contacts/search/duplicate?locationId=***&number=***&email=***"), log);
      assertFalse(log.contains("example.com") || log.contains("5551234567"), log);
    }
    String body = capture(() -> canaryBuilder(LogLevel.BODY).build().contacts().getDuplicateContact("loc1", "+15551234567",
        "john.doe@example.com"));
    assertTrue(body.contains("john.doe%40example.com"), body);
  }
}
