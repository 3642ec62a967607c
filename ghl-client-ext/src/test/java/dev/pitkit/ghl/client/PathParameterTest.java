package dev.pitkit.ghl.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pitkit.ghl.client.error.GhlValidationException;
import dev.pitkit.ghl.client.error.GhlValidationException.Violation;
import dev.pitkit.ghl.api.ProductsApi.GetProductQueryParams;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A path parameter is exactly one path segment: ids are percent-encoded (a slash included), and
 * empty, {@code .} and {@code ..} are rejected before sending, because {@code getContact("")}
 * would otherwise be {@code GET /contacts/} (the list) and {@code deleteContact("..")} a
 * request to another resource.
 */
class PathParameterTest {
  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  private GhlClient ghl;

  @BeforeEach
  void setUp() {
    ghl = FacadeTestSupport.clientOnEmptyAnswers(wm);
  }

  private String sentPath() {
    return FacadeTestSupport.onlyRequest(wm).getUrl();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a/b|a%2Fb",
      "../locations/x|..%2Flocations%2Fx",
      "a%2Fb|a%252Fb", // a '%' is data too: sent as itself, not read by the server as "a/b" (Feign would pass %2F through)
      "50%|50%25",
      "a b|a%20b",
      "a?b=c|a%3Fb%3Dc",
      "a#b|a%23b",
      "é|%C3%A9",
      "abc123|abc123"})
  void idsArePercentEncodedIntoOneSegment(String id, String encoded) {
    ghl.contacts().getContact(id);
    assertEquals("/highlevel-pit/contacts/" + encoded, sentPath());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", ".", ".."})
  void emptyBlankOrDotSegmentsAreRejected(String id) {
    GhlValidationException e = assertThrows(GhlValidationException.class, () -> ghl.contacts().deleteContact(id));
    assertEquals(List.of("contactId"), e.violations().stream().map(Violation::field).toList());
    assertTrue(e.getMessage().contains("path segment"), e.getMessage());
    assertEquals(0, wm.getAllServeEvents().size());
  }

  @Test
  void everyPathParameterIsChecked() {
    GhlValidationException e = assertThrows(GhlValidationException.class,
        () -> ghl.contacts().deleteContactTask("", ".."));
    assertEquals(List.of("contactId", "taskId"), e.violations().stream().map(Violation::field).toList());
    assertThrows(GhlValidationException.class, () -> ghl.products().getProduct("", new GetProductQueryParams()
        .locationId("loc1")));
    assertThrows(GhlValidationException.class, () -> ghl.connections().deleteConnection(""));
    assertEquals(0, wm.getAllServeEvents().size());
  }

  @Test
  void queryValuesMayHoldSlashes() {
    // only path segments are restricted; a query value is encoded as given
    ghl.calendars().getCalendarFreeSlots("cal1", FacadeTestSupport.EPOCH_MS, FacadeTestSupport.EPOCH_MS + 1,
        "America/Los_Angeles", null, null);
    assertEquals("America/Los_Angeles",
        FacadeTestSupport.onlyRequest(wm).queryParameter("timezone").firstValue());
  }
}
