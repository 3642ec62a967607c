package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.model.Contact;
import dev.pitkit.ghl.model.ContactsListResponse;
import dev.pitkit.ghl.testkit.GhlMockExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The main README's testkit example as a user pastes it into their own project (ReadmeSnippetsTest
 * in ghl-examples checks the class body is the README's, verbatim).
 */
class ContactSyncTest {
  @RegisterExtension
  static GhlMockExtension ghl = GhlMockExtension.create();   // dynamic port, every operation stubbed, spec validation on

  @Test
  void walksEveryPageAndSurvivesARateLimit() {
    ghl.operation("listContacts").pages(3, 2);                                   // cursor-style chain
    ghl.operation("listContacts").nextCalls(1).rateLimited(Duration.ofSeconds(1)); // 429 + Retry-After once
    List<Contact> all = ghl.client()
        .paginate(ContactsApi.class, api -> api.listContacts("loc123", 2, null, null, null),
            ContactsListResponse::getContacts)
        .stream().toList();

    assertEquals(6, all.size());
    assertEquals(List.of(Duration.ofSeconds(1)), ghl.sleeps());   // the client asked to wait; nobody slept
    ghl.verify().routing();        // Authorization, the right Maton-Connection and Version on every request
  }
}
