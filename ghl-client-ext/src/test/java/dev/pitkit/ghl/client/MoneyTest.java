package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pitkit.ghl.model.OpportunityCreateRequest;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Money keeps its exact value both ways (spec/CONVENTIONS.md, "Money"): every {@code type: number}
 * is a {@code BigDecimal}, decoded from the JSON text and written back digit for digit, scale
 * included, where a {@code double} would turn {@code 0.1} into a binary approximation and drop the
 * cents of amounts past 2^53.
 */
class MoneyTest {
  private static final String OPPORTUNITY = "/highlevel-pit/opportunities/opp1";

  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  private GhlClient ghl;

  @BeforeEach
  void setUp() {
    ghl = FacadeTestSupport.builder(wm).build();
  }

  @Test
  void amountsAreDecodedExactly() {
    wm.stubFor(get(urlPathEqualTo(OPPORTUNITY)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"opportunity\":{\"id\":\"opp1\",\"monetaryValue\":90071992547409.93}}")));

    BigDecimal value = ghl.opportunities().getOpportunity("opp1").getOpportunity().getMonetaryValue();

    assertEquals(new BigDecimal("90071992547409.93"), value, "a double would give 90071992547409.94");
    assertEquals(2, value.scale());
  }

  /** A decimal in an untyped value (a custom field's {@code Object}) keeps its digits and scale too, and goes back as it came. */
  @Test
  void decimalsInUntypedValuesAreBigDecimals() {
    wm.stubFor(get(urlPathEqualTo("/highlevel-pit/contacts/c1")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"contact\":{\"id\":\"c1\",\"customFields\":"
            + "[{\"id\":\"f1\",\"value\":42.50},{\"id\":\"f2\",\"value\":7}]}}")));

    java.util.List<dev.pitkit.ghl.model.ContactCustomField> fields =
        ghl.contacts().getContact("c1").getContact().getCustomFields();

    assertEquals(new BigDecimal("42.50"), fields.get(0).getValue(), "a Double would be 42.5");
    assertEquals(Integer.valueOf(7), fields.get(1).getValue(), "whole numbers stay integers");

    wm.resetRequests();
    wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put(urlPathEqualTo("/highlevel-pit/contacts/c1"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
    ghl.contacts().updateContact("c1", new dev.pitkit.ghl.model.ContactUpdateRequest().customFields(java.util.List.of(
        new dev.pitkit.ghl.model.ContactCustomFieldInput().id("f1").fieldValue(fields.get(0).getValue()))));
    String body = FacadeTestSupport.onlyRequest(wm).getBodyAsString();
    assertTrue(body.contains("\"field_value\":42.50"), "sent back as it came: " + body);
  }

  @Test
  void amountsAreSentDigitForDigit() {
    wm.stubFor(post(urlPathEqualTo("/highlevel-pit/opportunities/")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"opportunity\":{\"id\":\"opp2\"}}")));

    ghl.opportunities().createOpportunity(new OpportunityCreateRequest()
        .pipelineId("pipe1").locationId("loc1").name("Deal").status(OpportunityCreateRequest.StatusEnum.OPEN)
        .contactId("c1").monetaryValue(new BigDecimal("0.10")));

    String body = FacadeTestSupport.onlyRequest(wm).getBodyAsString();
    assertTrue(body.contains("\"monetaryValue\":0.10"), "scale kept, no binary rounding: " + body);
  }
}
