package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.model.ContactUpdateRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The request fields GHL clears when they are sent null ({@code x-is-jackson-optional-nullable} in
 * the spec: the ones its {@code UpdateContactDto} marks nullable) have three states: set to a value,
 * set to null (sent as {@code null}), never set (not sent). Every other field is sent only when set.
 */
class ClearingFieldsTest {
  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  private static final String CONTACT = "/highlevel-pit/contacts/abc123";
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeEach
  void stub() {
    wm.stubFor(put(urlPathEqualTo(CONTACT)).willReturn(okJson("{\"succeded\":true,\"contact\":{\"id\":\"abc123\"}}")));
  }

  private JsonNode sentBody() throws Exception {
    return JSON.readTree(FacadeTestSupport.onlyRequest(wm).getBodyAsString());
  }

  @Test
  void aFieldSetToNullIsSentAsNullAndOneNeverSetIsNotSent() throws Exception {
    GhlClient ghl = FacadeTestSupport.builder(wm).build();

    ghl.contacts().updateContact("abc123", new ContactUpdateRequest().firstName("Jane").email(null).assignedTo(null)
        .dateOfBirth(null));

    JsonNode body = sentBody();
    assertEquals("Jane", body.path("firstName").asText());
    assertTrue(body.has("email") && body.get("email").isNull(), body.toString());
    assertTrue(body.has("assignedTo") && body.get("assignedTo").isNull(), body.toString());
    assertTrue(body.has("dateOfBirth") && body.get("dateOfBirth").isNull(), body.toString());
    assertEquals(4, body.size(), "nothing else is sent: " + body);
  }

  @Test
  void aFieldWithoutAClearedStateIsNotSentWhenNull() throws Exception {
    GhlClient ghl = FacadeTestSupport.builder(wm).build();

    ghl.contacts().updateContact("abc123", new ContactUpdateRequest().companyName(null).postalCode(null).phone("+15551234567"));

    assertEquals("{\"phone\":\"+15551234567\"}", sentBody().toString(),
        "companyName and postalCode are not nullable in GHL's UpdateContactDto: null means not set");
  }

  @Test
  void gettersReadThePlainValueAndTheThreeStatesStayApart() {
    ContactUpdateRequest cleared = new ContactUpdateRequest().email(null);
    ContactUpdateRequest untouched = new ContactUpdateRequest();

    assertNull(cleared.getEmail());
    assertNull(untouched.getEmail());
    assertTrue(cleared.getEmail_JsonNullable().isPresent(), "set to null");
    assertFalse(untouched.getEmail_JsonNullable().isPresent(), "never set");
    assertFalse(cleared.equals(untouched), "clearing is not leaving alone");
    assertEquals("a@example.com", new ContactUpdateRequest().email("a@example.com").getEmail());
  }

  @Test
  void theRawFeignEntryPointSendsTheSameBody() throws Exception {
    ContactsApi contacts = GhlFeign.builder(FacadeTestSupport.KEY, FacadeTestSupport.AGENCY, FacadeTestSupport.SUB)
        .target(ContactsApi.class, wm.baseUrl());

    contacts.updateContact("abc123", new ContactUpdateRequest().email(null));

    assertEquals("{\"email\":null}", sentBody().toString());
  }
}
