package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pitkit.ghl.client.error.GhlInvalidResponseException;
import dev.pitkit.ghl.model.CalendarFreeSlotsDay;
import dev.pitkit.ghl.model.CalendarFreeSlotsResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The free-slots answer is a JSON object keyed by date; a {@code traceId} string may sit beside the
 * dates. The days come out in the order GHL sent them, and the trace id apart from them.
 */
class CalendarFreeSlotsTest {
  private static final String PATH = "/highlevel-pit/calendars/cal1/free-slots";

  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  private GhlClient ghl;

  @BeforeEach
  void setUp() {
    ghl = FacadeTestSupport.builder(wm).build();
  }

  private CalendarFreeSlotsResponse answer(String json) {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(json)));
    return ghl.calendars().getCalendarFreeSlots("cal1", FacadeTestSupport.EPOCH_MS, FacadeTestSupport.EPOCH_MS + 1,
        null, null, null);
  }

  @Test
  void traceIdBesideTheDatesIsKeptApartFromTheDays() {
    CalendarFreeSlotsResponse r = answer("""
        {"2026-04-30": {"slots": ["2026-04-30T09:00:00-07:00"]},
         "traceId": "trace-1",
         "2026-04-29": {"slots": ["2026-04-29T10:00:00-07:00", "2026-04-29T10:30:00-07:00"]},
         "2026-05-01": {"slots": []}}""");
    assertEquals("trace-1", r.getTraceId());
    Map<String, CalendarFreeSlotsDay> days = r.getAdditionalProperties();
    assertEquals(List.of("2026-04-30", "2026-04-29", "2026-05-01"), List.copyOf(days.keySet()), "GHL's order");
    assertEquals(List.of("2026-04-29T10:00:00-07:00", "2026-04-29T10:30:00-07:00"), days.get("2026-04-29").getSlots());
    assertTrue(r.getAdditionalProperty("2026-05-01").getSlots().isEmpty());
  }

  @Test
  void onlyDatesIsTheDocumentedShape() {
    CalendarFreeSlotsResponse r = answer("{\"2026-04-29\": {\"slots\": [\"2026-04-29T10:00:00-07:00\"]}}");
    assertNull(r.getTraceId());
    assertEquals(List.of("2026-04-29T10:00:00-07:00"), r.getAdditionalProperty("2026-04-29").getSlots());
  }

  @Test
  void noFreeDaysIsAnEmptyAnswerNotAnError() {
    CalendarFreeSlotsResponse r = answer("{\"traceId\": \"trace-2\"}");
    assertEquals("trace-2", r.getTraceId());
    assertNull(r.getAdditionalProperties(), "no day was sent");
  }

  @Test
  void aDayThatIsNotAnObjectIsATypedError() {
    GhlInvalidResponseException e = assertThrows(GhlInvalidResponseException.class,
        () -> answer("{\"2026-04-29\": \"busy\"}"));
    assertEquals(200, e.status());
  }
}
