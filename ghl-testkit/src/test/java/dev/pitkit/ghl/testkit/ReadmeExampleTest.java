package dev.pitkit.ghl.testkit;

// The README's JUnit 5 example, verbatim from the imports on (ReadmeSnippetsTest in ghl-examples
// checks it): it must compile and pass.

import static org.junit.jupiter.api.Assertions.*;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.error.InternalServerException;
import dev.pitkit.ghl.client.error.NotFoundException;
import dev.pitkit.ghl.model.Contact;
import dev.pitkit.ghl.model.ContactCreateRequest;
import dev.pitkit.ghl.model.ContactsListResponse;
import dev.pitkit.ghl.testkit.GhlMockExtension;
import dev.pitkit.ghl.testkit.PageChain;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReadmeExampleTest {
  @RegisterExtension
  static GhlMockExtension ghl = GhlMockExtension.create();   // dynamic port, a stub for every operation

  @Test
  void walksEveryPage() {
    PageChain chain = ghl.operation("listContacts").pages(3, 2);   // cursor style: meta.startAfterId/startAfter
    GhlClient client = ghl.client();                                 // fake key, agency + sub-account connections
    List<String> ids = client
        .paginate(ContactsApi.class, api -> api.listContacts("loc123", 2, null, null, null),
            ContactsListResponse::getContacts)
        .stream().map(Contact::getId).toList();

    assertEquals(chain.itemIds(), ids);
    ghl.verify().called("listContacts", 3);
    ghl.verify().routing();   // Authorization, the right Maton-Connection and Version on every request
  }

  @Test
  void retriesARateLimit() {
    ghl.operation("getContact").nextCalls(2).rateLimited(Duration.ofSeconds(1));   // 429 + Retry-After: 1, twice
    assertEquals("abc123", ghl.client().contacts().getContact("abc123").getContact().getId());
    ghl.verify().called("getContact", 3);
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), ghl.sleeps()); // asked for, never slept
  }

  @Test
  void surfacesServerErrors() {
    ghl.operation("getContact").allCalls().serverError(503);
    assertThrows(InternalServerException.class, () -> ghl.client().contacts().getContact("abc123"));
  }

  @Test
  void sendsTheRightBody() {
    ContactCreateRequest contact = new ContactCreateRequest();
    contact.setLocationId("loc123");
    contact.setFirstName("Ada");
    ghl.client().contacts().createContact(contact);
    ghl.verify().called("createContact", 1, "{\"locationId\":\"loc123\",\"firstName\":\"Ada\"}");
  }

  @Test
  void yourOwnAnswer() {
    ghl.operation("getContact").willReturnError(404);       // GHL-style {"statusCode":404,...}
    assertThrows(NotFoundException.class, () -> ghl.client().contacts().getContact("gone"));
  }
}
