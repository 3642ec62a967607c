package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.api.InvoicesApi;
import dev.pitkit.ghl.api.LocationTasksApi;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.GhlFeign;
import dev.pitkit.ghl.client.GhlRawRequest;
import dev.pitkit.ghl.client.GhlRawResponse;
import dev.pitkit.ghl.client.RequestOptions;
import dev.pitkit.ghl.client.error.NotFoundException;
import dev.pitkit.ghl.client.error.RateLimitException;
import dev.pitkit.ghl.client.pagination.Page;
import dev.pitkit.ghl.client.pagination.Pager;
import dev.pitkit.ghl.model.Contact;
import dev.pitkit.ghl.model.ContactCreateRequest;
import dev.pitkit.ghl.model.ContactResponse;
import dev.pitkit.ghl.model.ContactUpdateRequest;
import dev.pitkit.ghl.model.ContactUpdateResponse;
import dev.pitkit.ghl.model.ContactsListResponse;
import dev.pitkit.ghl.model.Invoice;
import dev.pitkit.ghl.model.InvoicesListResponse;
import dev.pitkit.ghl.model.LocationTask;
import dev.pitkit.ghl.model.LocationTaskSearchRequest;
import dev.pitkit.ghl.model.LocationTasksSearchResponse;
import dev.pitkit.ghl.testkit.GhlMockExtension;
import dev.pitkit.ghl.testkit.GhlMockServer;
import dev.pitkit.ghl.testkit.PageChain;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Java examples of the main README and of the testkit's README, each verbatim inside a test
 * (ReadmeSnippetsTest in ghl-examples checks every block is here or in another test), run against
 * the mock gateway. Examples that configure from the environment get it from invoker.properties.
 */
class ReadmeExamplesTest {
  @RegisterExtension
  static GhlMockExtension gateway = EnvironmentGateway.onMatonBaseUrlPort();

  private static final Logger log = LoggerFactory.getLogger(ReadmeExamplesTest.class);

  private final List<Contact> processedContacts = new ArrayList<>();
  private final List<Invoice> processedInvoices = new ArrayList<>();

  private void process(Contact contact) {
    processedContacts.add(contact);
  }

  private void process(Invoice invoice) {
    processedInvoices.add(invoice);
  }

  private List<String> connectionsOf(String operationId) {
    return gateway.requestsFor(operationId).stream().map(r -> r.getHeader("Maton-Connection")).toList();
  }

  @Test
  void connectionRouting() {
    GhlClient ghl = gateway.client();

    GhlClient acme = ghl.withConnection("conn_acme_location");       // cheap view, shares everything
    acme.contacts().getContact("abc123");                            // sent with conn_acme_location

    ghl.withOptions(RequestOptions.builder()                          // per-call overrides
            .connection("conn_other").maxRetries(0).timeout(Duration.ofSeconds(5)).build())
        .contacts().getContact("abc123");

    GhlClient location7 = ghl.withSubAccountConnection("conn_location_7");   // one location of an agency:
    location7.contacts().getContact("abc123");                       // sent with conn_location_7,
    location7.locations().getLocation("loc7");                       // agency operations with the agency's

    assertEquals(List.of("conn_acme_location", "conn_other", "conn_location_7"), connectionsOf("getContact"));
    assertEquals(List.of(gateway.agencyConnection()), connectionsOf("getLocation"));
  }

  @Test
  void clearingAField() {
    GhlClient ghl = gateway.client();

    ghl.contacts().updateContact("abc123", new ContactUpdateRequest()
        .email(null)             // sent as "email": null: GHL clears the contact's email
        .firstName("Jane"));     // a field never set is not sent

    assertEquals("{\"firstName\":\"Jane\",\"email\":null}",
        gateway.requestsFor("updateContact").get(0).getBodyAsString());
  }

  @Test
  void rawRequests() {
    GhlClient ghl = gateway.client();
    gateway.skipRequestValidation(); // aFieldTheSpecLacks is not in the spec, which the mock would report

    GhlRawResponse answer = ghl.rawRequest(GhlRawRequest.builder("PUT", "/contacts/{contactId}")
        .pathParam("contactId", "abc123")                  // one path segment, percent-encoded
        .jsonBody("{\"firstName\": \"Jane\", \"aFieldTheSpecLacks\": true}")   // or .body(model or Map)
        .operationId("updateContactRaw")                   // its name in metrics, logs and errors
        .build());
    ContactUpdateResponse updated = answer.as(ContactUpdateResponse.class);   // or bodyText(), as(Map.class)

    GhlRawResponse plans = ghl.rawRequest(GhlRawRequest.builder("GET", "/saas/agency-plans/{companyId}")
        .pathParam("companyId", "company123")
        .token(GhlRawRequest.Token.AGENCY)                 // the agency connection (default: sub-account)
        .version("2021-04-15")                             // default 2021-07-28; null sends none
        .build());

    assertEquals(200, answer.status());
    assertTrue(updated.getSucceded());
    assertEquals("{\"firstName\": \"Jane\", \"aFieldTheSpecLacks\": true}",
        gateway.requestsFor("updateContact").get(0).getBodyAsString());
    assertEquals(200, plans.status());
    assertFalse(plans.bodyText().isEmpty());
    gateway.verify().called("listSaasAgencyPlans", 1).routing(); // agency connection, Version 2021-04-15
  }

  @Test
  void retriesAndRateLimits() {
    GhlClient ghl = GhlClient.builder()
        .fromEnv()                                   // MATON_API_KEY, GHL_SUB_ACCOUNT_CONNECTION, ...
        .maxRetries(3)                               // default 2
        .maxRetryDelay(Duration.ofSeconds(20))       // default 30 s
        // .rateLimiting(false)                      // switch the client-side limiter off
        // .rateLimiter(new MySharedRateLimiter())   // or share one budget across JVMs
        .build();

    // Per call: a short timeout, and retry this POST even after a timeout or 5xx (it may duplicate).
    ContactResponse created = ghl
        .withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(5)).retryNonIdempotent(true).build())
        .contacts().createContact(new ContactCreateRequest().locationId("loc123").firstName("Ada"));

    try {
      ghl.contacts().getContact("c1");
    } catch (RateLimitException e) {
      if (e.rateLimit().dailyLimitReached()) {
        // 200,000 requests/day for this location are spent: try again tomorrow
      }
      log.warn("rate limited after {} attempts, retry after {}", e.attempts(), e.retryAfter().orElse(null));
    }

    assertEquals("abc123", created.getContact().getId());
    assertEquals(1, gateway.callCount("getContact"));
    gateway.verify().routing();
  }

  @Test
  void pagination() {
    gateway.operation("listContacts").pages(3, 2);
    gateway.operation("listInvoices").pages(2, 2);
    PageChain tasks = gateway.operation("searchLocationTasks").pages(2, 2);
    GhlClient ghl = gateway.client();

    Pager<ContactsListResponse, Contact> contacts = ghl.withConnection("conn_loc123").paginate(ContactsApi.class,
        api -> api.listContacts("loc123", 100, "smith", null, null),   // first page: filters and page size
        ContactsListResponse::getContacts);
    // the same with the query-map overload:
    // api -> api.listContacts(new ContactsApi.ListContactsQueryParams().locationId("loc123").limit(100).query("smith"))

    contacts.stream().map(Contact::getEmail).forEach(System.out::println);   // every contact, lazily
    for (Contact c : contacts.maxItems(500)) { process(c); }                 // at most 500, no extra page

    // Page by page, to save where you are between runs
    Pager<InvoicesListResponse, Invoice> invoices = ghl.paginate(InvoicesApi.class,
        api -> api.listInvoices("loc123", "location", 100, 0, "paid", null, null, null, null, null, null, null),
        InvoicesListResponse::getInvoices);
    Page<InvoicesListResponse, Invoice> page = invoices.firstPage();
    while (true) {
      page.items().forEach(this::process);
      if (!page.hasNextPage()) break;
      Map<String, Object> resumeFrom = page.nextPageParams();   // e.g. {altId=loc123, ..., offset=100}
      page = page.nextPage().orElseThrow();
    }

    // A search that pages in its JSON request body: each page sends a copy of this body, skip advanced
    List<LocationTask> openTasks = ghl.paginate(LocationTasksApi.class,
        api -> api.searchLocationTasks("loc123", new LocationTaskSearchRequest().completed(false).limit(100)),
        LocationTasksSearchResponse::getTasks).stream().toList();

    Map<String, Object> storedParams = invoices.firstPage().nextPageParams();   // as a previous run stored it
    Pager<InvoicesListResponse, Invoice> rest = invoices.resumeFrom(storedParams);   // a stored nextPageParams()

    assertEquals(6, processedContacts.size());
    assertEquals(4, processedInvoices.size());
    assertEquals(2, storedParams.get("offset"), storedParams.toString());
    assertEquals(invoices.firstPage().nextPage().orElseThrow().items(), rest.stream().toList(),
        "the resumed walk starts at the stored page");
    assertEquals(tasks.itemIds(), openTasks.stream().map(LocationTask::getId).toList());
    assertTrue(connectionsOf("listContacts").stream().allMatch("conn_loc123"::equals));
  }

  @Test
  void metricsWithMicrometer() {
    MeterRegistry registry = new SimpleMeterRegistry();   // or your application's registry
    GhlClient ghl = GhlClient.builder()
        .fromEnv()
        .callListener(call -> Timer.builder("ghl.calls")
            .tag("operation", call.operationId())
            .tag("outcome", call.succeeded() ? "ok" : call.error().getClass().getSimpleName())
            .register(registry)
            .record(call.duration()))
        .build();

    gateway.operation("getContact").willReturnError(404);
    ghl.contacts().createContact(new ContactCreateRequest().locationId("loc123").firstName("Ada"));
    assertThrows(NotFoundException.class, () -> ghl.contacts().getContact("gone"));

    assertEquals(1, registry.get("ghl.calls").tag("operation", "createContact").tag("outcome", "ok").timer().count());
    assertEquals(1, registry.get("ghl.calls").tag("operation", "getContact").tag("outcome", "NotFoundException")
        .timer().count());
  }

  @Test
  void rawFeignInterfaces() {
    ContactsApi contacts = GhlFeign.builder(System.getenv("MATON_API_KEY"), null, "conn_sub")
        .target(ContactsApi.class, GhlFeign.DEFAULT_BASE_URL);

    String described = contacts.toString();
    assertTrue(described.contains(GhlFeign.DEFAULT_BASE_URL), described);
    assertFalse(described.contains(System.getenv("MATON_API_KEY")), "the key never shows in toString()");
  }

  @Test
  void testkitReadmeMockServerFromJava() {
    try (GhlMockServer gateway = GhlMockServer.start(0)) {      // 0: any free port
      GhlClient ghl = GhlClient.builder().apiKey("test_maton_key_not_secret").baseUrl(gateway.baseUrl())
          .agencyConnection("conn_agency").subAccountConnection("conn_sub").build();
      ghl.contacts().getContact("abc123");
    }
    // or GhlMockServer.start(GhlMockServer.Options.defaults().port(0).validateRequests(true).rateLimitAll().every(3))

    try (GhlMockServer faulty = GhlMockServer.start(GhlMockServer.Options.defaults().port(0).validateRequests(true).rateLimitAll().every(3))) {
      GhlClient ghl = GhlClient.builder().apiKey("test_maton_key_not_secret").baseUrl(faulty.baseUrl())
          .subAccountConnection("conn_sub").maxRetries(0).rateLimiting(false).build();
      ghl.contacts().getContact("abc123");
      ghl.contacts().getContact("abc123");
      RateLimitException third = assertThrows(RateLimitException.class,
          () -> ghl.contacts().getContact("abc123"));
      assertEquals(429, third.status());
    }
  }
}
