package dev.pitkit.ghl.examples;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.api.LocationsApi;
import dev.pitkit.ghl.client.GhlFeign;
import dev.pitkit.ghl.model.Contact;

/**
 * The generated interfaces from a Feign builder, as the README's "Raw Feign interfaces" section
 * shows: {@link GhlFeign} hands out the client's implementation, so every call takes the client's
 * pipeline (routing, {@code Version}, validation, retries, typed errors).
 */
public final class RawFeignExample {
  private RawFeignExample() {}

  /** Reads a contact (sub-account connection) and a location (agency connection) without the facade. */
  public static String run(String baseUrl, String apiKey, String agencyConnection, String subAccountConnection) {
    ContactsApi contacts = GhlFeign.builder(apiKey, agencyConnection, subAccountConnection)
        .target(ContactsApi.class, baseUrl);
    LocationsApi locations = GhlFeign.builder(apiKey, agencyConnection, subAccountConnection)
        .target(LocationsApi.class, baseUrl);
    Contact contact = contacts.getContact("abc123").getContact();
    return contact.getFirstName() + " @ " + locations.getLocation("abc123").getLocation().getName();
  }
}
