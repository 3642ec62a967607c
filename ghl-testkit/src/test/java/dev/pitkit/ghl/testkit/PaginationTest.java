package dev.pitkit.ghl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.api.BusinessesApi;
import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.api.ConversationsApi;
import dev.pitkit.ghl.api.InvoicesApi;
import dev.pitkit.ghl.api.OpportunitiesApi;
import dev.pitkit.ghl.client.pagination.Pager;
import dev.pitkit.ghl.client.pagination.PaginationStyle;
import dev.pitkit.ghl.model.Business;
import dev.pitkit.ghl.model.BusinessesListResponse;
import dev.pitkit.ghl.model.Contact;
import dev.pitkit.ghl.model.ContactSearchRequest;
import dev.pitkit.ghl.model.ContactsListResponse;
import dev.pitkit.ghl.model.ConversationMessage;
import dev.pitkit.ghl.model.ConversationMessagesListResponse;
import dev.pitkit.ghl.model.Invoice;
import dev.pitkit.ghl.model.InvoicesListResponse;
import dev.pitkit.ghl.model.Opportunity;
import dev.pitkit.ghl.model.OpportunitySearchResponse;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pagination chains in each of the seven styles, walked to the end with {@code ghl.paginate(...)}. */
@SuppressWarnings("deprecation") // listContacts (deprecated by GHL, still served) is the cursor-style list
class PaginationTest {
  @RegisterExtension
  static GhlMockExtension ghl = GhlMockExtension.create();

  @Test
  void cursorStyleContacts() {
    PageChain chain = ghl.operation("listContacts").pages(3, 2);
    assertEquals(PaginationStyle.CURSOR, chain.style());
    List<String> ids = ghl.client()
        .paginate(ContactsApi.class, api -> api.listContacts("loc123", 2, null, null, null), ContactsListResponse::getContacts)
        .stream().map(Contact::getId).toList();
    assertEquals(chain.itemIds(), ids);
    assertEquals(List.of("abc123-1", "abc123-2", "abc123-3", "abc123-4", "abc123-5", "abc123-6"), ids);
    ghl.verify().called("listContacts", 3);
    List<LoggedRequest> calls = ghl.requestsFor("listContacts");
    assertEquals("abc123-2", calls.get(1).queryParameter("startAfterId").firstValue());
    assertTrue(calls.get(1).queryParameter("startAfter").isPresent(), "the composite cursor sends startAfter too");
    ghl.verify().routing();
  }

  @Test
  void pageStyleOpportunities() {
    PageChain chain = ghl.operation("searchOpportunities").pageSizes(2, 2, 1);
    assertEquals(PaginationStyle.PAGE, chain.style());
    List<String> ids = ghl.client()
        .paginate(OpportunitiesApi.class, api -> api.searchOpportunities("loc123", null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, 2, null, null, null), OpportunitySearchResponse::getOpportunities)
        .stream().map(Opportunity::getId).toList();
    assertEquals(chain.itemIds(), ids);
    List<LoggedRequest> calls = ghl.requestsFor("searchOpportunities");
    assertEquals(3, calls.size());
    assertEquals("3", calls.get(2).queryParameter("page").firstValue());
  }

  @Test
  void offsetStyleInvoices() {
    PageChain chain = ghl.operation("listInvoices").pages(3, 2);
    assertEquals(PaginationStyle.OFFSET, chain.style());
    List<String> ids = ghl.client()
        .paginate(InvoicesApi.class, api -> api.listInvoices("loc123", "location", 2, 0, null, null, null, null, null, null, null, null),
            InvoicesListResponse::getInvoices)
        .stream().map(Invoice::getId).toList();
    assertEquals(chain.itemIds(), ids);
    assertEquals(chain.expectedRequests(), ghl.callCount("listInvoices"), "three pages and the final empty one");
    List<String> offsets = ghl.requestsFor("listInvoices").stream().map(r -> r.queryParameter("offset").firstValue()).toList();
    assertEquals(List.of("0", "2", "4", "6"), offsets);
  }

  @Test
  void skipStyleBusinesses() {
    PageChain chain = ghl.operation("listBusinesses").pages(2, 3);
    assertEquals(PaginationStyle.SKIP, chain.style());
    List<String> ids = ghl.client()
        .paginate(BusinessesApi.class, api -> api.listBusinesses("loc123", 3, null), BusinessesListResponse::getBusinesses)
        .stream().map(Business::getId).toList();
    assertEquals(chain.itemIds(), ids);
    assertEquals(3, ghl.callCount("listBusinesses"));
  }

  @Test
  void messageStyleConversationMessages() {
    PageChain chain = ghl.operation("listConversationMessages").pages(3, 2);
    assertEquals(PaginationStyle.MESSAGE, chain.style());
    List<String> ids = ghl.client()
        .paginate(ConversationsApi.class, api -> api.listConversationMessages("conv123", null, 2, null),
            r -> r.getMessages().getMessages())
        .stream().map(ConversationMessage::getId).toList();
    assertEquals(chain.itemIds(), ids);
    List<LoggedRequest> calls = ghl.requestsFor("listConversationMessages");
    assertEquals(3, calls.size());
    assertEquals(chain.itemIds(1).get(1), calls.get(1).queryParameter("lastMessageId").firstValue());
  }

  @Test
  void aPartialWalkStopsEarly() {
    ghl.operation("listContacts").pages(5, 10);
    List<Contact> first15 = ghl.client()
        .paginate(ContactsApi.class, api -> api.listContacts("loc123", 10, null, null, null), ContactsListResponse::getContacts)
        .maxItems(15).stream().toList();
    assertEquals(15, first15.size());
    assertEquals(2, ghl.callCount("listContacts"), "only the pages needed are fetched");
  }

  @Test
  void aNonPaginatedOperationIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ghl.operation("getContact").pages(2, 2));
    assertTrue(e.getMessage().contains("not a paginated"), e.getMessage());
  }

  @Test
  void anUnknownOperationIdSuggestsTheRightOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ghl.operation("listContact"));
    assertTrue(e.getMessage().contains("listContacts"), e.getMessage());
  }

  static Stream<String> paginatedOperations() {
    return SpecFixtures.operations().values().stream().filter(op -> op.pagination() != null).map(SpecFixtures.Op::operationId);
  }

  /** Every paginated operation of the spec, walked generically (items read back as JSON). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("paginatedOperations")
  void everyPaginatedOperationWalksItsChain(String operationId) {
    PageChain chain = ghl.operation(operationId).pages(3, 2);
    assertEquals(chain.itemIds(), walk(operationId, chain.idField()));
    assertEquals(chain.expectedRequests(), ghl.callCount(operationId));
    ghl.verify().routing();
    assertEveryResponseIsValid();
  }

  /** The generated pages (and end-of-list pages) are valid responses of the spec, too. */
  private static void assertEveryResponseIsValid() {
    for (var e : ghl.getAllServeEvents()) {
      String path = dev.pitkit.ghl.testkit.internal.StubCatalog.pathOf(e.getRequest().getUrl());
      List<String> violations = dev.pitkit.ghl.testkit.internal.SpecHolder.validator().validateResponse(path,
          e.getRequest().getMethod().getName(), e.getResponse().getStatus(), "application/json", e.getResponse().getBodyAsString());
      assertEquals(List.of(), violations, e.getRequest().getUrl() + " answered " + e.getResponse().getBodyAsString());
    }
  }

  /**
   * Without a chain, a walk over the plain stubs returns the example's items and ends (the
   * end-of-list stub answers the next page empty) instead of looping on the example's cursor.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("paginatedOperations")
  void everyPaginatedOperationEndsOverThePlainStubs(String operationId) {
    List<String> ids = walk(operationId, "id");
    assertTrue(!ids.isEmpty() && ids.size() <= 3, ids.toString());
    assertTrue(ghl.callCount(operationId) <= 2, "the example page, then at most one empty page");
    assertEveryResponseIsValid();
  }

  @Test
  void aPageNumberPastTheFirstInTheBodyOfSearchContactsEndsACallersOwnLoop() {
    ContactsApi contacts = ghl.client().contacts();
    ContactSearchRequest first = new ContactSearchRequest().locationId("loc123").pageLimit(20).page(1);
    assertTrue(!contacts.searchContacts(first).getContacts().isEmpty(), "the first page is the example");
    assertEquals(List.of(), contacts.searchContacts(first.page(2)).getContacts(), "page 2 is past the example: empty");
    assertEveryResponseIsValid();
  }

  /** The items of a complete walk, by their {@code idField} ({@code ""} for an item without it). */
  private static List<String> walk(String operationId, String idField) {
    Method m = SpecFixtures.method(operationId);
    Object[] args = SpecFixtures.exampleArguments(operationId);
    String itemsPath = SpecFixtures.op(operationId).pagination().path("itemsPath").asText();
    Function<Object, Object> call = api -> {
      try {
        return m.invoke(api, args);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(e);
      }
    };
    Function<Object, List<Object>> items = response -> {
      List<Object> out = new ArrayList<>();
      dev.pitkit.ghl.testkit.internal.Json.at(SpecFixtures.MAPPER.valueToTree(response), itemsPath).forEach(out::add);
      return out;
    };
    @SuppressWarnings("unchecked")
    Class<Object> apiType = (Class<Object>) m.getDeclaringClass();
    Pager<Object, Object> pager = ghl.client().paginate(apiType, call, items);
    return pager.stream().map(item -> {
      return ((JsonNode) item).path(idField).asText();
    }).toList();
  }
}
