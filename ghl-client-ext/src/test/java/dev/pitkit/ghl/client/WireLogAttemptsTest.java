package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pitkit.ghl.client.error.GhlIoException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** At BASIC and above every attempt of a call gets its wire log lines, failed or not; the key stays masked. */
class WireLogAttemptsTest {
  private static final String CONTACT = "/highlevel-pit/contacts/abc123";
  private static final String KEY = "wirelog_key_not_real_42";

  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  private GhlClient client(LogLevel level, int maxRetries) {
    return GhlClient.builder().apiKey(KEY).baseUrl(wm.baseUrl()).subAccountConnection("conn_sub")
        .logLevel(level).maxRetries(maxRetries).rateLimiting(false).sleeper(d -> { }).build();
  }

  private static List<String> lines(String log, String marker) {
    return Arrays.stream(log.split("\\R")).filter(l -> l.contains(marker)).toList();
  }

  @Test
  void aRetriedCallLogsEachAttemptAndItsResponse() throws Throwable {
    wm.stubFor(get(urlPathEqualTo(CONTACT)).inScenario("r").whenScenarioStateIs(STARTED).willSetStateTo("ok")
        .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
            .withBody("{\"statusCode\":503,\"message\":\"busy\"}")));
    wm.stubFor(get(urlPathEqualTo(CONTACT)).inScenario("r").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"contact\":{\"id\":\"abc123\"}}")));

    String log = SecretMaskingTest.capture(() -> client(LogLevel.BASIC, 2).contacts().getContact("abc123"));

    assertEquals(2, lines(log, "---> GET " + wm.baseUrl() + CONTACT).size(), log);
    List<String> responses = lines(log, "<--- HTTP/1.1 ");
    assertEquals(2, responses.size(), log);
    assertTrue(responses.get(0).contains(" 503 "), responses.get(0));
    assertTrue(responses.get(1).contains(" 200 "), responses.get(1));
    assertTrue(responses.get(0).contains("[ContactsApi#getContact]"), "lines are tagged with the method: " + responses.get(0));
  }

  @Test
  void aFailedAttemptGetsAnErrorLineAndTheKeyStaysMasked() throws Throwable {
    wm.stubFor(get(urlPathEqualTo(CONTACT)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    String log = SecretMaskingTest.capture(
        () -> assertThrows(GhlIoException.class, () -> client(LogLevel.HEADERS, 1).contacts().getContact("abc123")));

    int seen = wm.getAllServeEvents().size();
    assertEquals(2, lines(log, "<--- ERROR").size(), "one error line per attempt of ours:\n" + log);
    assertEquals(seen, lines(log, "---> GET").size(), "one request line per request the server saw:\n" + log);
    assertTrue(log.contains("Authorization: ****"), log);
    assertFalse(log.contains(KEY), "the key never appears");
  }

  @Test
  void noneLogsNothing() throws Throwable {
    wm.stubFor(get(urlPathEqualTo(CONTACT)).willReturn(okJson("{\"contact\":{\"id\":\"abc123\"}}")));
    String log = SecretMaskingTest.capture(() -> client(LogLevel.NONE, 0).contacts().getContact("abc123"));
    assertEquals(List.of(), lines(log, "--->"));
  }
}
