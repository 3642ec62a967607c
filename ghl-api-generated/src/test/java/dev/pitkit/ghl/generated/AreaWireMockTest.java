package dev.pitkit.ghl.generated;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.pitkit.ghl.generated.support.SpecStubs.assertJsonBody;
import static dev.pitkit.ghl.generated.support.SpecStubs.assertNoBody;
import static dev.pitkit.ghl.generated.support.SpecStubs.assertRequestLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.api.AffiliateManagerApi;
import dev.pitkit.ghl.api.AssociationsApi;
import dev.pitkit.ghl.api.BusinessesApi;
import dev.pitkit.ghl.api.CalendarsApi;
import dev.pitkit.ghl.api.CampaignsApi;
import dev.pitkit.ghl.api.ConnectionsApi;
import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.api.ConversationsApi;
import dev.pitkit.ghl.api.CustomFieldsApi;
import dev.pitkit.ghl.api.CustomValuesApi;
import dev.pitkit.ghl.api.EmailVerificationApi;
import dev.pitkit.ghl.api.FormsApi;
import dev.pitkit.ghl.api.FunnelsApi;
import dev.pitkit.ghl.api.InvoicesApi;
import dev.pitkit.ghl.api.LinksApi;
import dev.pitkit.ghl.api.LocationTasksApi;
import dev.pitkit.ghl.api.LocationTemplatesApi;
import dev.pitkit.ghl.api.LocationsApi;
import dev.pitkit.ghl.api.MarketplaceApi;
import dev.pitkit.ghl.api.MediasApi;
import dev.pitkit.ghl.api.ObjectCustomFieldsApi;
import dev.pitkit.ghl.api.ObjectsApi;
import dev.pitkit.ghl.api.OpportunitiesApi;
import dev.pitkit.ghl.api.OpportunitiesApi.SearchOpportunitiesQueryParams;
import dev.pitkit.ghl.api.PaymentsApi;
import dev.pitkit.ghl.api.PaymentsApi.ListOrdersQueryParams;
import dev.pitkit.ghl.api.PaymentsApi.ListSubscriptionsQueryParams;
import dev.pitkit.ghl.api.PaymentsApi.ListTransactionsQueryParams;
import dev.pitkit.ghl.api.PhoneSystemApi;
import dev.pitkit.ghl.api.ProductsApi;
import dev.pitkit.ghl.api.SaasApi;
import dev.pitkit.ghl.api.SnapshotsApi;
import dev.pitkit.ghl.api.SocialMediaPostingApi;
import dev.pitkit.ghl.api.SurveysApi;
import dev.pitkit.ghl.api.TagsApi;
import dev.pitkit.ghl.api.UsersApi;
import dev.pitkit.ghl.api.WorkflowsApi;
import dev.pitkit.ghl.generated.support.SpecFile;
import dev.pitkit.ghl.generated.support.SpecStubs;
import dev.pitkit.ghl.generated.support.TestClients;
import dev.pitkit.ghl.model.MarketplaceAppUninstallRequest;
import dev.pitkit.ghl.model.MarketplaceExternalAuthMigrationRequest;
import dev.pitkit.ghl.model.SaasBulkDisableRequest;
import dev.pitkit.ghl.model.SaasBulkEnableActionPayload;
import dev.pitkit.ghl.model.SaasBulkEnableRequest;
import dev.pitkit.ghl.model.SaasEnableRequest;
import dev.pitkit.ghl.model.SaasPauseRequest;
import dev.pitkit.ghl.model.SaasRebillingUpdateRequest;
import dev.pitkit.ghl.model.SaasRebillingUpdateRequestConfig;
import dev.pitkit.ghl.model.SaasSubscriptionUpdateRequest;
import dev.pitkit.ghl.model.EmailVerificationRequest;
import dev.pitkit.ghl.model.PhoneNumberPurchaseRequest;
import dev.pitkit.ghl.model.BusinessCreateRequest;
import dev.pitkit.ghl.model.BusinessUpdateRequest;
import dev.pitkit.ghl.model.CalendarAppointmentCreateRequest;
import dev.pitkit.ghl.model.CalendarAppointmentNoteCreateRequest;
import dev.pitkit.ghl.model.CalendarAppointmentNoteUpdateRequest;
import dev.pitkit.ghl.model.CalendarAppointmentUpdateRequest;
import dev.pitkit.ghl.model.CalendarBlockSlotCreateRequest;
import dev.pitkit.ghl.model.CalendarBlockSlotUpdateRequest;
import dev.pitkit.ghl.model.CalendarEventNotificationCreateRequest;
import dev.pitkit.ghl.model.CalendarEventNotificationSchedule;
import dev.pitkit.ghl.model.CalendarEventNotificationUpdateRequest;
import dev.pitkit.ghl.model.CalendarGroupCreateRequest;
import dev.pitkit.ghl.model.CalendarGroupSlugValidateRequest;
import dev.pitkit.ghl.model.CalendarGroupStatusUpdateRequest;
import dev.pitkit.ghl.model.CalendarGroupUpdateRequest;
import dev.pitkit.ghl.model.CalendarResource;
import dev.pitkit.ghl.model.CalendarResourceCreateRequest;
import dev.pitkit.ghl.model.CalendarResourceUpdateRequest;
import dev.pitkit.ghl.model.CalendarScheduleCreateRequest;
import dev.pitkit.ghl.model.CalendarScheduleInterval;
import dev.pitkit.ghl.model.CalendarScheduleRule;
import dev.pitkit.ghl.model.CalendarScheduleUpdateRequest;
import dev.pitkit.ghl.model.CalendarCreateRequest;
import dev.pitkit.ghl.model.CalendarFreeSlotsResponse;
import dev.pitkit.ghl.model.CalendarTeamMemberInput;
import dev.pitkit.ghl.model.CalendarUpdateRequest;
import dev.pitkit.ghl.model.ConnectionCreateRequest;
import dev.pitkit.ghl.model.ContactBusinessBulkUpdateRequest;
import dev.pitkit.ghl.model.ContactCampaignAddRequest;
import dev.pitkit.ghl.model.ContactCreateRequest;
import dev.pitkit.ghl.model.ContactFollowersRequest;
import dev.pitkit.ghl.model.ContactNoteCreateRequest;
import dev.pitkit.ghl.model.ContactNoteUpdateRequest;
import dev.pitkit.ghl.model.ContactSearchFilter;
import dev.pitkit.ghl.model.ContactSearchRequest;
import dev.pitkit.ghl.model.ContactSearchSort;
import dev.pitkit.ghl.model.ContactTagsBulkUpdateRequest;
import dev.pitkit.ghl.model.ContactTagsRequest;
import dev.pitkit.ghl.model.ContactTaskCompletedUpdateRequest;
import dev.pitkit.ghl.model.ContactTaskCreateRequest;
import dev.pitkit.ghl.model.ContactTaskUpdateRequest;
import dev.pitkit.ghl.model.ContactUpdateRequest;
import dev.pitkit.ghl.model.ContactUpsertRequest;
import dev.pitkit.ghl.model.ContactWorkflowRequest;
import dev.pitkit.ghl.model.ConversationCreateRequest;
import dev.pitkit.ghl.model.CustomFieldCreateRequest;
import dev.pitkit.ghl.model.CustomFieldUpdateRequest;
import dev.pitkit.ghl.model.CustomValueCreateRequest;
import dev.pitkit.ghl.model.CustomValueUpdateRequest;
import dev.pitkit.ghl.model.LinkCreateRequest;
import dev.pitkit.ghl.model.LinkUpdateRequest;
import dev.pitkit.ghl.model.LocationCreateRequest;
import dev.pitkit.ghl.model.LocationRecurringTaskCreateRequest;
import dev.pitkit.ghl.model.LocationRecurringTaskRuleInput;
import dev.pitkit.ghl.model.LocationRecurringTaskUpdateRequest;
import dev.pitkit.ghl.model.LocationTaskSearchRequest;
import dev.pitkit.ghl.model.LocationTagCreateRequest;
import dev.pitkit.ghl.model.LocationTagUpdateRequest;
import dev.pitkit.ghl.model.LocationUpdateRequest;
import dev.pitkit.ghl.model.ObjectCustomFieldCreateRequest;
import dev.pitkit.ghl.model.ObjectCustomFieldFolderCreateRequest;
import dev.pitkit.ghl.model.ObjectCustomFieldFolderUpdateRequest;
import dev.pitkit.ghl.model.ObjectCustomFieldOptionUpdateInput;
import dev.pitkit.ghl.model.ObjectCustomFieldUpdateRequest;
import dev.pitkit.ghl.model.AssociationCreateRequest;
import dev.pitkit.ghl.model.AssociationRelationCreateRequest;
import dev.pitkit.ghl.model.AssociationUpdateRequest;
import dev.pitkit.ghl.model.ObjectCreateRequest;
import dev.pitkit.ghl.model.ObjectLabels;
import dev.pitkit.ghl.model.ObjectPrimaryDisplayPropertyDetails;
import dev.pitkit.ghl.model.ObjectRecordCreateRequest;
import dev.pitkit.ghl.model.ObjectRecordSearchRequest;
import dev.pitkit.ghl.model.ObjectRecordUpdateRequest;
import dev.pitkit.ghl.model.ObjectUpdateRequest;
import dev.pitkit.ghl.model.OpportunityCreateRequest;
import dev.pitkit.ghl.model.OpportunityUpdateRequest;
import dev.pitkit.ghl.model.ProductCreateRequest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One test per area (spec tag): generated Feign methods, called through a bare
 * {@code Feign.builder()} (no facade), send the method, path, query and JSON body that the seed
 * documents. Request bodies the seed shows are built with the generated models and must serialize
 * to exactly the seed's JSON (placeholders like {@code {locationId}} filled in). WireMock answers
 * every operation with its spec example, so each call also decodes a real response.
 */
class AreaWireMockTest {

  private static final String LOC = "loc123";
  private static final String COMPANY = "xyz789";

  /** The spec tag a test method covers; {@link #everyAreaHasATest()} checks none is left out. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface Area {
    String value();
  }

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
      .resetOnEachTest(false).build(); // stubs are set once; each call resets the request log

  @BeforeAll
  static void stubEveryOperationWithItsExample() {
    SpecStubs.stubEveryOperation(wm);
  }

  @Test
  void everyAreaHasATest() {
    Set<String> covered = Arrays.stream(AreaWireMockTest.class.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(Area.class) && m.isAnnotationPresent(Test.class))
        .map(m -> m.getAnnotation(Area.class).value())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(SpecFile.tags()), covered, "spec tags vs. areas tested here");
  }

  // ------------------------------------------------------------------------------------------ Maton

  @Test
  @Area("Connections")
  void connections() {
    ConnectionsApi api = api(ConnectionsApi.class);

    LoggedRequest list = sent(() -> assertEquals("ACTIVE", api.listConnections("highlevel-pit", "ACTIVE")
        .getConnections().get(0).getStatus().getValue()));
    assertRequestLine(list, "GET", "/connections", Map.of("app", "highlevel-pit", "status", "ACTIVE"));

    LoggedRequest create = sent(() -> api.createConnection(new ConnectionCreateRequest().app("highlevel-pit")));
    assertRequestLine(create, "POST", "/connections", Map.of());
    assertJsonBody(create, """
        {"app": "highlevel-pit"}""");

    LoggedRequest get = sent(() -> assertEquals("highlevel-pit", api.getConnection("conn-1").getConnection().getApp()));
    assertRequestLine(get, "GET", "/connections/conn-1", Map.of());

    LoggedRequest delete = sent(() -> api.deleteConnection("conn-1"));
    assertRequestLine(delete, "DELETE", "/connections/conn-1", Map.of());
    assertNoBody(delete);
  }

  // ------------------------------------------------------------------------------------------ agency

  @Test
  @Area("Locations")
  void locations() {
    LocationsApi api = api(LocationsApi.class);

    LoggedRequest search = sent(() -> assertEquals("abc123",
        api.searchLocations(COMPANY, 20, 20, null, null).getLocations().get(0).getId()));
    assertRequestLine(search, "GET", "/highlevel-pit/locations/search",
        Map.of("companyId", COMPANY, "limit", "20", "skip", "20"));

    LoggedRequest get = sent(() -> api.getLocation("abc123"));
    assertRequestLine(get, "GET", "/highlevel-pit/locations/abc123", Map.of());

    LoggedRequest create = sent(() -> api.createLocation(new LocationCreateRequest()
        .companyId(COMPANY).name("New Sub-Account").address("123 Main St").city("San Francisco").state("CA")
        .postalCode("94105").country("US").timezone("America/Los_Angeles").email("admin@example.com")
        .phone("+15551234567")));
    assertRequestLine(create, "POST", "/highlevel-pit/locations/", Map.of());
    assertJsonBody(create, """
        {
        "companyId": "xyz789",
        "name": "New Sub-Account",
        "address": "123 Main St",
        "city": "San Francisco",
        "state": "CA",
        "postalCode": "94105",
        "country": "US",
        "timezone": "America/Los_Angeles",
        "email": "admin@example.com",
        "phone": "+15551234567"
        }""");

    LoggedRequest update = sent(() -> api.updateLocation("abc123",
        new LocationUpdateRequest().name("Updated Name").city("Los Angeles")));
    assertRequestLine(update, "PUT", "/highlevel-pit/locations/abc123", Map.of());
    assertJsonBody(update, """
        {"name": "Updated Name", "city": "Los Angeles"}""");

    LoggedRequest delete = sent(() -> api.deleteLocation("abc123", (Boolean) null));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/locations/abc123", Map.of());

    // free-form response (GHL documents none): decoded as plain JSON
    LoggedRequest timezones = sent(() -> assertTrue(api.getLocationTimezones(LOC) instanceof Map<?, ?> m
        && m.get("timeZones") instanceof List<?> zones && zones.contains("America/New_York")));
    assertRequestLine(timezones, "GET", "/highlevel-pit/locations/loc123/timezones", Map.of());
    assertNoBody(timezones);
  }

  @Test
  @Area("Snapshots")
  void snapshots() {
    LoggedRequest list = sent(() -> api(SnapshotsApi.class).listSnapshots(COMPANY));
    assertRequestLine(list, "GET", "/highlevel-pit/snapshots/", Map.of("companyId", COMPANY));
  }

  // ------------------------------------------------------------------------------------------ sub-account

  @Test
  @Area("Contacts")
  @SuppressWarnings("deprecation") // listContacts: deprecated by GHL, still documented by the seed and served
  void contacts() {
    ContactsApi api = api(ContactsApi.class);

    LoggedRequest list = sent(() -> assertEquals(150,
        api.listContacts(LOC, 10, null, null, null).getMeta().getTotal()));
    assertRequestLine(list, "GET", "/highlevel-pit/contacts/", Map.of("locationId", LOC, "limit", "10"));

    LoggedRequest search = sent(() -> api.listContacts(LOC, null, "john@example.com", null, null));
    assertRequestLine(search, "GET", "/highlevel-pit/contacts/", Map.of("locationId", LOC, "query", "john@example.com"));

    LoggedRequest nextPage = sent(() -> api.listContacts(LOC, 20, null, "abc123", null));
    assertRequestLine(nextPage, "GET", "/highlevel-pit/contacts/",
        Map.of("locationId", LOC, "limit", "20", "startAfterId", "abc123"));

    // GHL's replacement, POST /contacts/search: filters, sort and page in the body (GHL issue #31: locationId and pageLimit)
    LoggedRequest searched = sent(() -> assertEquals(1, api.searchContacts(new ContactSearchRequest()
        .locationId(LOC).pageLimit(20).page(1).query("john")
        .addFiltersItem(new ContactSearchFilter().field("dnd").operator("eq").value(false))
        .addFiltersItem(new ContactSearchFilter().group(ContactSearchFilter.GroupEnum.OR)
            .addFiltersItem(new ContactSearchFilter().field("firstNameLowerCase").operator("eq").value("john"))
            .addFiltersItem(new ContactSearchFilter().field("email").operator("exists")))
        .addSortItem(new ContactSearchSort().field("dateAdded").direction(ContactSearchSort.DirectionEnum.DESC)))
        .getTotal()));
    assertRequestLine(searched, "POST", "/highlevel-pit/contacts/search", Map.of());
    assertJsonBody(searched, """
        {"locationId": "loc123", "page": 1, "pageLimit": 20, "query": "john",
         "filters": [{"field": "dnd", "operator": "eq", "value": false},
                     {"group": "OR", "filters": [{"field": "firstNameLowerCase", "operator": "eq", "value": "john"},
                                                 {"field": "email", "operator": "exists"}]}],
         "sort": [{"field": "dateAdded", "direction": "desc"}]}""");
    LoggedRequest nextSearchPage = sent(() -> assertEquals(List.of(1777361672829L, "abc123"),
        api.searchContacts(new ContactSearchRequest().locationId(LOC).pageLimit(20)
            .searchAfter(List.of(1777361672829L, "abc123"))).getContacts().get(0).getSearchAfter()));
    assertJsonBody(nextSearchPage, """
        {"locationId": "loc123", "pageLimit": 20, "searchAfter": [1777361672829, "abc123"]}""");

    LoggedRequest get = sent(() -> assertEquals("John", api.getContact("abc123").getContact().getFirstName()));
    assertRequestLine(get, "GET", "/highlevel-pit/contacts/abc123", Map.of());

    LoggedRequest create = sent(() -> api.createContact(new ContactCreateRequest()
        .locationId(LOC).firstName("John").lastName("Doe").email("john@example.com").phone("+15551234567")
        .companyName("Acme Inc").tags(List.of("customer"))));
    assertRequestLine(create, "POST", "/highlevel-pit/contacts/", Map.of());
    assertJsonBody(create, """
        {
        "locationId": "loc123",
        "firstName": "John",
        "lastName": "Doe",
        "email": "john@example.com",
        "phone": "+15551234567",
        "companyName": "Acme Inc",
        "tags": ["customer"]
        }""");

    LoggedRequest update = sent(() -> api.updateContact("abc123",
        new ContactUpdateRequest().firstName("Jane").companyName("New Company")));
    assertRequestLine(update, "PUT", "/highlevel-pit/contacts/abc123", Map.of());
    assertJsonBody(update, """
        {"firstName": "Jane", "companyName": "New Company"}""");

    LoggedRequest delete = sent(() -> api.deleteContact("abc123"));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/contacts/abc123", Map.of());
    assertNoBody(delete);
  }

  @Test
  @Area("Contacts")
  void contactTagsNotesAndTasks() {
    ContactsApi api = api(ContactsApi.class);

    LoggedRequest addTags = sent(() -> assertEquals(List.of("vip", "priority"),
        api.addContactTags("abc123", new ContactTagsRequest().tags(List.of("vip", "priority"))).getTagsAdded()));
    assertRequestLine(addTags, "POST", "/highlevel-pit/contacts/abc123/tags", Map.of());
    assertJsonBody(addTags, """
        {"tags": ["vip", "priority"]}""");

    // a DELETE that carries a JSON body
    LoggedRequest removeTags = sent(() -> assertEquals(List.of("vip"),
        api.removeContactTags("abc123", new ContactTagsRequest().tags(List.of("vip"))).getTagsRemoved()));
    assertRequestLine(removeTags, "DELETE", "/highlevel-pit/contacts/abc123/tags", Map.of());
    assertJsonBody(removeTags, """
        {"tags": ["vip"]}""");

    LoggedRequest notes = sent(() -> api.listContactNotes("abc123"));
    assertRequestLine(notes, "GET", "/highlevel-pit/contacts/abc123/notes", Map.of());

    LoggedRequest createNote = sent(() -> assertEquals("note123", api.createContactNote("abc123",
        new ContactNoteCreateRequest().body("Spoke with client about renewal")).getNote().getId()));
    assertRequestLine(createNote, "POST", "/highlevel-pit/contacts/abc123/notes", Map.of());
    assertJsonBody(createNote, """
        {"body": "Spoke with client about renewal"}""");

    LoggedRequest updateNote = sent(() -> api.updateContactNote("abc123", "note123",
        new ContactNoteUpdateRequest().body("Updated note content")));
    assertRequestLine(updateNote, "PUT", "/highlevel-pit/contacts/abc123/notes/note123", Map.of());
    assertJsonBody(updateNote, """
        {"body": "Updated note content"}""");

    LoggedRequest deleteNote = sent(() -> api.deleteContactNote("abc123", "note123"));
    assertRequestLine(deleteNote, "DELETE", "/highlevel-pit/contacts/abc123/notes/note123", Map.of());

    LoggedRequest tasks = sent(() -> api.listContactTasks("abc123"));
    assertRequestLine(tasks, "GET", "/highlevel-pit/contacts/abc123/tasks", Map.of());

    // IMPORTANT (seed): the completed field is required, and is sent even when false
    LoggedRequest createTask = sent(() -> assertEquals(Boolean.FALSE, api.createContactTask("abc123",
        new ContactTaskCreateRequest().title("Follow up call").body("Discuss contract renewal")
            .dueDate("2026-06-01T10:00:00Z").completed(false)).getTask().getCompleted()));
    assertRequestLine(createTask, "POST", "/highlevel-pit/contacts/abc123/tasks", Map.of());
    assertJsonBody(createTask, """
        {
        "title": "Follow up call",
        "body": "Discuss contract renewal",
        "dueDate": "2026-06-01T10:00:00Z",
        "completed": false
        }""");

    LoggedRequest updateTask = sent(() -> api.updateContactTask("abc123", "task123",
        new ContactTaskUpdateRequest().title("Updated task").completed(true)));
    assertRequestLine(updateTask, "PUT", "/highlevel-pit/contacts/abc123/tasks/task123", Map.of());
    assertJsonBody(updateTask, """
        {"title": "Updated task", "completed": true}""");

    LoggedRequest deleteTask = sent(() -> api.deleteContactTask("abc123", "task123"));
    assertRequestLine(deleteTask, "DELETE", "/highlevel-pit/contacts/abc123/tasks/task123", Map.of());
  }

  /** GHL's contacts app beyond the seed: upsert, duplicates, business, bulk, followers, campaigns, workflows. */
  @Test
  @Area("Contacts")
  void contactUpsertBulkFollowersCampaignsAndWorkflows() {
    ContactsApi api = api(ContactsApi.class);

    LoggedRequest upsert = sent(() -> assertEquals(Boolean.FALSE, api.upsertContact(new ContactUpsertRequest()
        .locationId(LOC).email("john@example.com").phone("+15551234567").createNewIfDuplicateAllowed(true)).getNew()));
    assertRequestLine(upsert, "POST", "/highlevel-pit/contacts/upsert", Map.of());
    assertJsonBody(upsert, """
        {"locationId": "loc123", "email": "john@example.com", "phone": "+15551234567",
         "createNewIfDuplicateAllowed": true}""");

    // the caller passes the values as they are: the client percent-encodes '+' and '@' (never sent raw)
    LoggedRequest duplicate = sent(() -> assertEquals("abc123",
        api.getDuplicateContact(LOC, "+1423164516", "test+abc@gmail.com").getContact().getId()));
    assertRequestLine(duplicate, "GET", "/highlevel-pit/contacts/search/duplicate",
        Map.of("locationId", LOC, "number", "+1423164516", "email", "test+abc@gmail.com"));
    assertTrue(duplicate.getUrl().contains("number=%2B1423164516"), duplicate.getUrl());

    LoggedRequest byBusiness = sent(() -> assertEquals(1,
        api.listContactsByBusiness("biz123", LOC, 10, 20, "john").getCount()));
    assertRequestLine(byBusiness, "GET", "/highlevel-pit/contacts/business/biz123",
        Map.of("locationId", LOC, "limit", "10", "skip", "20", "query", "john"));

    LoggedRequest bulkTags = sent(() -> assertEquals(1, api.updateContactsTags("remove",
        new ContactTagsBulkUpdateRequest().contacts(List.of("abc123", "def456")).tags(List.of("vip")).locationId(LOC)
            .removeAllTags(false)).getErrorCount()));
    assertRequestLine(bulkTags, "POST", "/highlevel-pit/contacts/bulk/tags/update/remove", Map.of());
    assertJsonBody(bulkTags, """
        {"contacts": ["abc123", "def456"], "tags": ["vip"], "locationId": "loc123", "removeAllTags": false}""");

    // businessId is required and nullable: null is sent, and removes the contacts from their business
    LoggedRequest clearBusiness = sent(() -> assertEquals(List.of("abc123", "def456"), api.updateContactsBusiness(
        new ContactBusinessBulkUpdateRequest().locationId(LOC).ids(List.of("abc123", "def456")).businessId(null))
        .getIds()));
    assertRequestLine(clearBusiness, "POST", "/highlevel-pit/contacts/bulk/business", Map.of());
    assertJsonBody(clearBusiness, """
        {"locationId": "loc123", "ids": ["abc123", "def456"], "businessId": null}""");
    assertTrue(clearBusiness.getBodyAsString().contains("\"businessId\":null"), clearBusiness.getBodyAsString());

    LoggedRequest note = sent(() -> assertEquals("note123", api.getContactNote("abc123", "note123").getNote().getId()));
    assertRequestLine(note, "GET", "/highlevel-pit/contacts/abc123/notes/note123", Map.of());

    LoggedRequest task = sent(() -> assertEquals("task123", api.getContactTask("abc123", "task123").getTask().getId()));
    assertRequestLine(task, "GET", "/highlevel-pit/contacts/abc123/tasks/task123", Map.of());

    LoggedRequest completed = sent(() -> assertEquals(Boolean.TRUE, api.updateContactTaskCompleted("abc123", "task123",
        new ContactTaskCompletedUpdateRequest().completed(true)).getTask().getCompleted()));
    assertRequestLine(completed, "PUT", "/highlevel-pit/contacts/abc123/tasks/task123/completed", Map.of());
    assertJsonBody(completed, """
        {"completed": true}""");

    LoggedRequest appointments = sent(() -> assertEquals("confirmed",
        api.listContactAppointments("abc123").getEvents().get(0).getAppointmentStatus()));
    assertRequestLine(appointments, "GET", "/highlevel-pit/contacts/abc123/appointments", Map.of());

    LoggedRequest follow = sent(() -> assertEquals(List.of("user456"), api.addContactFollowers("abc123",
        new ContactFollowersRequest().followers(List.of("user456"))).getFollowersAdded()));
    assertRequestLine(follow, "POST", "/highlevel-pit/contacts/abc123/followers", Map.of());
    assertJsonBody(follow, """
        {"followers": ["user456"]}""");

    // a DELETE that carries a JSON body
    LoggedRequest unfollow = sent(() -> assertEquals(List.of("user456"), api.removeContactFollowers("abc123",
        new ContactFollowersRequest().followers(List.of("user456"))).getFollowersRemoved()));
    assertRequestLine(unfollow, "DELETE", "/highlevel-pit/contacts/abc123/followers", Map.of());
    assertJsonBody(unfollow, """
        {"followers": ["user456"]}""");

    // GHL declares no field in this body: an empty object is sent
    LoggedRequest joinCampaign = sent(() -> assertEquals(Boolean.TRUE,
        api.addContactToCampaign("abc123", "camp123", new ContactCampaignAddRequest()).getSucceded()));
    assertRequestLine(joinCampaign, "POST", "/highlevel-pit/contacts/abc123/campaigns/camp123", Map.of());
    assertJsonBody(joinCampaign, "{}");

    LoggedRequest leaveCampaign = sent(() -> api.removeContactFromCampaign("abc123", "camp123"));
    assertRequestLine(leaveCampaign, "DELETE", "/highlevel-pit/contacts/abc123/campaigns/camp123", Map.of());
    assertNoBody(leaveCampaign);

    LoggedRequest leaveAll = sent(() -> api.removeContactFromAllCampaigns("abc123"));
    assertRequestLine(leaveAll, "DELETE", "/highlevel-pit/contacts/abc123/campaigns/removeAll", Map.of());
    assertNoBody(leaveAll);

    LoggedRequest enroll = sent(() -> assertEquals(Boolean.TRUE, api.addContactToWorkflow("abc123", "wf123",
        new ContactWorkflowRequest().eventStartTime("2026-06-01T10:00:00+01:00")).getSucceded()));
    assertRequestLine(enroll, "POST", "/highlevel-pit/contacts/abc123/workflow/wf123", Map.of());
    assertJsonBody(enroll, """
        {"eventStartTime": "2026-06-01T10:00:00+01:00"}""");

    // the official file gives this DELETE the add call's body (nothing in it required): an empty one
    LoggedRequest unenroll = sent(() -> api.removeContactFromWorkflow("abc123", "wf123", new ContactWorkflowRequest()));
    assertRequestLine(unenroll, "DELETE", "/highlevel-pit/contacts/abc123/workflow/wf123", Map.of());
    assertJsonBody(unenroll, "{}");
  }

  @Test
  @Area("Opportunities")
  void opportunities() {
    OpportunitiesApi api = api(OpportunitiesApi.class);

    // snake_case query names, page-style pagination
    LoggedRequest search = sent(() -> assertEquals(2, api.searchOpportunities(LOC, "pipe123", null, "open", null,
        null, null, null, null, null, null, null, null, null, null, null, 20, 2, null, null).getMeta().getNextPage()));
    assertRequestLine(search, "GET", "/highlevel-pit/opportunities/search",
        Map.of("location_id", LOC, "pipeline_id", "pipe123", "status", "open", "limit", "20", "page", "2"));

    LoggedRequest searchByMap = sent(() -> api.searchOpportunities(
        new SearchOpportunitiesQueryParams().locationId(LOC).contactId("abc123").q("deal")));
    assertRequestLine(searchByMap, "GET", "/highlevel-pit/opportunities/search",
        Map.of("location_id", LOC, "contact_id", "abc123", "q", "deal"));

    // the official date filter (issue #25): date strings, sent as given, by either overload
    LoggedRequest byDate = sent(() -> api.searchOpportunities(
        new SearchOpportunitiesQueryParams().locationId(LOC).date("04-01-2026").endDate("04-30-2026")));
    assertRequestLine(byDate, "GET", "/highlevel-pit/opportunities/search",
        Map.of("location_id", LOC, "date", "04-01-2026", "endDate", "04-30-2026"));
    LoggedRequest byDatePositional = sent(() -> api.searchOpportunities(LOC, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, "04-01-2026", "04-30-2026"));
    assertRequestLine(byDatePositional, "GET", "/highlevel-pit/opportunities/search",
        Map.of("location_id", LOC, "date", "04-01-2026", "endDate", "04-30-2026"));

    LoggedRequest pipelines = sent(() -> assertEquals(2,
        api.listPipelines(LOC).getPipelines().get(0).getStages().size()));
    assertRequestLine(pipelines, "GET", "/highlevel-pit/opportunities/pipelines", Map.of("locationId", LOC));

    LoggedRequest get = sent(() -> api.getOpportunity("opp123"));
    assertRequestLine(get, "GET", "/highlevel-pit/opportunities/opp123", Map.of());

    LoggedRequest create = sent(() -> api.createOpportunity(new OpportunityCreateRequest()
        .pipelineId("pipe123").locationId(LOC).name("Enterprise Deal").pipelineStageId("stage123")
        .status(OpportunityCreateRequest.StatusEnum.OPEN).contactId("abc123").monetaryValue(new BigDecimal("50000"))));
    assertRequestLine(create, "POST", "/highlevel-pit/opportunities/", Map.of());
    assertJsonBody(create, """
        {
        "pipelineId": "pipe123",
        "locationId": "loc123",
        "name": "Enterprise Deal",
        "pipelineStageId": "stage123",
        "status": "open",
        "contactId": "abc123",
        "monetaryValue": 50000
        }""");

    // IMPORTANT (seed): pipelineId is required even when not changing it
    LoggedRequest update = sent(() -> api.updateOpportunity("opp123", new OpportunityUpdateRequest()
        .pipelineId("pipe123").name("Updated Deal").monetaryValue(new BigDecimal("75000"))
        .status(OpportunityUpdateRequest.StatusEnum.WON)));
    assertRequestLine(update, "PUT", "/highlevel-pit/opportunities/opp123", Map.of());
    assertJsonBody(update, """
        {
        "pipelineId": "pipe123",
        "name": "Updated Deal",
        "monetaryValue": 75000,
        "status": "won"
        }""");

    LoggedRequest delete = sent(() -> api.deleteOpportunity("opp123"));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/opportunities/opp123", Map.of());
  }

  @Test
  @Area("Calendars")
  void calendars() {
    CalendarsApi api = api(CalendarsApi.class);

    LoggedRequest list = sent(() -> assertEquals("cal123", api.listCalendars(LOC, null, null).getCalendars().get(0).getId()));
    assertRequestLine(list, "GET", "/highlevel-pit/calendars/", Map.of("locationId", LOC));

    LoggedRequest get = sent(() -> api.getCalendar("cal123"));
    assertRequestLine(get, "GET", "/highlevel-pit/calendars/cal123", Map.of());

    LoggedRequest create = sent(() -> api.createCalendar(new CalendarCreateRequest()
        .locationId(LOC).name("Team Calendar")
        .calendarType(CalendarCreateRequest.CalendarTypeEnum.PERSONAL)
        .eventType(CalendarCreateRequest.EventTypeEnum.ROUND_ROBIN_OPTIMIZE_FOR_AVAILABILITY)
        .teamMembers(List.of(new CalendarTeamMemberInput().userId("user123").priority(new BigDecimal("0.5")).selected(true)))));
    assertRequestLine(create, "POST", "/highlevel-pit/calendars/", Map.of());
    assertJsonBody(create, """
        {
        "locationId": "loc123",
        "name": "Team Calendar",
        "calendarType": "personal",
        "eventType": "RoundRobin_OptimizeForAvailability",
        "teamMembers": [{"userId": "user123", "priority": 0.5, "selected": true}]
        }""");

    // Note (seed): do NOT include locationId in the update body; the model has no such field
    LoggedRequest update = sent(() -> api.updateCalendar("cal123", new CalendarUpdateRequest()
        .name("Updated Calendar")
        .calendarType(CalendarUpdateRequest.CalendarTypeEnum.PERSONAL)
        .eventType(CalendarUpdateRequest.EventTypeEnum.ROUND_ROBIN_OPTIMIZE_FOR_AVAILABILITY)
        .teamMembers(List.of(new CalendarTeamMemberInput().userId("user123").priority(new BigDecimal("0.5")).selected(true)))));
    assertRequestLine(update, "PUT", "/highlevel-pit/calendars/cal123", Map.of());
    assertJsonBody(update, """
        {
        "name": "Updated Calendar",
        "calendarType": "personal",
        "eventType": "RoundRobin_OptimizeForAvailability",
        "teamMembers": [{"userId": "user123", "priority": 0.5, "selected": true}]
        }""");
    assertTrue(Arrays.stream(CalendarUpdateRequest.class.getMethods()).noneMatch(m -> m.getName().equals("locationId")),
        "CalendarUpdateRequest must not offer locationId");

    LoggedRequest delete = sent(() -> api.deleteCalendar("cal123"));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/calendars/cal123", Map.of());

    // startTime / endTime as epoch milliseconds
    LoggedRequest events = sent(() -> api.listCalendarEvents(LOC, "cal123", null, null, 1777334400000L, 1777939200000L));
    assertRequestLine(events, "GET", "/highlevel-pit/calendars/events",
        Map.of("locationId", LOC, "calendarId", "cal123", "startTime", "1777334400000", "endTime", "1777939200000"));

    LoggedRequest slots = sent(() -> {
      CalendarFreeSlotsResponse free = api.getCalendarFreeSlots("cal123", 1777334400000L, 1777939200000L,
          "America/Los_Angeles", null, null);
      assertEquals(List.of("2026-04-29", "2026-04-30"), List.copyOf(free.getAdditionalProperties().keySet()));
      assertEquals("8c2f4e1a-5b7d-4c3e-9f0a-1d2e3f4a5b6c", free.getTraceId());
    });
    assertRequestLine(slots, "GET", "/highlevel-pit/calendars/cal123/free-slots",
        Map.of("startDate", "1777334400000", "endDate", "1777939200000", "timezone", "America/Los_Angeles"));

    LoggedRequest groups = sent(() -> api.listCalendarGroups(LOC));
    assertRequestLine(groups, "GET", "/highlevel-pit/calendars/groups", Map.of("locationId", LOC));
  }

  @Test
  @Area("Calendars")
  void calendarAppointmentsGroupsResourcesNotificationsAndSchedules() {
    CalendarsApi api = api(CalendarsApi.class);

    // groups
    LoggedRequest createGroup = sent(() -> assertEquals("sales-team", api.createCalendarGroup(new CalendarGroupCreateRequest()
        .locationId(LOC).name("Sales team").description("Discovery and demo calls").slug("sales-team")).getGroup().getSlug()));
    assertRequestLine(createGroup, "POST", "/highlevel-pit/calendars/groups", Map.of());
    assertJsonBody(createGroup, """
        {"locationId": "loc123", "name": "Sales team", "description": "Discovery and demo calls", "slug": "sales-team"}""");

    LoggedRequest slug = sent(() -> assertTrue(api.validateCalendarGroupSlug(
        new CalendarGroupSlugValidateRequest().locationId(LOC).slug("sales-team")).getAvailable()));
    assertRequestLine(slug, "POST", "/highlevel-pit/calendars/groups/validate-slug", Map.of());
    assertJsonBody(slug, """
        {"locationId": "loc123", "slug": "sales-team"}""");

    LoggedRequest updateGroup = sent(() -> api.updateCalendarGroup("grp1", new CalendarGroupUpdateRequest()
        .name("Sales team (EMEA)").description("EMEA calls").slug("sales-team-emea")));
    assertRequestLine(updateGroup, "PUT", "/highlevel-pit/calendars/groups/grp1", Map.of());
    assertJsonBody(updateGroup, """
        {"name": "Sales team (EMEA)", "description": "EMEA calls", "slug": "sales-team-emea"}""");

    LoggedRequest status = sent(() -> assertTrue(api.updateCalendarGroupStatus("grp1",
        new CalendarGroupStatusUpdateRequest().isActive(false)).getSuccess()));
    assertRequestLine(status, "PUT", "/highlevel-pit/calendars/groups/grp1/status", Map.of());
    assertJsonBody(status, """
        {"isActive": false}""");

    LoggedRequest deleteGroup = sent(() -> api.deleteCalendarGroup("grp1"));
    assertRequestLine(deleteGroup, "DELETE", "/highlevel-pit/calendars/groups/grp1", Map.of());
    assertNoBody(deleteGroup);

    // appointments, blocked slots, events; appointmentStatus / meetingLocationType are open strings
    LoggedRequest book = sent(() -> assertEquals("ocQHyuzHvysMo5N5VsXc", api.createCalendarAppointment(
        new CalendarAppointmentCreateRequest().calendarId("cal123").locationId(LOC).contactId("abc123")
            .startTime("2026-04-29T16:00:00+00:00").endTime("2026-04-29T16:30:00+00:00")
            .appointmentStatus("confirmed").meetingLocationType("custom")).getId()));
    assertRequestLine(book, "POST", "/highlevel-pit/calendars/events/appointments", Map.of());
    assertJsonBody(book, """
        {"calendarId": "cal123", "locationId": "loc123", "contactId": "abc123",
         "startTime": "2026-04-29T16:00:00+00:00", "endTime": "2026-04-29T16:30:00+00:00",
         "appointmentStatus": "confirmed", "meetingLocationType": "custom"}""");

    LoggedRequest getAppointment = sent(() -> assertEquals("cal123",
        api.getCalendarAppointment("ocQHyuzHvysMo5N5VsXc").getEvent().getCalendarId()));
    assertRequestLine(getAppointment, "GET", "/highlevel-pit/calendars/events/appointments/ocQHyuzHvysMo5N5VsXc", Map.of());

    LoggedRequest reschedule = sent(() -> api.updateCalendarAppointment("ocQHyuzHvysMo5N5VsXc",
        new CalendarAppointmentUpdateRequest().startTime("2026-04-30T16:00:00+00:00").appointmentStatus("showed")));
    assertRequestLine(reschedule, "PUT", "/highlevel-pit/calendars/events/appointments/ocQHyuzHvysMo5N5VsXc", Map.of());
    assertJsonBody(reschedule, """
        {"startTime": "2026-04-30T16:00:00+00:00", "appointmentStatus": "showed"}""");

    LoggedRequest block = sent(() -> api.createCalendarBlockSlot(new CalendarBlockSlotCreateRequest()
        .locationId(LOC).assignedUserId("user123").startTime("2026-05-04T09:00:00+00:00").endTime("2026-05-04T17:00:00+00:00")));
    assertRequestLine(block, "POST", "/highlevel-pit/calendars/events/block-slots", Map.of());
    assertJsonBody(block, """
        {"locationId": "loc123", "assignedUserId": "user123",
         "startTime": "2026-05-04T09:00:00+00:00", "endTime": "2026-05-04T17:00:00+00:00"}""");

    LoggedRequest editBlock = sent(() -> api.updateCalendarBlockSlot("slot1", new CalendarBlockSlotUpdateRequest().title("Offsite")));
    assertRequestLine(editBlock, "PUT", "/highlevel-pit/calendars/events/block-slots/slot1", Map.of());
    assertJsonBody(editBlock, """
        {"title": "Offsite"}""");

    LoggedRequest blocked = sent(() -> assertEquals("0TkCdp9PfvLeWKYRRvIz",
        api.listCalendarBlockedSlots(LOC, null, "user123", null, 1777334400000L, 1777939200000L).getEvents().get(0).getId()));
    assertRequestLine(blocked, "GET", "/highlevel-pit/calendars/blocked-slots",
        Map.of("locationId", LOC, "userId", "user123", "startTime", "1777334400000", "endTime", "1777939200000"));

    // the official file requires an (empty) JSON body on this DELETE
    LoggedRequest deleteEvent = sent(() -> assertTrue(api.deleteCalendarEvent("ocQHyuzHvysMo5N5VsXc", Map.of()).getSucceeded()));
    assertRequestLine(deleteEvent, "DELETE", "/highlevel-pit/calendars/events/ocQHyuzHvysMo5N5VsXc", Map.of());
    assertJsonBody(deleteEvent, "{}");

    // appointment notes
    LoggedRequest notes = sent(() -> assertEquals(Boolean.FALSE, api.listCalendarAppointmentNotes("appt1", 10, 0).getHasMore()));
    assertRequestLine(notes, "GET", "/highlevel-pit/calendars/appointments/appt1/notes", Map.of("limit", "10", "offset", "0"));

    LoggedRequest addNote = sent(() -> api.createCalendarAppointmentNote("appt1",
        new CalendarAppointmentNoteCreateRequest().body("Send the pricing sheet").userId("user123")));
    assertRequestLine(addNote, "POST", "/highlevel-pit/calendars/appointments/appt1/notes", Map.of());
    assertJsonBody(addNote, """
        {"body": "Send the pricing sheet", "userId": "user123"}""");

    LoggedRequest editNote = sent(() -> api.updateCalendarAppointmentNote("appt1", "note1",
        new CalendarAppointmentNoteUpdateRequest().body("Sent")));
    assertRequestLine(editNote, "PUT", "/highlevel-pit/calendars/appointments/appt1/notes/note1", Map.of());
    assertJsonBody(editNote, """
        {"body": "Sent"}""");

    LoggedRequest deleteNote = sent(() -> api.deleteCalendarAppointmentNote("appt1", "note1"));
    assertRequestLine(deleteNote, "DELETE", "/highlevel-pit/calendars/appointments/appt1/notes/note1", Map.of());

    // rooms and equipment: the list is a bare JSON array
    LoggedRequest rooms = sent(() -> assertEquals("Yoga room", api.listCalendarResources("rooms", LOC, 20, 0).get(0).getName()));
    assertRequestLine(rooms, "GET", "/highlevel-pit/calendars/resources/rooms",
        Map.of("locationId", LOC, "limit", "20", "skip", "0"));

    LoggedRequest createRoom = sent(() -> api.createCalendarResource("rooms", new CalendarResourceCreateRequest()
        .locationId(LOC).name("Yoga room").description("Studio").quantity(BigDecimal.ONE).outOfService(BigDecimal.ZERO)
        .capacity(new BigDecimal("20")).calendarIds(List.of("cal123"))));
    assertRequestLine(createRoom, "POST", "/highlevel-pit/calendars/resources/rooms", Map.of());
    assertJsonBody(createRoom, """
        {"locationId": "loc123", "name": "Yoga room", "description": "Studio", "quantity": 1, "outOfService": 0,
         "capacity": 20, "calendarIds": ["cal123"]}""");

    LoggedRequest getRoom = sent(() -> assertEquals(CalendarResource.ResourceTypeEnum.ROOMS,
        api.getCalendarResource("rooms", "res1").getResourceType()));
    assertRequestLine(getRoom, "GET", "/highlevel-pit/calendars/resources/rooms/res1", Map.of());

    LoggedRequest updateRoom = sent(() -> api.updateCalendarResource("equipments", "res2",
        new CalendarResourceUpdateRequest().quantity(new BigDecimal("3"))));
    assertRequestLine(updateRoom, "PUT", "/highlevel-pit/calendars/resources/equipments/res2", Map.of());
    assertJsonBody(updateRoom, """
        {"quantity": 3}""");

    LoggedRequest deleteRoom = sent(() -> api.deleteCalendarResource("rooms", "res1"));
    assertRequestLine(deleteRoom, "DELETE", "/highlevel-pit/calendars/resources/rooms/res1", Map.of());

    // notifications: the create body and both lists are bare JSON arrays
    LoggedRequest listNotifications = sent(() -> assertEquals(2, api.listCalendarNotifications("cal123", true, null, null, null).size()));
    assertRequestLine(listNotifications, "GET", "/highlevel-pit/calendars/cal123/notifications", Map.of("isActive", "true"));

    LoggedRequest createNotifications = sent(() -> assertEquals("65f1c2d3e4a5b6c7d8e9f013",
        api.createCalendarNotifications("cal123", List.of(new CalendarEventNotificationCreateRequest()
            .receiverType(CalendarEventNotificationCreateRequest.ReceiverTypeEnum.CONTACT)
            .channel(CalendarEventNotificationCreateRequest.ChannelEnum.SMS)
            .notificationType(CalendarEventNotificationCreateRequest.NotificationTypeEnum.REMINDER)
            .beforeTime(List.of(new CalendarEventNotificationSchedule().timeOffset(BigDecimal.ONE).unit("hours")))))
            .get(0).getId()));
    assertRequestLine(createNotifications, "POST", "/highlevel-pit/calendars/cal123/notifications", Map.of());
    assertJsonBody(createNotifications, """
        [{"receiverType": "contact", "channel": "sms", "notificationType": "reminder",
          "beforeTime": [{"timeOffset": 1, "unit": "hours"}]}]""");

    LoggedRequest getNotification = sent(() -> api.getCalendarNotification("cal123", "n1"));
    assertRequestLine(getNotification, "GET", "/highlevel-pit/calendars/cal123/notifications/n1", Map.of());

    LoggedRequest updateNotification = sent(() -> api.updateCalendarNotification("cal123", "n1",
        new CalendarEventNotificationUpdateRequest().isActive(false)));
    assertRequestLine(updateNotification, "PUT", "/highlevel-pit/calendars/cal123/notifications/n1", Map.of());
    assertJsonBody(updateNotification, """
        {"isActive": false}""");

    LoggedRequest deleteNotification = sent(() -> api.deleteCalendarNotification("cal123", "n1"));
    assertRequestLine(deleteNotification, "DELETE", "/highlevel-pit/calendars/cal123/notifications/n1", Map.of());

    // user availability schedules
    LoggedRequest schedules = sent(() -> assertEquals("sch123def456ghi789",
        api.searchCalendarSchedules(LOC, "user123", null, 0, 50).getSchedules().get(0).getId()));
    assertRequestLine(schedules, "GET", "/highlevel-pit/calendars/schedules/search",
        Map.of("locationId", LOC, "userId", "user123", "skip", "0", "limit", "50"));

    LoggedRequest createSchedule = sent(() -> api.createCalendarSchedule(new CalendarScheduleCreateRequest()
        .locationId(LOC).userId("user123").name("Business Hours").timezone("America/New_York")
        .rules(List.of(new CalendarScheduleRule().type(CalendarScheduleRule.TypeEnum.WDAY).day(CalendarScheduleRule.DayEnum.MONDAY)
            .intervals(List.of(new CalendarScheduleInterval().from("09:00").to("17:00")))))));
    assertRequestLine(createSchedule, "POST", "/highlevel-pit/calendars/schedules", Map.of());
    assertJsonBody(createSchedule, """
        {"locationId": "loc123", "userId": "user123", "name": "Business Hours", "timezone": "America/New_York",
         "rules": [{"type": "wday", "day": "monday", "intervals": [{"from": "09:00", "to": "17:00"}]}]}""");

    LoggedRequest getSchedule = sent(() -> api.getCalendarSchedule("sch1"));
    assertRequestLine(getSchedule, "GET", "/highlevel-pit/calendars/schedules/sch1", Map.of());

    LoggedRequest updateSchedule = sent(() -> api.updateCalendarSchedule("sch1", new CalendarScheduleUpdateRequest().name("Late shift")));
    assertRequestLine(updateSchedule, "PUT", "/highlevel-pit/calendars/schedules/sch1", Map.of());
    assertJsonBody(updateSchedule, """
        {"name": "Late shift"}""");

    LoggedRequest deleteSchedule = sent(() -> api.deleteCalendarSchedule("sch1"));
    assertRequestLine(deleteSchedule, "DELETE", "/highlevel-pit/calendars/schedules/sch1", Map.of());

    LoggedRequest apply = sent(() -> assertTrue(api.addCalendarToSchedule("sch1", "cal123").getSuccess()));
    assertRequestLine(apply, "PUT", "/highlevel-pit/calendars/schedules/sch1/associations/cal123", Map.of());
    assertNoBody(apply);

    LoggedRequest unapply = sent(() -> api.removeCalendarFromSchedule("sch1", "cal123"));
    assertRequestLine(unapply, "DELETE", "/highlevel-pit/calendars/schedules/sch1/associations/cal123", Map.of());
  }

  @Test
  @Area("Conversations")
  void conversations() {
    ConversationsApi api = api(ConversationsApi.class);

    LoggedRequest search = sent(() -> assertEquals("conv123", api.searchConversations(LOC, "abc123", null, null, null,
        null, null, null, null, null, 20, null, null, null, null, null, null, null, null, null, null)
        .getConversations().get(0).getId()));
    assertRequestLine(search, "GET", "/highlevel-pit/conversations/search",
        Map.of("locationId", LOC, "contactId", "abc123", "limit", "20"));

    LoggedRequest get = sent(() -> api.getConversation("conv123"));
    assertRequestLine(get, "GET", "/highlevel-pit/conversations/conv123", Map.of());

    LoggedRequest messages = sent(() -> api.listConversationMessages("conv123", "msg9", 20, null));
    assertRequestLine(messages, "GET", "/highlevel-pit/conversations/conv123/messages",
        Map.of("lastMessageId", "msg9", "limit", "20"));

    LoggedRequest create = sent(() -> api.createConversation(new ConversationCreateRequest().locationId(LOC).contactId("abc123")));
    assertRequestLine(create, "POST", "/highlevel-pit/conversations/", Map.of());
    assertJsonBody(create, """
        {"locationId": "loc123", "contactId": "abc123"}""");
  }

  @Test
  @Area("Users")
  @SuppressWarnings("deprecation") // listUsers: deprecated by GHL, still documented by the seed and served
  void users() {
    LoggedRequest list = sent(() -> assertEquals("admin",
        api(UsersApi.class).listUsers(LOC).getUsers().get(0).getRoles().getRole()));
    assertRequestLine(list, "GET", "/highlevel-pit/users/", Map.of("locationId", LOC));

    // GHL's replacement, GET /users/search: companyId required, skip/limit pages
    LoggedRequest search = sent(() -> assertEquals(1, api(UsersApi.class).searchUsers(
        new UsersApi.SearchUsersQueryParams().companyId(COMPANY).locationId(LOC).query("John").skip(10).limit(10)).getCount()));
    assertRequestLine(search, "GET", "/highlevel-pit/users/search",
        Map.of("companyId", COMPANY, "locationId", LOC, "query", "John", "skip", "10", "limit", "10"));
  }

  @Test
  @Area("Tags")
  void tags() {
    TagsApi api = api(TagsApi.class);

    LoggedRequest list = sent(() -> assertEquals("VIP Customer", api.listLocationTags(LOC).getTags().get(0).getName()));
    assertRequestLine(list, "GET", "/highlevel-pit/locations/loc123/tags", Map.of());

    LoggedRequest create = sent(() -> api.createLocationTag(LOC, new LocationTagCreateRequest().name("New Tag")));
    assertRequestLine(create, "POST", "/highlevel-pit/locations/loc123/tags", Map.of());
    assertJsonBody(create, """
        {"name": "New Tag"}""");

    LoggedRequest get = sent(() -> api.getLocationTag(LOC, "tag123"));
    assertRequestLine(get, "GET", "/highlevel-pit/locations/loc123/tags/tag123", Map.of());

    LoggedRequest update = sent(() -> api.updateLocationTag(LOC, "tag123", new LocationTagUpdateRequest().name("Updated Tag")));
    assertRequestLine(update, "PUT", "/highlevel-pit/locations/loc123/tags/tag123", Map.of());
    assertJsonBody(update, """
        {"name": "Updated Tag"}""");

    LoggedRequest delete = sent(() -> api.deleteLocationTag(LOC, "tag123"));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/locations/loc123/tags/tag123", Map.of());
  }

  @Test
  @Area("CustomFields")
  void customFields() {
    CustomFieldsApi api = api(CustomFieldsApi.class);

    LoggedRequest list = sent(() -> assertEquals("contact.customer_id",
        api.listCustomFields(LOC, (String) null).getCustomFields().get(0).getFieldKey()));
    assertRequestLine(list, "GET", "/highlevel-pit/locations/loc123/customFields", Map.of());

    LoggedRequest create = sent(() -> api.createCustomField(LOC, new CustomFieldCreateRequest().name("Customer ID")
        .dataType("TEXT").model(CustomFieldCreateRequest.ModelEnum.CONTACT)));
    assertRequestLine(create, "POST", "/highlevel-pit/locations/loc123/customFields", Map.of());
    assertJsonBody(create, """
        {"name": "Customer ID", "dataType": "TEXT", "model": "contact"}""");

    LoggedRequest get = sent(() -> api.getCustomField(LOC, "cf123"));
    assertRequestLine(get, "GET", "/highlevel-pit/locations/loc123/customFields/cf123", Map.of());

    LoggedRequest update = sent(() -> api.updateCustomField(LOC, "cf123", new CustomFieldUpdateRequest().name("Updated Field Name")));
    assertRequestLine(update, "PUT", "/highlevel-pit/locations/loc123/customFields/cf123", Map.of());
    assertJsonBody(update, """
        {"name": "Updated Field Name"}""");

    LoggedRequest delete = sent(() -> api.deleteCustomField(LOC, "cf123"));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/locations/loc123/customFields/cf123", Map.of());
  }

  @Test
  @Area("ObjectCustomFields")
  void objectCustomFields() {
    ObjectCustomFieldsApi api = api(ObjectCustomFieldsApi.class);
    String objLoc = "ve9EPM428h8vShlRW1KT";

    LoggedRequest create = sent(() -> assertEquals("custom_objects.pet.pet_name", api.createObjectCustomField(
        new ObjectCustomFieldCreateRequest().locationId(objLoc).name("Pet Name").showInForms(true).dataType("TEXT")
            .fieldKey("custom_objects.pet.pet_name").objectKey("custom_objects.pet").parentId("3v34PM428h8vShlRW1KT"))
        .getField().getFieldKey()));
    assertRequestLine(create, "POST", "/highlevel-pit/custom-fields/", Map.of());
    assertJsonBody(create, """
        {"locationId": "ve9EPM428h8vShlRW1KT", "name": "Pet Name", "showInForms": true, "dataType": "TEXT",
         "fieldKey": "custom_objects.pet.pet_name", "objectKey": "custom_objects.pet", "parentId": "3v34PM428h8vShlRW1KT"}""");

    LoggedRequest get = sent(() -> assertEquals("SINGLE_OPTIONS",
        api.getObjectCustomField("cfO1bj3cT9sW2mK4pQ7x").getField().getDataType()));
    assertRequestLine(get, "GET", "/highlevel-pit/custom-fields/cfO1bj3cT9sW2mK4pQ7x", Map.of());

    LoggedRequest update = sent(() -> api.updateObjectCustomField("cfO1bj3cT9sW2mK4pQ7x",
        new ObjectCustomFieldUpdateRequest().locationId(objLoc).showInForms(true)
            .options(List.of(new ObjectCustomFieldOptionUpdateInput().label("Dog")))));
    assertRequestLine(update, "PUT", "/highlevel-pit/custom-fields/cfO1bj3cT9sW2mK4pQ7x", Map.of());
    assertJsonBody(update, """
        {"locationId": "ve9EPM428h8vShlRW1KT", "showInForms": true, "options": [{"label": "Dog"}]}""");

    LoggedRequest delete = sent(() -> assertTrue(api.deleteObjectCustomField("cfO1bj3cT9sW2mK4pQ7x").getSucceded()));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/custom-fields/cfO1bj3cT9sW2mK4pQ7x", Map.of());

    LoggedRequest byKey = sent(() -> assertEquals("Pet Details",
        api.getObjectCustomFieldsByObjectKey("custom_objects.pet", objLoc).getFolders().get(0).getName()));
    assertRequestLine(byKey, "GET", "/highlevel-pit/custom-fields/object-key/custom_objects.pet",
        Map.of("locationId", objLoc));

    LoggedRequest createFolder = sent(() -> api.createObjectCustomFieldFolder(
        new ObjectCustomFieldFolderCreateRequest().objectKey("custom_objects.pet").name("Pet Details").locationId(objLoc)));
    assertRequestLine(createFolder, "POST", "/highlevel-pit/custom-fields/folder", Map.of());
    assertJsonBody(createFolder, """
        {"objectKey": "custom_objects.pet", "name": "Pet Details", "locationId": "ve9EPM428h8vShlRW1KT"}""");

    LoggedRequest updateFolder = sent(() -> api.updateObjectCustomFieldFolder("3v34PM428h8vShlRW1KT",
        new ObjectCustomFieldFolderUpdateRequest().name("Pet Profile").locationId(objLoc)));
    assertRequestLine(updateFolder, "PUT", "/highlevel-pit/custom-fields/folder/3v34PM428h8vShlRW1KT", Map.of());
    assertJsonBody(updateFolder, """
        {"name": "Pet Profile", "locationId": "ve9EPM428h8vShlRW1KT"}""");

    LoggedRequest deleteFolder = sent(() -> api.deleteObjectCustomFieldFolder("3v34PM428h8vShlRW1KT", objLoc));
    assertRequestLine(deleteFolder, "DELETE", "/highlevel-pit/custom-fields/folder/3v34PM428h8vShlRW1KT",
        Map.of("locationId", objLoc));
  }

  @Test
  @Area("Objects")
  void objects() {
    ObjectsApi api = api(ObjectsApi.class);
    String objLoc = "ve9EPM428h8vShlRW1KT";
    String rec = "661c06b4ffde146bdb469500";

    LoggedRequest list = sent(() -> assertEquals("custom_objects.pet",
        api.listObjects(objLoc).getObjects().get(0).getKey()));
    assertRequestLine(list, "GET", "/highlevel-pit/objects/", Map.of("locationId", objLoc));

    LoggedRequest create = sent(() -> assertEquals("USER_DEFINED", api.createObject(new ObjectCreateRequest()
        .labels(new ObjectLabels().singular("Pet").plural("Pets")).key("custom_objects.pet").locationId(objLoc)
        .primaryDisplayPropertyDetails(new ObjectPrimaryDisplayPropertyDetails().key("custom_objects.pet.name")
            .name("Pet name").dataType("TEXT"))).getObject().getType()));
    assertRequestLine(create, "POST", "/highlevel-pit/objects/", Map.of());
    assertJsonBody(create, """
        {"labels": {"singular": "Pet", "plural": "Pets"}, "key": "custom_objects.pet", "locationId": "ve9EPM428h8vShlRW1KT",
         "primaryDisplayPropertyDetails": {"key": "custom_objects.pet.name", "name": "Pet name", "dataType": "TEXT"}}""");

    LoggedRequest get = sent(() -> assertEquals("custom_objects.pet.name",
        api.getObject("custom_objects.pet", objLoc, true).getFields().get(0).getFieldKey()));
    assertRequestLine(get, "GET", "/highlevel-pit/objects/custom_objects.pet",
        Map.of("locationId", objLoc, "fetchProperties", "true"));

    LoggedRequest update = sent(() -> api.updateObject("custom_objects.pet",
        new ObjectUpdateRequest().locationId(objLoc).searchableProperties(List.of("custom_objects.pet.name"))));
    assertRequestLine(update, "PUT", "/highlevel-pit/objects/custom_objects.pet", Map.of());
    assertJsonBody(update, """
        {"locationId": "ve9EPM428h8vShlRW1KT", "searchableProperties": ["custom_objects.pet.name"]}""");

    LoggedRequest createRecord = sent(() -> assertEquals("Buddy", api.createObjectRecord("custom_objects.pet",
        new ObjectRecordCreateRequest().locationId(objLoc).properties(Map.of("name", "Buddy")))
        .getRecord().getProperties().get("name")));
    assertRequestLine(createRecord, "POST", "/highlevel-pit/objects/custom_objects.pet/records", Map.of());
    assertJsonBody(createRecord, """
        {"locationId": "ve9EPM428h8vShlRW1KT", "properties": {"name": "Buddy"}}""");

    LoggedRequest search = sent(() -> assertEquals(2, api.searchObjectRecords("custom_objects.pet",
        new ObjectRecordSearchRequest().locationId(objLoc).page(1).pageLimit(10).query("name:Buddy"))
        .getRecords().get(0).getSearchAfter().size()));
    assertRequestLine(search, "POST", "/highlevel-pit/objects/custom_objects.pet/records/search", Map.of());
    assertJsonBody(search, """
        {"locationId": "ve9EPM428h8vShlRW1KT", "page": 1, "pageLimit": 10, "query": "name:Buddy"}""");

    LoggedRequest getRecord = sent(() -> assertEquals(rec,
        api.getObjectRecord("custom_objects.pet", rec).getRecord().getId()));
    assertRequestLine(getRecord, "GET", "/highlevel-pit/objects/custom_objects.pet/records/" + rec, Map.of());

    LoggedRequest updateRecord = sent(() -> api.updateObjectRecord("custom_objects.pet", rec, objLoc,
        new ObjectRecordUpdateRequest().properties(Map.of("age", 4))));
    assertRequestLine(updateRecord, "PUT", "/highlevel-pit/objects/custom_objects.pet/records/" + rec,
        Map.of("locationId", objLoc));
    assertJsonBody(updateRecord, """
        {"properties": {"age": 4}}""");

    LoggedRequest deleteRecord = sent(() -> assertTrue(
        api.deleteObjectRecord("custom_objects.pet", rec).getSuccess()));
    assertRequestLine(deleteRecord, "DELETE", "/highlevel-pit/objects/custom_objects.pet/records/" + rec, Map.of());
  }

  @Test
  @Area("Associations")
  void associations() {
    AssociationsApi api = api(AssociationsApi.class);
    String loc = "ve9EPM428h8vShlRW1KT";
    String aid = "6d6f6e676f5f6576656e7473";
    String rel = "67a0c1b2d3e4f5a6b7c8d9e0";
    String rec = "661c06b4ffde146bdb469500";

    LoggedRequest list = sent(() -> assertEquals("student_teacher",
        api.listAssociations(loc, 0, 100).getAssociations().get(0).getKey()));
    assertRequestLine(list, "GET", "/highlevel-pit/associations/",
        Map.of("locationId", loc, "skip", "0", "limit", "100"));

    LoggedRequest create = sent(() -> assertEquals(aid, api.createAssociation(new AssociationCreateRequest()
        .locationId(loc).key("student_teacher").firstObjectLabel("student").firstObjectKey("custom_objects.children")
        .secondObjectLabel("teacher").secondObjectKey("contact")).getId()));
    assertRequestLine(create, "POST", "/highlevel-pit/associations/", Map.of());
    assertJsonBody(create, """
        {"locationId": "ve9EPM428h8vShlRW1KT", "key": "student_teacher", "firstObjectLabel": "student",
         "firstObjectKey": "custom_objects.children", "secondObjectLabel": "teacher", "secondObjectKey": "contact"}""");

    LoggedRequest byKey = sent(() -> assertEquals(aid, api.getAssociationByKey("student_teacher", loc).getId()));
    assertRequestLine(byKey, "GET", "/highlevel-pit/associations/key/student_teacher", Map.of("locationId", loc));

    LoggedRequest byObject = sent(() -> assertEquals(1,
        api.listAssociationsByObjectKey("custom_objects.children", loc).getAssociations().size()));
    assertRequestLine(byObject, "GET", "/highlevel-pit/associations/objectKey/custom_objects.children",
        Map.of("locationId", loc));

    LoggedRequest get = sent(() -> assertEquals("USER_DEFINED", api.getAssociation(aid).getAssociationType()));
    assertRequestLine(get, "GET", "/highlevel-pit/associations/" + aid, Map.of());

    LoggedRequest update = sent(() -> api.updateAssociation(aid,
        new AssociationUpdateRequest().firstObjectLabel("student").secondObjectLabel("tutor")));
    assertRequestLine(update, "PUT", "/highlevel-pit/associations/" + aid, Map.of());
    assertJsonBody(update, """
        {"firstObjectLabel": "student", "secondObjectLabel": "tutor"}""");

    LoggedRequest createRel = sent(() -> assertEquals(rel, api.createAssociationRelation(
        new AssociationRelationCreateRequest().locationId(loc).associationId(aid).firstRecordId(rec)
            .secondRecordId("sx6wyHhbFdRXh302Lunr")).getId()));
    assertRequestLine(createRel, "POST", "/highlevel-pit/associations/relations", Map.of());
    assertJsonBody(createRel, """
        {"locationId": "ve9EPM428h8vShlRW1KT", "associationId": "6d6f6e676f5f6576656e7473",
         "firstRecordId": "661c06b4ffde146bdb469500", "secondRecordId": "sx6wyHhbFdRXh302Lunr"}""");

    LoggedRequest rels = sent(() -> assertEquals(rel, api.listAssociationRelationsByRecord(rec, loc, 0, 100, null)
        .getRelations().get(0).getId()));
    assertRequestLine(rels, "GET", "/highlevel-pit/associations/relations/" + rec,
        Map.of("locationId", loc, "skip", "0", "limit", "100"));

    LoggedRequest deleteRel = sent(() -> assertEquals(rel, api.deleteAssociationRelation(rel, loc).getId()));
    assertRequestLine(deleteRel, "DELETE", "/highlevel-pit/associations/relations/" + rel, Map.of("locationId", loc));

    LoggedRequest delete = sent(() -> assertTrue(api.deleteAssociation(aid).getDeleted()));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/associations/" + aid, Map.of());
  }

  @Test
  @Area("LocationTasks")
  void locationTasks() {
    LocationTasksApi api = api(LocationTasksApi.class);
    String rtid = "sx6wyHhbFdRXh302Lunr";

    // paged in the body (skip/limit), not in the query
    LoggedRequest search = sent(() -> assertEquals("Follow up call", api.searchLocationTasks(LOC,
        new LocationTaskSearchRequest().contactId(List.of("dSMo5jnqkJyh8YeGXM7k")).completed(false)
            .assignedTo(List.of("0004Mtfsd11SBU1mBPgd")).query("Follow up").limit(25).skip(50))
        .getTasks().get(0).getTitle()));
    assertRequestLine(search, "POST", "/highlevel-pit/locations/loc123/tasks/search", Map.of());
    assertJsonBody(search, """
        {"contactId": ["dSMo5jnqkJyh8YeGXM7k"], "completed": false, "assignedTo": ["0004Mtfsd11SBU1mBPgd"],
         "query": "Follow up", "limit": 25, "skip": 50}""");

    LoggedRequest create = sent(() -> assertEquals(rtid, api.createLocationRecurringTask(LOC,
        new LocationRecurringTaskCreateRequest().title("Weekly check-in call").contactIds(List.of("dSMo5jnqkJyh8YeGXM7k"))
            .owners(List.of("0004Mtfsd11SBU1mBPgd")).rruleOptions(new LocationRecurringTaskRuleInput()
                .intervalType(LocationRecurringTaskRuleInput.IntervalTypeEnum.WEEKLY).interval(1)
                .dayOfWeek(LocationRecurringTaskRuleInput.DayOfWeekEnum.MO).startDate("2026-06-01T09:00:00.000Z")
                .dueAfterSeconds(86400).count(12)))
        .getRecurringTask().getId()));
    assertRequestLine(create, "POST", "/highlevel-pit/locations/loc123/recurring-tasks", Map.of());
    assertJsonBody(create, """
        {"title": "Weekly check-in call", "contactIds": ["dSMo5jnqkJyh8YeGXM7k"], "owners": ["0004Mtfsd11SBU1mBPgd"],
         "rruleOptions": {"intervalType": "weekly", "interval": 1, "dayOfWeek": "MO",
                          "startDate": "2026-06-01T09:00:00.000Z", "dueAfterSeconds": 86400, "count": 12}}""");

    LoggedRequest get = sent(() -> assertEquals(LocationRecurringTaskRuleInput.IntervalTypeEnum.WEEKLY.getValue(),
        api.getLocationRecurringTask(LOC, rtid).getRecurringTask().getRruleOptions().getIntervalType().getValue()));
    assertRequestLine(get, "GET", "/highlevel-pit/locations/loc123/recurring-tasks/" + rtid, Map.of());
    assertNoBody(get);

    LoggedRequest update = sent(() -> api.updateLocationRecurringTask(LOC, rtid,
        new LocationRecurringTaskUpdateRequest().title("Bi-weekly check-in call")));
    assertRequestLine(update, "PUT", "/highlevel-pit/locations/loc123/recurring-tasks/" + rtid, Map.of());
    assertJsonBody(update, """
        {"title": "Bi-weekly check-in call"}""");

    LoggedRequest delete = sent(() -> assertTrue(api.deleteLocationRecurringTask(LOC, rtid).getSuccess()));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/locations/loc123/recurring-tasks/" + rtid, Map.of());
  }

  @Test
  @Area("LocationTemplates")
  void locationTemplates() {
    LocationTemplatesApi api = api(LocationTemplatesApi.class);
    String origin = "ve9EPM428h8vShlRW1KT";

    LoggedRequest list = sent(() -> assertEquals("sms",
        api.listLocationTemplates(LOC, origin, null, 25, 25, "sms").getTemplates().get(0).getType()));
    assertRequestLine(list, "GET", "/highlevel-pit/locations/loc123/templates",
        Map.of("originId", origin, "skip", "25", "limit", "25", "type", "sms"));

    // an open type: a value the spec does not list goes out as given
    LoggedRequest other = sent(() -> api.listLocationTemplates(LOC, origin, true, null, null, "rcs"));
    assertRequestLine(other, "GET", "/highlevel-pit/locations/loc123/templates",
        Map.of("originId", origin, "deleted", "true", "type", "rcs"));

    LoggedRequest delete = sent(() -> api.deleteLocationTemplate(LOC, "2yMwhgTNO19bpintqrap"));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/locations/loc123/templates/2yMwhgTNO19bpintqrap", Map.of());
    assertNoBody(delete);
  }

  @Test
  @Area("CustomValues")
  void customValues() {
    CustomValuesApi api = api(CustomValuesApi.class);

    LoggedRequest list = sent(() -> assertEquals("{{ custom_values.company_tagline }}",
        api.listCustomValues(LOC).getCustomValues().get(0).getFieldKey()));
    assertRequestLine(list, "GET", "/highlevel-pit/locations/loc123/customValues", Map.of());

    LoggedRequest create = sent(() -> api.createCustomValue(LOC,
        new CustomValueCreateRequest().name("Company Tagline").value("We build great things")));
    assertRequestLine(create, "POST", "/highlevel-pit/locations/loc123/customValues", Map.of());
    assertJsonBody(create, """
        {"name": "Company Tagline", "value": "We build great things"}""");

    LoggedRequest get = sent(() -> api.getCustomValue(LOC, "cv123"));
    assertRequestLine(get, "GET", "/highlevel-pit/locations/loc123/customValues/cv123", Map.of());

    LoggedRequest update = sent(() -> api.updateCustomValue(LOC, "cv123",
        new CustomValueUpdateRequest().name("Updated Name").value("Updated value")));
    assertRequestLine(update, "PUT", "/highlevel-pit/locations/loc123/customValues/cv123", Map.of());
    assertJsonBody(update, """
        {"name": "Updated Name", "value": "Updated value"}""");

    LoggedRequest delete = sent(() -> api.deleteCustomValue(LOC, "cv123"));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/locations/loc123/customValues/cv123", Map.of());
  }

  @Test
  @Area("Businesses")
  void businesses() {
    BusinessesApi api = api(BusinessesApi.class);

    LoggedRequest list = sent(() -> assertEquals("biz123", api.listBusinesses(LOC, null, null).getBusinesses().get(0).getId()));
    assertRequestLine(list, "GET", "/highlevel-pit/businesses/", Map.of("locationId", LOC));

    LoggedRequest get = sent(() -> api.getBusiness("biz123"));
    assertRequestLine(get, "GET", "/highlevel-pit/businesses/biz123", Map.of());

    LoggedRequest create = sent(() -> api.createBusiness(new BusinessCreateRequest().locationId(LOC).name("New Business")
        .city("San Francisco").phone("+15551234567").email("info@newbiz.com").website("www.newbiz.com")));
    assertRequestLine(create, "POST", "/highlevel-pit/businesses/", Map.of());
    assertJsonBody(create, """
        {
        "locationId": "loc123",
        "name": "New Business",
        "city": "San Francisco",
        "phone": "+15551234567",
        "email": "info@newbiz.com",
        "website": "www.newbiz.com"
        }""");

    LoggedRequest update = sent(() -> api.updateBusiness("biz123",
        new BusinessUpdateRequest().name("Updated Business").city("Los Angeles")));
    assertRequestLine(update, "PUT", "/highlevel-pit/businesses/biz123", Map.of());
    assertJsonBody(update, """
        {"name": "Updated Business", "city": "Los Angeles"}""");

    LoggedRequest delete = sent(() -> api.deleteBusiness("biz123"));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/businesses/biz123", Map.of());
  }

  @Test
  @Area("Products")
  void products() {
    ProductsApi api = api(ProductsApi.class);

    LoggedRequest list = sent(() -> api.listProducts(LOC, null, null, null, null, null, null, null, null, null, null, null));
    assertRequestLine(list, "GET", "/highlevel-pit/products/", Map.of("locationId", LOC));

    // Note (seed): locationId is required even for single product retrieval
    LoggedRequest get = sent(() -> api.getProduct("prod123", LOC, null));
    assertRequestLine(get, "GET", "/highlevel-pit/products/prod123", Map.of("locationId", LOC));

    LoggedRequest create = sent(() -> api.createProduct(new ProductCreateRequest().locationId(LOC).name("Digital Course")
        .description("Online training program").productType(ProductCreateRequest.ProductTypeEnum.DIGITAL)));
    assertRequestLine(create, "POST", "/highlevel-pit/products/", Map.of());
    assertJsonBody(create, """
        {
        "locationId": "loc123",
        "name": "Digital Course",
        "description": "Online training program",
        "productType": "DIGITAL"
        }""");

    LoggedRequest delete = sent(() -> api.deleteProduct("prod123", LOC, null));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/products/prod123", Map.of("locationId", LOC));

    // the official sendWishlistStatus query parameter (issue #25)
    LoggedRequest deleteWishlist = sent(() -> api.deleteProduct("prod123", LOC, true));
    assertRequestLine(deleteWishlist, "DELETE", "/highlevel-pit/products/prod123",
        Map.of("locationId", LOC, "sendWishlistStatus", "true"));
  }

  @Test
  @Area("Invoices")
  void invoices() {
    InvoicesApi api = api(InvoicesApi.class);

    // IMPORTANT (seed): both offset and altId/altType are required
    LoggedRequest list = sent(() -> api.listInvoices(LOC, "location", 20, 0, null, null, null, null, null, null, null, null));
    assertRequestLine(list, "GET", "/highlevel-pit/invoices/",
        Map.of("altId", LOC, "altType", "location", "limit", "20", "offset", "0"));

    LoggedRequest get = sent(() -> api.getInvoice("inv123", LOC, "location"));
    assertRequestLine(get, "GET", "/highlevel-pit/invoices/inv123", Map.of("altId", LOC, "altType", "location"));
  }

  @Test
  @Area("Payments")
  void payments() {
    PaymentsApi api = api(PaymentsApi.class);
    Map<String, String> altLocation = Map.of("altId", LOC, "altType", "location", "limit", "20");

    LoggedRequest orders = sent(() -> api.listOrders(new ListOrdersQueryParams().altId(LOC).altType("location").limit(20)));
    assertRequestLine(orders, "GET", "/highlevel-pit/payments/orders", altLocation);

    LoggedRequest transactions = sent(() -> api.listTransactions(
        new ListTransactionsQueryParams().altId(LOC).altType("location").limit(20)));
    assertRequestLine(transactions, "GET", "/highlevel-pit/payments/transactions", altLocation);

    LoggedRequest subscriptions = sent(() -> api.listSubscriptions(
        new ListSubscriptionsQueryParams().altId(LOC).altType("location").limit(20)));
    assertRequestLine(subscriptions, "GET", "/highlevel-pit/payments/subscriptions", altLocation);
  }

  @Test
  @Area("Links")
  void links() {
    LinksApi api = api(LinksApi.class);

    LoggedRequest list = sent(() -> api.listLinks(LOC));
    assertRequestLine(list, "GET", "/highlevel-pit/links/", Map.of("locationId", LOC));

    LoggedRequest create = sent(() -> assertEquals("{{trigger_link.link123}}", api.createLink(new LinkCreateRequest()
        .locationId(LOC).name("Survey Link").redirectTo("https://example.com/survey")).getLink().getFieldKey()));
    assertRequestLine(create, "POST", "/highlevel-pit/links/", Map.of());
    assertJsonBody(create, """
        {"locationId": "loc123", "name": "Survey Link", "redirectTo": "https://example.com/survey"}""");

    LoggedRequest update = sent(() -> api.updateLink("link123",
        new LinkUpdateRequest().name("Updated Link").redirectTo("https://updated.com")));
    assertRequestLine(update, "PUT", "/highlevel-pit/links/link123", Map.of());
    assertJsonBody(update, """
        {"name": "Updated Link", "redirectTo": "https://updated.com"}""");

    LoggedRequest delete = sent(() -> api.deleteLink("link123"));
    assertRequestLine(delete, "DELETE", "/highlevel-pit/links/link123", Map.of());
  }

  @Test
  @Area("Workflows")
  void workflows() {
    LoggedRequest list = sent(() -> api(WorkflowsApi.class).listWorkflows(LOC));
    assertRequestLine(list, "GET", "/highlevel-pit/workflows/", Map.of("locationId", LOC));
  }

  @Test
  @Area("Campaigns")
  void campaigns() {
    LoggedRequest list = sent(() -> api(CampaignsApi.class).listCampaigns(LOC, null));
    assertRequestLine(list, "GET", "/highlevel-pit/campaigns/", Map.of("locationId", LOC));
  }

  @Test
  @Area("Forms")
  void forms() {
    LoggedRequest list = sent(() -> api(FormsApi.class).listForms(LOC, 20, 10, null));
    assertRequestLine(list, "GET", "/highlevel-pit/forms/", Map.of("locationId", LOC, "skip", "20", "limit", "10"));
  }

  @Test
  @Area("Surveys")
  void surveys() {
    LoggedRequest list = sent(() -> api(SurveysApi.class).listSurveys(LOC, null, null, null));
    assertRequestLine(list, "GET", "/highlevel-pit/surveys/", Map.of("locationId", LOC));
  }

  @Test
  @Area("Funnels")
  void funnels() {
    LoggedRequest list = sent(() -> api(FunnelsApi.class).listFunnels(LOC, null, null, null, null, null, null));
    assertRequestLine(list, "GET", "/highlevel-pit/funnels/funnel/list", Map.of("locationId", LOC));
  }

  @Test
  @Area("SocialMediaPosting")
  void socialMediaPosting() {
    SocialMediaPostingApi api = api(SocialMediaPostingApi.class);

    // locationId goes in the path, not in the query
    LoggedRequest accounts = sent(() -> api.listSocialAccounts(LOC));
    assertRequestLine(accounts, "GET", "/highlevel-pit/social-media-posting/loc123/accounts", Map.of());

    LoggedRequest categories = sent(() -> api.listSocialCategories(LOC, null, 10, 0));
    assertRequestLine(categories, "GET", "/highlevel-pit/social-media-posting/loc123/categories",
        Map.of("limit", "10", "skip", "0"));
  }

  @Test
  @Area("Medias")
  void medias() {
    // IMPORTANT (seed): the type parameter is required
    LoggedRequest files = sent(() -> api(MediasApi.class).listMediaFiles(LOC, "location", "file", 20, null, null, null,
        null, null, null));
    assertRequestLine(files, "GET", "/highlevel-pit/medias/files",
        Map.of("altId", LOC, "altType", "location", "type", "file", "limit", "20"));
  }

  @Test
  @Area("PhoneSystem")
  void phoneSystem() {
    PhoneSystemApi api = api(PhoneSystemApi.class);

    LoggedRequest pools = sent(() -> assertEquals("Sales Team Pool",
        api.listPhoneNumberPools(LOC).getData().get(0).getName()));
    assertRequestLine(pools, "GET", "/highlevel-pit/phone-system/number-pools", Map.of("locationId", LOC));

    LoggedRequest available = sent(() -> assertEquals("1773314252953",
        api.listAvailablePhoneNumbers(LOC, "US", "local,tollFree", "830", null, null, true, null, null).getFingerprintId()));
    assertRequestLine(available, "GET", "/highlevel-pit/phone-system/numbers/location/loc123/available",
        Map.of("countryCode", "US", "numberTypes", "local,tollFree", "firstPart", "830", "smsEnabled", "true"));

    LoggedRequest purchase = sent(() -> assertEquals("conversation", api.purchasePhoneNumber(LOC,
        new PhoneNumberPurchaseRequest().phoneNumber("+18305551234").countryCode("US").numberType("local")
            .fingerprintId("1773314252953")).getNumbers().get("+18705871861")));
    assertRequestLine(purchase, "POST", "/highlevel-pit/phone-system/numbers/location/loc123/purchase", Map.of());
    assertJsonBody(purchase, """
        {"phoneNumber": "+18305551234", "countryCode": "US", "numberType": "local", "fingerprintId": "1773314252953"}""");

    LoggedRequest active = sent(() -> assertEquals("+14155552671",
        api.listActivePhoneNumbers(LOC, 100, 0, null, false).getNumbers().get(0).getPhoneNumber()));
    assertRequestLine(active, "GET", "/highlevel-pit/phone-system/numbers/location/loc123",
        Map.of("pageSize", "100", "page", "0", "skipNumberPool", "false"));
  }

  @Test
  @Area("EmailVerification")
  void emailVerification() {
    LoggedRequest verify = sent(() -> assertEquals("undeliverable", api(EmailVerificationApi.class).verifyEmail(LOC,
        new EmailVerificationRequest().type(EmailVerificationRequest.TypeEnum.EMAIL).verify("abc@xyz.com")).getResult().getValue()));
    assertRequestLine(verify, "POST", "/highlevel-pit/email/verify", Map.of("locationId", LOC));
    assertJsonBody(verify, """
        {"type": "email", "verify": "abc@xyz.com"}""");
  }

  @Test
  @Area("AffiliateManager")
  void affiliateManager() {
    AffiliateManagerApi api = api(AffiliateManagerApi.class);

    LoggedRequest list = sent(() -> assertEquals("john.doe@example.com",
        api.listAffiliates(LOC, "John", true, null, 0, 10, null, null).getAffiliates().get(0).getEmail()));
    assertRequestLine(list, "GET", "/highlevel-pit/affiliate-manager/loc123/affiliates",
        Map.of("query", "John", "active", "true", "skip", "0", "limit", "10"));

    LoggedRequest get = sent(() -> assertEquals("63d147176c5bbc30e9e091a4",
        api.getAffiliate(LOC, "63d147176c5bbc30e9e091a4").getId()));
    assertRequestLine(get, "GET", "/highlevel-pit/affiliate-manager/loc123/affiliates/63d147176c5bbc30e9e091a4", Map.of());

    LoggedRequest payouts = sent(() -> assertEquals("pending",
        api.listAffiliatePayouts(LOC, "pending", null, "aff1", null, 20, 10, null, null).getPayouts().get(0).getStatus()));
    assertRequestLine(payouts, "GET", "/highlevel-pit/affiliate-manager/loc123/payouts",
        Map.of("status", "pending", "affiliateId", "aff1", "skip", "20", "limit", "10"));

    LoggedRequest commissions = sent(() -> assertEquals(1,
        api.listAffiliateCommissions(LOC, "camp1", null, null, null, null, null, "2023-10-01", "2023-10-31")
            .getCommissions().size()));
    assertRequestLine(commissions, "GET", "/highlevel-pit/affiliate-manager/loc123/commissions",
        Map.of("campaignId", "camp1", "fromDate", "2023-10-01", "toDate", "2023-10-31"));
  }

  @Test
  @Area("Saas")
  void saas() {
    SaasApi api = api(SaasApi.class);
    String co = "co123";

    LoggedRequest byStripe = sent(() -> assertEquals(2, ((List<?>) api.listSaasLocationsByStripeId("cus_1", null, co)).size()));
    assertRequestLine(byStripe, "GET", "/highlevel-pit/saas/locations", Map.of("customerId", "cus_1", "companyId", co));

    LoggedRequest subscription = sent(() -> assertEquals("SaaS subscription updated successfully",
        api.updateSaasSubscription(LOC, new SaasSubscriptionUpdateRequest().subscriptionId("sub_1").customerId("cus_1")
            .companyId(co))));
    assertRequestLine(subscription, "PUT", "/highlevel-pit/saas/update-saas-subscription/loc123", Map.of());
    assertJsonBody(subscription, """
        {"subscriptionId": "sub_1", "customerId": "cus_1", "companyId": "co123"}""");

    LoggedRequest disable = sent(() -> api.bulkDisableSaas(co, new SaasBulkDisableRequest().locationIds(List.of(LOC))));
    assertRequestLine(disable, "POST", "/highlevel-pit/saas/bulk-disable-saas/co123", Map.of());
    assertJsonBody(disable, """
        {"locationIds": ["loc123"]}""");

    LoggedRequest enable = sent(() -> api.enableSaas(LOC, new SaasEnableRequest().companyId(co).isSaaSV2(true)
        .saasPlanId("plan1")));
    assertRequestLine(enable, "POST", "/highlevel-pit/saas/enable-saas/loc123", Map.of());
    assertJsonBody(enable, """
        {"companyId": "co123", "isSaaSV2": true, "saasPlanId": "plan1"}""");

    LoggedRequest pause = sent(() -> assertEquals(Boolean.TRUE,
        api.pauseSaasLocation(LOC, new SaasPauseRequest().paused(true).companyId(co))));
    assertRequestLine(pause, "POST", "/highlevel-pit/saas/pause/loc123", Map.of());
    assertJsonBody(pause, """
        {"paused": true, "companyId": "co123"}""");

    LoggedRequest rebilling = sent(() -> api.updateSaasRebilling(co, new SaasRebillingUpdateRequest().product("Phone")
        .locationIds(List.of(LOC)).config(new SaasRebillingUpdateRequestConfig().enabled(true)
            .markup(new java.math.BigDecimal("12.5")))));
    assertRequestLine(rebilling, "POST", "/highlevel-pit/saas/update-rebilling/co123", Map.of());
    assertJsonBody(rebilling, """
        {"product": "Phone", "locationIds": ["loc123"], "config": {"enabled": true, "markup": 12.5}}""");

    LoggedRequest plans = sent(() -> assertEquals(new java.math.BigDecimal("150"),
        api.listSaasAgencyPlans(co).get(0).getPrices().get(0).getAmount()));
    assertRequestLine(plans, "GET", "/highlevel-pit/saas/agency-plans/co123", Map.of());

    LoggedRequest locationSubscription = sent(() -> api.getSaasLocationSubscription(LOC, co));
    assertRequestLine(locationSubscription, "GET", "/highlevel-pit/saas/get-saas-subscription/loc123",
        Map.of("companyId", co));

    LoggedRequest bulkEnable = sent(() -> api.bulkEnableSaas(co, new SaasBulkEnableRequest().locationIds(List.of(LOC))
        .isSaaSV2(true).actionPayload(new SaasBulkEnableActionPayload().saasPlanId("plan1"))));
    assertRequestLine(bulkEnable, "POST", "/highlevel-pit/saas/bulk-enable-saas/co123", Map.of());
    assertJsonBody(bulkEnable, """
        {"locationIds": ["loc123"], "isSaaSV2": true, "actionPayload": {"saasPlanId": "plan1"}}""");

    LoggedRequest locations = sent(() -> assertTrue(api.listSaasLocations(co, 2).getPagination().getHasNext()));
    assertRequestLine(locations, "GET", "/highlevel-pit/saas/saas-locations/co123", Map.of("page", "2"));

    LoggedRequest plan = sent(() -> api.getSaasPlan("plan1", co));
    assertRequestLine(plan, "GET", "/highlevel-pit/saas/saas-plan/plan1", Map.of("companyId", co));
  }

  @Test
  @Area("Saas")
  @SuppressWarnings("deprecation") // the /saas-api/public-api/ paths: deprecated by GHL, still documented
  void saasDeprecatedPaths() {
    SaasApi api = api(SaasApi.class);
    String co = "co123";
    String base = "/highlevel-pit/saas-api/public-api/";

    assertRequestLine(sent(() -> api.listSaasLocationsByStripeIdLegacy(null, "sub_1", co)), "GET", base + "locations",
        Map.of("subscriptionId", "sub_1", "companyId", co));
    assertRequestLine(sent(() -> api.updateSaasSubscriptionLegacy(LOC, new SaasSubscriptionUpdateRequest()
        .subscriptionId("sub_1").customerId("cus_1").companyId(co))), "PUT", base + "update-saas-subscription/loc123", Map.of());
    assertRequestLine(sent(() -> api.bulkDisableSaasLegacy(co, new SaasBulkDisableRequest().locationIds(List.of(LOC)))),
        "POST", base + "bulk-disable-saas/co123", Map.of());
    assertRequestLine(sent(() -> api.enableSaasLegacy(LOC, new SaasEnableRequest().companyId(co).isSaaSV2(false))),
        "POST", base + "enable-saas/loc123", Map.of());
    assertRequestLine(sent(() -> api.pauseSaasLocationLegacy(LOC, new SaasPauseRequest().paused(false).companyId(co))),
        "POST", base + "pause/loc123", Map.of());
    assertRequestLine(sent(() -> api.updateSaasRebillingLegacy(co, new SaasRebillingUpdateRequest().product("Email")
        .locationIds(List.of(LOC)).config(new SaasRebillingUpdateRequestConfig().optIn(true)))),
        "POST", base + "update-rebilling/co123", Map.of());
    assertRequestLine(sent(() -> api.listSaasAgencyPlansLegacy(co)), "GET", base + "agency-plans/co123", Map.of());
    assertRequestLine(sent(() -> api.getSaasLocationSubscriptionLegacy(LOC, co)), "GET",
        base + "get-saas-subscription/loc123", Map.of("companyId", co));
    assertRequestLine(sent(() -> api.bulkEnableSaasLegacy(co, new SaasBulkEnableRequest().locationIds(List.of(LOC))
        .isSaaSV2(true).actionPayload(new SaasBulkEnableActionPayload().saasPlanId("plan1")))),
        "POST", base + "bulk-enable-saas/co123", Map.of());
    assertRequestLine(sent(() -> api.listSaasLocationsLegacy(co, (Integer) null)), "GET", base + "saas-locations/co123", Map.of());
    assertRequestLine(sent(() -> api.getSaasPlanLegacy("plan1", co)), "GET", base + "saas-plan/plan1",
        Map.of("companyId", co));
  }

  @Test
  @Area("Marketplace")
  void marketplace() {
    MarketplaceApi api = api(MarketplaceApi.class);

    LoggedRequest uninstall = sent(() -> assertTrue(api.uninstallMarketplaceApp("app123",
        new MarketplaceAppUninstallRequest().companyId("co123").reason("No longer needed")).getSuccess()));
    assertRequestLine(uninstall, "DELETE", "/highlevel-pit/marketplace/app/app123/installations", Map.of());
    assertJsonBody(uninstall, """
        {"companyId": "co123", "reason": "No longer needed"}""");

    LoggedRequest migrate = sent(() -> assertEquals("migration_12345", api.migrateMarketplaceExternalAuth(
        new MarketplaceExternalAuthMigrationRequest().type(MarketplaceExternalAuthMigrationRequest.TypeEnum.BASIC)
            .locationId(LOC).appId("app123").appVersionId("ver1").accountId("acct1").apiKey("sk_test_1"))
        .getIdentifier()));
    assertRequestLine(migrate, "POST", "/highlevel-pit/marketplace/external-auth/migration", Map.of());
    assertJsonBody(migrate, """
        {"type": "basic", "locationId": "loc123", "appId": "app123", "appVersionId": "ver1", "accountId": "acct1",
         "apiKey": "sk_test_1"}""");
  }

  // ------------------------------------------------------------------------------------------

  private static <T> T api(Class<T> type) {
    return TestClients.feign(type, wm.baseUrl());
  }

  private static LoggedRequest sent(Runnable call) {
    return SpecStubs.sent(wm, call);
  }
}
