package dev.pitkit.ghl.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitkit.ghl.generated.support.GeneratedApis;
import dev.pitkit.ghl.generated.support.SpecFile;
import dev.pitkit.ghl.generated.support.SpecOperation;
import java.lang.reflect.Method;
import dev.pitkit.ghl.generated.support.TestClients;
import dev.pitkit.ghl.model.ContactCreateRequest;
import dev.pitkit.ghl.model.ContactUpdateRequest;
import dev.pitkit.ghl.model.CustomFieldCreateRequest;
import dev.pitkit.ghl.model.Funnel;
import dev.pitkit.ghl.model.FunnelsListResponse;
import dev.pitkit.ghl.model.VoiceAiAgent;
import dev.pitkit.ghl.model.VoiceAiAgentAction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the spec follows GHL's official files and the Maton skill (issue #25, "Spec and mock
 * fidelity"), checked on the generated models and the spec's own text.
 */
class SpecFidelityTest {

  private static final ObjectMapper MAPPER = TestClients.mapper();

  @Test
  void aContactUpdateCannotSendGenderWhichGhlDocumentsOnlyOnCreate() throws Exception {
    String sent = "{\"firstName\":\"Jane\",\"companyName\":\"New Company\",\"gender\":\"female\"}";
    assertEquals(MAPPER.readTree("{\"firstName\":\"Jane\",\"companyName\":\"New Company\"}"),
        MAPPER.readTree(MAPPER.writeValueAsString(MAPPER.readValue(sent, ContactUpdateRequest.class))),
        "gender is not part of the update request (companyName is, as the Maton skill sends it)");
    assertEquals(MAPPER.readTree("{\"locationId\":\"loc123\",\"gender\":\"female\"}"),
        MAPPER.readTree(MAPPER.writeValueAsString(new ContactCreateRequest().locationId("loc123").gender("female"))),
        "create keeps gender (official CreateContactDto)");
  }

  @Test
  void updateContactSaysWhyItSendsCompanyName() {
    String description = SpecFile.operation("updateContact").model().getDescription();
    assertTrue(description.contains("`companyName` is not in GHL's official update schema")
        && description.contains("Maton skill"), description);
  }

  @Test
  void customFieldDataTypeIsOpenSoRadioAndEmailFieldsCanBeCreated() throws Exception {
    for (String type : List.of("RADIO", "EMAIL", "SOME_TYPE_GHL_ADDS_LATER")) {
      CustomFieldCreateRequest request = new CustomFieldCreateRequest().name("Preferred channel").dataType(type);
      assertEquals(type, MAPPER.readTree(MAPPER.writeValueAsString(request)).path("dataType").asText());
      assertEquals(type, MAPPER.readValue("{\"name\":\"x\",\"dataType\":\"" + type + "\"}",
          CustomFieldCreateRequest.class).getDataType());
    }
    JsonNode dataType = SpecFile.at("#/components/schemas/CustomFieldCreateRequest/properties/dataType").orElseThrow();
    List<String> known = new ArrayList<>();
    dataType.path("x-extensible-enum").forEach(v -> known.add(v.asText()));
    assertEquals(List.of("TEXT", "LARGE_TEXT", "NUMERICAL", "PHONE", "MONETORY", "CHECKBOX", "SINGLE_OPTIONS",
        "MULTIPLE_OPTIONS", "FLOAT", "DATE", "TEXTBOX_LIST", "FILE_UPLOAD", "SIGNATURE", "RADIO", "EMAIL"), known,
        "the seed's 13 types and custom-fields.json's RADIO and EMAIL");
  }

  /**
   * The seed shows {@code funnels} as an array, GHL's file as one object. The model itself accepts both,
   * so a caller of the raw Feign interfaces with a plain Jackson decoder gets the official shape too.
   */
  @Test
  void listFunnelsDecodesBothShapesWithAPlainObjectMapper() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    String funnel = "{\"_id\":\"SkIDfu0S4m3NYQyvWHC6\",\"name\":\"Course funnel\"}";
    FunnelsListResponse official = plain.readValue("{\"funnels\":" + funnel + ",\"count\":1,\"traceId\":\"t1\"}",
        FunnelsListResponse.class);
    FunnelsListResponse seed = plain.readValue("{\"funnels\":[" + funnel + "," + funnel + "],\"count\":2}",
        FunnelsListResponse.class);
    assertEquals(List.of("Course funnel"), official.getFunnels().stream().map(Funnel::getName).toList());
    assertEquals(1, official.getCount());
    assertEquals(List.of("Course funnel", "Course funnel"), seed.getFunnels().stream().map(Funnel::getName).toList());
  }

  /**
   * GHL's schema gives a Voice AI agent's actions {@code id}, its example {@code _id}: either is the
   * action's id (the one its update and delete need); it is written back as {@code id}.
   */
  @Test
  void aVoiceAiAgentActionReadsItsIdFromIdOrUnderscoreId() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    VoiceAiAgent agent = plain.readValue("{\"id\":\"agent1\",\"actions\":[{\"_id\":\"507f1f77bcf86cd799439011\","
        + "\"actionType\":\"SMS\"},{\"id\":\"act2\"}]}", VoiceAiAgent.class);
    assertEquals(List.of("507f1f77bcf86cd799439011", "act2"), agent.getActions().stream().map(VoiceAiAgentAction::getId).toList());
    assertEquals("{\"id\":\"act2\"}", TestClients.mapper().writeValueAsString(agent.getActions().get(1)));
  }

  /**
   * GHL deprecated {@code GET /contacts/} and {@code GET /users/}: every generated variant is
   * {@code @Deprecated}, the replacement is in the spec, in the same interface and not deprecated.
   */
  @Test
  void listContactsAndListUsersAreDeprecatedAndTheirReplacementsExist() {
    for (String[] pair : new String[][] {{"listContacts", "searchContacts"}, {"listUsers", "searchUsers"}}) {
      SpecOperation old = SpecFile.operation(pair[0]);
      SpecOperation replacement = SpecFile.operation(pair[1]);
      assertEquals(Boolean.TRUE, old.model().getDeprecated(), pair[0]);
      assertEquals(pair[1], old.model().getExtensions().get("x-ghl-replaced-by"), pair[0]);
      List<Method> oldMethods = GeneratedApis.methods(old);
      assertEquals(4, oldMethods.size(), "positional, QueryParams and their WithHttpInfo twins of " + pair[0]);
      for (Method m : oldMethods) {
        assertTrue(m.isAnnotationPresent(Deprecated.class), m.toString());
      }
      for (Method m : GeneratedApis.methods(replacement)) {
        assertFalse(m.isAnnotationPresent(Deprecated.class), m.toString());
        assertEquals(oldMethods.get(0).getDeclaringClass(), m.getDeclaringClass(), m.toString());
      }
    }
  }
}
