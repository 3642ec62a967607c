package com.example.starter;

import dev.pitkit.ghl.client.GhlClient;
import org.springframework.stereotype.Service;

/** Application code: injects the auto-configured client like any bean. */
@Service
public class ContactNames {
  private final GhlClient ghl;

  public ContactNames(GhlClient ghl) {
    this.ghl = ghl;
  }

  public String firstName(String contactId) {
    return ghl.contacts().getContact(contactId).getContact().getFirstName();
  }
}
