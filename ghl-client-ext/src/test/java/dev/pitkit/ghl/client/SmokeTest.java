package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.model.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmokeTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).configureStaticDsl(false).build();

  @Test
  void getContactCarriesGatewayHeaders() {
    wm.stubFor(get("/highlevel-pit/contacts/abc123").willReturn(okJson("{\"contact\":{\"id\":\"abc123\",\"firstName\":\"John\"}}")));
    GhlClient ghl = GhlClient.builder().apiKey("test_key_not_real").baseUrl(wm.baseUrl())
        .agencyConnection("conn_agency").subAccountConnection("conn_sub").build();
    ContactResponse r = ghl.contacts().getContact("abc123");
    assertEquals("John", r.getContact().getFirstName());
    wm.verify(getRequestedFor(urlEqualTo("/highlevel-pit/contacts/abc123"))
        .withHeader("Authorization", equalTo("Bearer test_key_not_real"))
        .withHeader("Maton-Connection", equalTo("conn_sub"))
        .withHeader("Version", equalTo("2021-07-28")));
  }
}
