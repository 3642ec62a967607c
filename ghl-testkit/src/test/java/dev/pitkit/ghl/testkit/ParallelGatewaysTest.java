package dev.pitkit.ghl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.model.Contact;
import dev.pitkit.ghl.model.ContactsListResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Test methods running concurrently, each with its own gateway (an instance field: one server per
 * test, dynamic port, no static DSL), its own stubs, faults and recorded requests.
 */
@Execution(ExecutionMode.CONCURRENT)
class ParallelGatewaysTest {
  @RegisterExtension
  GhlMockExtension ghl = GhlMockExtension.create();

  @RepeatedTest(6)
  @SuppressWarnings("deprecation") // listContacts is deprecated by GHL and still served: tested on purpose
  void isolatedFromTheOtherTests() {
    PageChain chain = ghl.operation("listContacts").pages(2, 3);
    ghl.operation("getContact").nextCalls(1).rateLimited(Duration.ofSeconds(1));
    List<String> ids = ghl.client()
        .paginate(ContactsApi.class, api -> api.listContacts("loc123", 3, null, null, null), ContactsListResponse::getContacts)
        .stream().map(Contact::getId).toList();
    ghl.client().contacts().getContact("abc123");
    assertEquals(chain.itemIds(), ids);
    assertEquals(2, ghl.callCount("listContacts"));
    assertEquals(2, ghl.callCount("getContact"));
    assertEquals(List.of(Duration.ofSeconds(1)), ghl.sleeps());
    ghl.verify().routing();
  }
}
