package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.model.CalendarFreeSlotsDay;
import dev.pitkit.ghl.model.CalendarFreeSlotsResponse;
import dev.pitkit.ghl.model.ConnectionCreateRequest;
import dev.pitkit.ghl.model.Contact;
import dev.pitkit.ghl.model.ContactCreateRequest;
import dev.pitkit.ghl.model.ContactTagsRequest;
import dev.pitkit.ghl.model.Location;
import dev.pitkit.ghl.testkit.GhlMockExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The main README's quickstart, verbatim (ReadmeSnippetsTest in ghl-examples checks the text),
 * configured the way it says: from the environment. invoker.properties sets MATON_API_KEY (a fake
 * key), both connections and MATON_BASE_URL, which points at this mock gateway's port.
 */
class QuickstartTest {
  @RegisterExtension
  static GhlMockExtension gateway = EnvironmentGateway.onMatonBaseUrlPort();

  @Test
  void readmeQuickstartRunsAsWritten() {
    long startEpochMs = 1_777_420_800_000L;                 // 2026-04-29T00:00:00Z
    long endEpochMs = startEpochMs + 7 * 86_400_000L;

    GhlClient ghl = GhlClient.builder()
        .fromEnv()                                   // MATON_API_KEY, GHL_AGENCY_CONNECTION, GHL_SUB_ACCOUNT_CONNECTION
        .build();                                    // immutable, thread-safe: build one per application

    // x-ghl-token: sub-account -> sent with the sub-account connection, Version 2021-07-28
    Contact john = ghl.contacts().createContact(new ContactCreateRequest()
            .locationId("loc123").firstName("John").lastName("Doe").email("john@example.com"))
        .getContact();
    ghl.contacts().addContactTags(john.getId(), new ContactTagsRequest().tags(List.of("vip")));

    // x-ghl-token: agency -> sent with the agency connection
    List<Location> locations = ghl.locations().searchLocations("xyz789", 0, 20, null, null).getLocations();

    // Calendars and conversations get Version 2021-04-15 automatically
    CalendarFreeSlotsResponse free = ghl.calendars()
        .getCalendarFreeSlots("cal123", startEpochMs, endEpochMs, "America/Los_Angeles", null, null);
    Map<String, CalendarFreeSlotsDay> days = free.getAdditionalProperties(); // "2026-04-29" -> slots, in GHL's order

    // Maton connection management: create returns the URL where the user pastes the GHL token
    String url = ghl.connections().createConnection(new ConnectionCreateRequest().app("highlevel-pit"))
        .getConnection().getUrl();

    assertEquals("abc123", john.getId());
    assertFalse(locations.isEmpty());
    assertFalse(days.isEmpty());
    assertTrue(url.startsWith("https://"), url);
    gateway.verify().authorization(GhlMockExtension.API_KEY);
    gateway.verify().routing();   // each call carried its operation's connection and Version
    assertEquals(1, gateway.callCount("addContactTags"));
  }
}
