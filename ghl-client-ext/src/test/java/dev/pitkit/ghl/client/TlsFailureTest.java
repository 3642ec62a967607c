package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pitkit.ghl.client.error.GhlIoException;
import dev.pitkit.ghl.model.ContactTaskCreateRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server whose TLS certificate the JVM does not trust (WireMock's own, self-signed): no request
 * reaches it, so the failure says nothing was sent, and it is not retried, since the same
 * certificate would be refused again.
 */
class TlsFailureTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().dynamicHttpsPort()).configureStaticDsl(false).build();

  @Test
  void anUntrustedCertificateFailsOnceAndDoesNotClaimTheServerMayHaveActed() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    List<Object> waits = new ArrayList<>();
    GhlClient ghl = GhlClient.builder().apiKey("tls_key_not_real").baseUrl("https://localhost:" + wm.getHttpsPort())
        .subAccountConnection("conn_sub").maxRetries(2).rateLimiting(false).sleeper(waits::add).build();

    GhlIoException post = assertThrows(GhlIoException.class, () -> ghl.contacts().createContactTask("c1",
        new ContactTaskCreateRequest().title("Call back").dueDate("2026-06-01T10:00:00Z").completed(false)));
    GhlIoException get = assertThrows(GhlIoException.class, () -> ghl.contacts().getContact("c1"));

    for (GhlIoException e : List.of(post, get)) {
      assertEquals(1, e.attempts(), e.getMessage());
      assertTrue(e.getMessage().contains("certificate was refused"), e.getMessage());
      assertFalse(e.getMessage().contains("may have applied"), "nothing was sent: " + e.getMessage());
    }
    assertTrue(waits.isEmpty(), "no backoff before giving up: " + waits);
    assertEquals(0, wm.getAllServeEvents().size(), "no request got through the handshake");
  }
}
