package dev.pitkit.ghl.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which header values {@link RedactingLogger} masks: secrets by name, case-insensitively; nothing else. */
class RedactingLoggerTest {
  @ParameterizedTest
  @ValueSource(strings = {"Authorization", "authorization", "AUTHORIZATION", "Proxy-Authorization", "Cookie",
      "cookie", "Set-Cookie", "X-Api-Key", "api-key", "X-Refresh-Token", "x-access-token", "Client-Secret",
      "X-Maton-Key"})
  void secretsAreMasked(String header) {
    assertTrue(RedactingLogger.isSecret(header), header);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Maton-Connection", "Version", "Content-Type", "Accept", "User-Agent", "X-Request-Id",
      "Retry-After", "X-RateLimit-Remaining", "WWW-Authenticate"})
  void diagnosticHeadersAreKept(String header) {
    assertFalse(RedactingLogger.isSecret(header), header);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Authorization", "Cookie", "X-Api-Key"})
  void maskedValueKeepsTheName(String header) {
    RedactingLogger logger = new RedactingLogger(new Secret("fake_key_logger"));
    PrintStream err = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      logger.log("ContactsApi#getContact()", "%s: %s", header, "Bearer canary_key_DO_NOT_LEAK_123");
    } finally {
      System.setErr(err);
    }
    String out = buf.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains(header + ": ****"), out);
    assertFalse(out.contains("canary_key_DO_NOT_LEAK_123"), out);
    assertEquals("dev.pitkit.ghl.client.http", RedactingLogger.LOGGER_NAME);
  }
}
