package dev.pitkit.ghl.examples;

import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.RequestOptions;
import dev.pitkit.ghl.model.Contact;
import dev.pitkit.ghl.model.Location;
import java.time.Duration;

/** Connection routing: the spec's x-ghl-token picks the connection; views and options override it. */
public final class RoutingExample {
  private RoutingExample() {}

  /** Reads a location with the agency connection and a contact with the sub-account one. */
  public static String run(GhlClient ghl) {
    // x-ghl-token: agency -> Maton-Connection = the agency connection
    Location location = ghl.locations().getLocation("abc123").getLocation();
    // x-ghl-token: sub-account -> the sub-account connection
    Contact contact = ghl.contacts().getContact("abc123").getContact();
    // a second sub-account: a cheap view bound to its connection, sharing everything else
    GhlClient other = ghl.withConnection("conn_other_location");
    Contact sameIdElsewhere = other.contacts().getContact("abc123").getContact();
    // per-call options: no retries and a short timeout for this one call
    ghl.withOptions(RequestOptions.builder().maxRetries(0).timeout(Duration.ofSeconds(5)).build())
        .contacts().getContact("abc123");
    return location.getName() + " / " + contact.getFirstName() + " / " + sameIdElsewhere.getFirstName();
  }
}
