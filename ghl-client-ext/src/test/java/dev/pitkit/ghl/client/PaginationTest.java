package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.api.ConversationsApi;
import dev.pitkit.ghl.api.FormsApi;
import dev.pitkit.ghl.api.FunnelsApi;
import dev.pitkit.ghl.api.InvoicesApi;
import dev.pitkit.ghl.api.LocationTasksApi;
import dev.pitkit.ghl.api.LocationsApi;
import dev.pitkit.ghl.api.OpportunitiesApi;
import dev.pitkit.ghl.api.PhoneSystemApi;
import dev.pitkit.ghl.api.ProductsApi;
import dev.pitkit.ghl.api.SaasApi;
import dev.pitkit.ghl.api.SnapshotsApi;
import dev.pitkit.ghl.api.SocialMediaPostingApi;
import dev.pitkit.ghl.api.UsersApi;
import dev.pitkit.ghl.api.VoiceAiApi;
import dev.pitkit.ghl.client.error.GhlException;
import dev.pitkit.ghl.client.error.GhlInvalidResponseException;
import dev.pitkit.ghl.client.error.GhlPaginationException;
import dev.pitkit.ghl.client.error.GhlValidationException;
import dev.pitkit.ghl.client.error.NotFoundException;
import dev.pitkit.ghl.client.pagination.Page;
import dev.pitkit.ghl.client.pagination.Pager;
import dev.pitkit.ghl.client.pagination.PaginationStyle;
import dev.pitkit.ghl.model.Contact;
import dev.pitkit.ghl.model.ContactSearchRequest;
import dev.pitkit.ghl.model.ContactSearchResponse;
import dev.pitkit.ghl.model.ContactsListResponse;
import dev.pitkit.ghl.model.ConversationMessage;
import dev.pitkit.ghl.model.ConversationMessagesListResponse;
import dev.pitkit.ghl.model.Form;
import dev.pitkit.ghl.model.FormsListResponse;
import dev.pitkit.ghl.model.FunnelPage;
import dev.pitkit.ghl.model.Invoice;
import dev.pitkit.ghl.model.InvoicesListResponse;
import dev.pitkit.ghl.model.Location;
import dev.pitkit.ghl.model.LocationSearchResponse;
import dev.pitkit.ghl.model.LocationTask;
import dev.pitkit.ghl.model.LocationTaskSearchRequest;
import dev.pitkit.ghl.model.LocationTasksSearchResponse;
import dev.pitkit.ghl.model.Opportunity;
import dev.pitkit.ghl.model.OpportunityAdvancedSearchRequest;
import dev.pitkit.ghl.model.OpportunityAdvancedSearchResponse;
import dev.pitkit.ghl.model.OpportunitySearchResponse;
import dev.pitkit.ghl.model.PhoneNumberDetail;
import dev.pitkit.ghl.model.PhoneNumbersListResponse;
import dev.pitkit.ghl.model.Product;
import dev.pitkit.ghl.model.ProductsListResponse;
import dev.pitkit.ghl.model.SaasLocation;
import dev.pitkit.ghl.model.SaasLocationsListResponse;
import dev.pitkit.ghl.model.SnapshotPush;
import dev.pitkit.ghl.model.SnapshotPushesListResponse;
import dev.pitkit.ghl.model.SocialCategoriesListResponse;
import dev.pitkit.ghl.model.SocialCategory;
import dev.pitkit.ghl.model.User;
import dev.pitkit.ghl.model.UsersFilterByEmailRequest;
import dev.pitkit.ghl.model.UsersSearchResponse;
import dev.pitkit.ghl.model.VoiceAiAgent;
import dev.pitkit.ghl.model.VoiceAiAgentsListResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Auto-pagination in all seven {@code x-ghl-pagination} styles against WireMock. Each stub matches
 * the exact pagination parameters it expects, and every logged request is checked for the view's
 * {@code Maton-Connection}, the operation's {@code Version} and the first call's filters.
 */
@SuppressWarnings("deprecation") // listContacts (deprecated by GHL, still served) is the cursor-style list
class PaginationTest {
  private static final String VIEW = "conn_view";
  private static final String V2021_07_28 = "2021-07-28";
  private static final String V2021_04_15 = "2021-04-15";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).configureStaticDsl(false).build();

  private final FakeRetryClock time = new FakeRetryClock();

  /** A view bound to another connection, on fake time (the default limiter stays on). */
  private GhlClient view() {
    return GhlClient.builder().apiKey("test_key_not_real").baseUrl(wm.baseUrl())
        .agencyConnection("conn_agency").subAccountConnection("conn_sub")
        .clock(time).sleeper(time).build().withConnection(VIEW);
  }

  // ---- stubs and checks -----------------------------------------------------------------------

  private static Map<String, StringValuePattern> q(Object... nameValue) {
    Map<String, StringValuePattern> m = new LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      m.put((String) nameValue[i], nameValue[i + 1] == null ? absent() : equalTo(String.valueOf(nameValue[i + 1])));
    }
    return m;
  }

  private static void page(String path, Map<String, StringValuePattern> query, String body) {
    MappingBuilder m = get(urlPathEqualTo(path));
    for (Map.Entry<String, StringValuePattern> e : query.entrySet()) {
      m = m.withQueryParam(e.getKey(), e.getValue());
    }
    wm.stubFor(m.willReturn(okJson(body)));
  }

  /** {@code [{"id":"c1"},{"id":"c2"}]} for prefix c, ids 1..2. */
  private static String items(String idField, String prefix, int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> "{\"" + idField + "\":\"" + prefix + i + "\"}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  private static List<String> ids(int count, String prefix) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i).toList();
  }

  /**
   * Every request to {@code path}: the view's connection, {@code version}, the API key and the
   * {@code filters}; returns the values of {@code pageParam} in request order (null when absent).
   */
  private static List<String> verifyEveryPage(String path, String version, Map<String, String> filters, String pageParam,
      int pages) {
    List<LoggedRequest> requests = wm.findAll(getRequestedFor(urlPathEqualTo(path)));
    assertEquals(pages, requests.size(), "requests to " + path);
    List<String> cursors = new ArrayList<>();
    for (LoggedRequest r : requests) {
      assertEquals(VIEW, r.getHeader("Maton-Connection"), r.getUrl());
      assertEquals(version, r.getHeader("Version"), r.getUrl());
      assertEquals("Bearer test_key_not_real", r.getHeader("Authorization"));
      filters.forEach((k, v) -> assertEquals(v, r.queryParameter(k).isPresent() ? r.queryParameter(k).firstValue() : null,
          k + " on " + r.getUrl()));
      cursors.add(r.queryParameter(pageParam).isPresent() ? r.queryParameter(pageParam).firstValue() : null);
    }
    return cursors;
  }

  private static int requests() {
    return wm.findAll(anyRequestedFor(anyUrl())).size();
  }

  // ---- cursor: contacts ------------------------------------------------------------------------

  private static final String CONTACTS = "/highlevel-pit/contacts/";
  private static final Map<String, String> CONTACT_FILTERS = Map.of("locationId", "loc1", "limit", "2", "query", "smith");

  private static void stubContacts() {
    page(CONTACTS, q("startAfterId", null), "{\"contacts\":" + items("id", "c", 1, 2)
        + ",\"meta\":{\"startAfterId\":\"c2\",\"startAfter\":1700000000002,\"total\":5}}");
    page(CONTACTS, q("startAfterId", "c2", "startAfter", "1700000000002"), "{\"contacts\":" + items("id", "c", 3, 4)
        + ",\"meta\":{\"startAfterId\":\"c4\",\"startAfter\":1700000000004,\"total\":5}}");
    page(CONTACTS, q("startAfterId", "c4", "startAfter", "1700000000004"), "{\"contacts\":" + items("id", "c", 5, 5)
        + ",\"meta\":{\"total\":5}}");
  }

  @Test
  void cursorStylePositional() {
    stubContacts();
    Pager<ContactsListResponse, Contact> pager = view().paginate(ContactsApi.class,
        api -> api.listContacts("loc1", 2, "smith", null, null), ContactsListResponse::getContacts);
    assertEquals(PaginationStyle.CURSOR, pager.style());
    assertEquals(0, requests(), "nothing is sent before iterating");
    assertEquals(ids(5, "c"), pager.stream().map(Contact::getId).toList());
    assertEquals(java.util.Arrays.asList(null, "c2", "c4"),
        verifyEveryPage(CONTACTS, V2021_07_28, CONTACT_FILTERS, "startAfterId", 3));
  }

  @Test
  void cursorStyleQueryMap() {
    stubContacts();
    Pager<ContactsListResponse, Contact> pager = view().paginate(ContactsApi.class,
        api -> api.listContacts(new ContactsApi.ListContactsQueryParams().locationId("loc1").limit(2).query("smith")),
        ContactsListResponse::getContacts);
    List<String> seen = new ArrayList<>();
    for (Contact c : pager) {
      seen.add(c.getId());
    }
    assertEquals(ids(5, "c"), seen);
    assertEquals(java.util.Arrays.asList(null, "c2", "c4"),
        verifyEveryPage(CONTACTS, V2021_07_28, CONTACT_FILTERS, "startAfterId", 3));
  }

  @Test
  void cursorStyleThroughTheWithHttpInfoVariant() {
    stubContacts();
    Pager<?, Contact> pager = view().paginate(ContactsApi.class,
        api -> api.listContactsWithHttpInfo("loc1", 2, "smith", null, null), r -> r.getData().getContacts());
    assertEquals(ids(5, "c"), pager.stream().map(Contact::getId).toList());
    verifyEveryPage(CONTACTS, V2021_07_28, CONTACT_FILTERS, "startAfterId", 3);
  }

  /**
   * A first-page function that checks its result for null, as Kotlin does for a function reference or a
   * lambda typed {@code (A) -> R}: the recording call returns an empty value of the method's type.
   */
  @Test
  void aFirstPageFunctionThatRefusesNullIsRecorded() {
    stubContacts();
    Pager<ContactsListResponse, Contact> pager = view().paginate(ContactsApi.class,
        api -> java.util.Objects.requireNonNull(api.listContacts("loc1", 2, "smith", null, null)),
        ContactsListResponse::getContacts);
    assertEquals(ids(5, "c"), pager.stream().map(Contact::getId).toList());
    Pager<?, Contact> withInfo = view().paginate(ContactsApi.class,
        api -> java.util.Objects.requireNonNull(api.listContactsWithHttpInfo("loc1", 2, "smith", null, null)),
        r -> r.getData().getContacts());
    assertEquals(ids(5, "c"), withInfo.stream().map(Contact::getId).toList());
  }

  // ---- page: opportunities search ------------------------------------------------------------

  private static final String OPPORTUNITIES = "/highlevel-pit/opportunities/search";
  private static final Map<String, String> OPPORTUNITY_FILTERS =
      Map.of("location_id", "loc1", "pipeline_id", "pipe1", "status", "open", "limit", "2");

  private static void stubOpportunities() {
    page(OPPORTUNITIES, q("page", null), "{\"opportunities\":" + items("id", "o", 1, 2)
        + ",\"meta\":{\"total\":5,\"currentPage\":1,\"nextPage\":2}}");
    page(OPPORTUNITIES, q("page", "2"), "{\"opportunities\":" + items("id", "o", 3, 4)
        + ",\"meta\":{\"total\":5,\"currentPage\":2,\"nextPage\":3,\"prevPage\":1}}");
    page(OPPORTUNITIES, q("page", "3"), "{\"opportunities\":" + items("id", "o", 5, 5)
        + ",\"meta\":{\"total\":5,\"currentPage\":3,\"nextPage\":null,\"prevPage\":2}}");
  }

  @Test
  void pageStylePositional() {
    stubOpportunities();
    Pager<OpportunitySearchResponse, Opportunity> pager = view().paginate(OpportunitiesApi.class,
        api -> api.searchOpportunities("loc1", "pipe1", null, "open", null, null, null, null, null, null, null, null, null,
            null, null, null, 2, null, null, null),
        OpportunitySearchResponse::getOpportunities);
    assertEquals(PaginationStyle.PAGE, pager.style());
    assertEquals(ids(5, "o"), pager.stream().map(Opportunity::getId).toList());
    assertEquals(java.util.Arrays.asList(null, "2", "3"),
        verifyEveryPage(OPPORTUNITIES, V2021_07_28, OPPORTUNITY_FILTERS, "page", 3));
  }

  @Test
  void pageStyleQueryMap() {
    stubOpportunities();
    Pager<OpportunitySearchResponse, Opportunity> pager = view().paginate(OpportunitiesApi.class,
        api -> api.searchOpportunities(new OpportunitiesApi.SearchOpportunitiesQueryParams().locationId("loc1")
            .pipelineId("pipe1").status("open").limit(2)),
        OpportunitySearchResponse::getOpportunities);
    assertEquals(ids(5, "o"), pager.stream().map(Opportunity::getId).toList());
    assertEquals(java.util.Arrays.asList(null, "2", "3"),
        verifyEveryPage(OPPORTUNITIES, V2021_07_28, OPPORTUNITY_FILTERS, "page", 3));
  }

  // ---- offset: invoices, products --------------------------------------------------------------

  @Test
  void offsetStylePositional() {
    String path = "/highlevel-pit/invoices/";
    page(path, q("offset", "0"), "{\"invoices\":" + items("_id", "i", 1, 2) + ",\"total\":5}");
    page(path, q("offset", "2"), "{\"invoices\":" + items("_id", "i", 3, 4) + ",\"total\":5}");
    page(path, q("offset", "4"), "{\"invoices\":" + items("_id", "i", 5, 5) + ",\"total\":5}");
    page(path, q("offset", "5"), "{\"invoices\":[],\"total\":5}");
    Pager<InvoicesListResponse, Invoice> pager = view().paginate(InvoicesApi.class,
        api -> api.listInvoices("loc1", "location", 2, 0, "paid", null, null, null, null, null, null, null),
        InvoicesListResponse::getInvoices);
    assertEquals(PaginationStyle.OFFSET, pager.style());
    assertEquals(5, pager.stream().count());
    assertEquals(List.of("0", "2", "4", "5"), verifyEveryPage(path, V2021_07_28,
        Map.of("altId", "loc1", "altType", "location", "limit", "2", "status", "paid"), "offset", 4));
  }

  @Test
  void offsetStyleQueryMap() {
    String path = "/highlevel-pit/products/";
    page(path, q("offset", null), "{\"products\":" + items("_id", "p", 1, 2) + "}");
    page(path, q("offset", "2"), "{\"products\":" + items("_id", "p", 3, 4) + "}");
    page(path, q("offset", "4"), "{\"products\":" + items("_id", "p", 5, 5) + "}");
    page(path, q("offset", "5"), "{\"products\":[]}");
    Pager<ProductsListResponse, Product> pager = view().paginate(ProductsApi.class,
        api -> api.listProducts(new ProductsApi.ListProductsQueryParams().locationId("loc1").limit(2).search("blue shirt")),
        ProductsListResponse::getProducts);
    assertEquals(ids(5, "p"), pager.stream().map(Product::getId).toList());
    assertEquals(java.util.Arrays.asList(null, "2", "4", "5"), verifyEveryPage(path, V2021_07_28,
        Map.of("locationId", "loc1", "limit", "2", "search", "blue shirt"), "offset", 4));
  }

  // ---- skip: locations (agency operation), forms, social categories ---------------------------

  @Test
  void skipStylePositionalOnAnAgencyOperation() {
    String path = "/highlevel-pit/locations/search";
    page(path, q("skip", null), "{\"locations\":" + items("id", "l", 1, 2) + "}");
    page(path, q("skip", "2"), "{\"locations\":" + items("id", "l", 3, 4) + "}");
    page(path, q("skip", "4"), "{\"locations\":" + items("id", "l", 5, 5) + "}");
    page(path, q("skip", "5"), "{\"locations\":[]}");
    Pager<LocationSearchResponse, Location> pager = view().paginate(LocationsApi.class,
        api -> api.searchLocations("comp1", null, 2, "asc", null), LocationSearchResponse::getLocations);
    assertEquals(PaginationStyle.SKIP, pager.style());
    assertEquals(ids(5, "l"), pager.stream().map(Location::getId).toList());
    assertEquals(java.util.Arrays.asList(null, "2", "4", "5"), verifyEveryPage(path, V2021_07_28,
        Map.of("companyId", "comp1", "limit", "2", "order", "asc"), "skip", 4));
  }

  @Test
  void skipStyleQueryMap() {
    String path = "/highlevel-pit/forms/";
    page(path, q("skip", "10"), "{\"forms\":" + items("id", "f", 1, 2) + ",\"total\":15}");
    page(path, q("skip", "12"), "{\"forms\":" + items("id", "f", 3, 4) + ",\"total\":15}");
    page(path, q("skip", "14"), "{\"forms\":" + items("id", "f", 5, 5) + ",\"total\":15}");
    page(path, q("skip", "15"), "{\"forms\":[],\"total\":15}");
    Pager<FormsListResponse, Form> pager = view().paginate(FormsApi.class,
        api -> api.listForms(new FormsApi.ListFormsQueryParams().locationId("loc1").skip(10).limit(2).type("form")),
        FormsListResponse::getForms);
    assertEquals(ids(5, "f"), pager.stream().map(Form::getId).toList());
    assertEquals(List.of("10", "12", "14", "15"), verifyEveryPage(path, V2021_07_28,
        Map.of("locationId", "loc1", "limit", "2", "type", "form"), "skip", 4));
  }

  @Test
  void skipStyleWithNestedItemsAndAPathParameter() {
    String path = "/highlevel-pit/social-media-posting/loc1/categories";
    page(path, q("skip", null), "{\"success\":true,\"results\":{\"count\":5,\"categories\":" + items("_id", "s", 1, 2) + "}}");
    page(path, q("skip", "2"), "{\"success\":true,\"results\":{\"count\":5,\"categories\":" + items("_id", "s", 3, 4) + "}}");
    page(path, q("skip", "4"), "{\"success\":true,\"results\":{\"count\":5,\"categories\":" + items("_id", "s", 5, 5) + "}}");
    page(path, q("skip", "5"), "{\"success\":true,\"results\":{\"count\":5,\"categories\":[]}}");
    Pager<SocialCategoriesListResponse, SocialCategory> pager = view().paginate(SocialMediaPostingApi.class,
        api -> api.listSocialCategories("loc1", "promo", 2, null),
        r -> r.getResults() == null ? null : r.getResults().getCategories());
    assertEquals(5, pager.stream().count());
    verifyEveryPage(path, V2021_07_28, Map.of("searchText", "promo", "limit", "2"), "skip", 4);
  }

  // ---- message: conversation messages ----------------------------------------------------------

  private static final String MESSAGES = "/highlevel-pit/conversations/conv1/messages";

  private static String messages(String lastMessageId, Boolean nextPage, int from, int to) {
    return "{\"messages\":{" + (lastMessageId == null ? "" : "\"lastMessageId\":\"" + lastMessageId + "\",")
        + (nextPage == null ? "" : "\"nextPage\":" + nextPage + ",") + "\"messages\":" + items("id", "m", from, to) + "}}";
  }

  @Test
  void messageStyle() {
    page(MESSAGES, q("lastMessageId", null), messages("m2", true, 1, 2));
    page(MESSAGES, q("lastMessageId", "m2"), messages("m4", true, 3, 4));
    page(MESSAGES, q("lastMessageId", "m4"), messages("m5", false, 5, 5));
    Pager<ConversationMessagesListResponse, ConversationMessage> pager = view().paginate(ConversationsApi.class,
        api -> api.listConversationMessages("conv1", null, 2, "TYPE_SMS"),
        r -> r.getMessages() == null ? null : r.getMessages().getMessages());
    assertEquals(PaginationStyle.MESSAGE, pager.style());
    assertEquals(ids(5, "m"), pager.stream().map(ConversationMessage::getId).toList());
    assertEquals(java.util.Arrays.asList(null, "m2", "m4"), verifyEveryPage(MESSAGES, V2021_04_15,
        Map.of("limit", "2", "type", "TYPE_SMS"), "lastMessageId", 3));
  }

  @Test
  void messageStyleQueryMapFollowsTheCursorWhenTheMoreFlagIsAbsentAndStopsWithoutACursor() {
    page(MESSAGES, q("lastMessageId", null), messages("m2", null, 1, 2));
    page(MESSAGES, q("lastMessageId", "m2"), messages("m4", null, 3, 4));
    page(MESSAGES, q("lastMessageId", "m4"), messages(null, null, 5, 5));
    Pager<ConversationMessagesListResponse, ConversationMessage> pager = view().paginate(ConversationsApi.class,
        api -> api.listConversationMessages("conv1", new ConversationsApi.ListConversationMessagesQueryParams().limit(2)),
        r -> r.getMessages().getMessages());
    assertEquals(5, pager.stream().count());
    verifyEveryPage(MESSAGES, V2021_04_15, Map.of("limit", "2"), "lastMessageId", 3);
  }

  // ---- increment: Voice AI agents, phone numbers (0-based), SaaS locations (hasNext) ------------

  @Test
  void incrementStyleStartsAPageLeftOutAtTheParametersMinimum() {
    String path = "/highlevel-pit/voice-ai/agents";
    page(path, q("page", null), "{\"total\":5,\"agents\":" + items("id", "a", 1, 2) + "}");
    page(path, q("page", "2"), "{\"total\":5,\"agents\":" + items("id", "a", 3, 4) + "}");
    page(path, q("page", "3"), "{\"total\":5,\"agents\":" + items("id", "a", 5, 5) + "}");
    page(path, q("page", "4"), "{\"total\":5,\"agents\":[]}");
    Pager<VoiceAiAgentsListResponse, VoiceAiAgent> pager = view().paginate(VoiceAiApi.class,
        api -> api.listVoiceAiAgents(null, 2, "loc1", "sales"), VoiceAiAgentsListResponse::getAgents);
    assertEquals(PaginationStyle.INCREMENT, pager.style());
    assertEquals(ids(5, "a"), pager.stream().map(VoiceAiAgent::getId).toList());
    assertEquals(java.util.Arrays.asList(null, "2", "3", "4"), verifyEveryPage(path, V2021_04_15,
        Map.of("locationId", "loc1", "pageSize", "2", "query", "sales"), "page", 4));
  }

  @Test
  void incrementStyleFromAZeroBasedPageThroughTheQueryParamsOverload() {
    String path = "/highlevel-pit/phone-system/numbers/location/loc1";
    page(path, q("page", null), "{\"numbers\":" + items("sid", "n", 1, 2) + "}");
    page(path, q("page", "1"), "{\"numbers\":" + items("sid", "n", 3, 3) + "}");
    page(path, q("page", "2"), "{\"numbers\":[]}");
    Pager<PhoneNumbersListResponse, PhoneNumberDetail> pager = view().paginate(PhoneSystemApi.class,
        api -> api.listActivePhoneNumbers("loc1", new PhoneSystemApi.ListActivePhoneNumbersQueryParams().pageSize(2)),
        PhoneNumbersListResponse::getNumbers);
    assertEquals(ids(3, "n"), pager.stream().map(PhoneNumberDetail::getSid).toList());
    assertEquals(java.util.Arrays.asList(null, "1", "2"),
        verifyEveryPage(path, V2021_07_28, Map.of("pageSize", "2"), "page", 3));
  }

  @Test
  void incrementStyleStopsWhenTheResponseSaysThereIsNoNextPage() {
    String path = "/highlevel-pit/saas/saas-locations/co1";
    page(path, q("page", "1"), "{\"locations\":" + items("locationId", "l", 1, 2) + ",\"pagination\":{\"hasNext\":true}}");
    page(path, q("page", "2"), "{\"locations\":" + items("locationId", "l", 3, 3) + ",\"pagination\":{\"hasNext\":false}}");
    Pager<SaasLocationsListResponse, SaasLocation> pager = view().paginate(SaasApi.class,
        api -> api.listSaasLocations("co1", 1), SaasLocationsListResponse::getLocations);
    assertEquals(ids(3, "l"), pager.stream().map(SaasLocation::getLocationId).toList());
    assertEquals(List.of("1", "2"), verifyEveryPage(path, V2021_04_15, Map.of(), "page", 2), "no request past hasNext=false");
  }

  // ---- lastItem: snapshot pushes; a bare array: funnel pages -----------------------------------

  @Test
  void lastItemStyleSendsTheLastItemsIdAsTheCursor() {
    String path = "/highlevel-pit/snapshots/snapshot-status/snap1";
    page(path, q("lastDoc", null), "{\"data\":" + items("id", "p", 1, 2) + "}");
    page(path, q("lastDoc", "p2"), "{\"data\":" + items("id", "p", 3, 4) + "}");
    page(path, q("lastDoc", "p4"), "{\"data\":[]}");
    Pager<SnapshotPushesListResponse, SnapshotPush> pager = view().paginate(SnapshotsApi.class,
        api -> api.listSnapshotPushes("snap1", "co1", "10-10-2022 12:00 AM", "10-11-2022 12:00 AM", null, 2),
        SnapshotPushesListResponse::getData);
    assertEquals(PaginationStyle.LAST_ITEM, pager.style());
    assertEquals(ids(4, "p"), pager.stream().map(SnapshotPush::getId).toList());
    assertEquals(java.util.Arrays.asList(null, "p2", "p4"), verifyEveryPage(path, V2021_07_28,
        Map.of("companyId", "co1", "limit", "2", "from", "10-10-2022 12:00 AM"), "lastDoc", 3));
  }

  @Test
  void aBareArrayBodyIsItsOwnListOfItems() {
    String path = "/highlevel-pit/funnels/page";
    page(path, q("offset", "0"), items("_id", "f", 1, 2));
    page(path, q("offset", "2"), items("_id", "f", 3, 3));
    page(path, q("offset", "3"), "[]");
    Pager<List<FunnelPage>, FunnelPage> pager = view().paginate(FunnelsApi.class,
        api -> api.listFunnelPages("loc1", "fun1", null, 2, 0), pageList -> pageList);
    assertEquals(PaginationStyle.OFFSET, pager.style());
    assertEquals(ids(3, "f"), pager.stream().map(FunnelPage::getId).toList());
    assertEquals(List.of("0", "2", "3"), verifyEveryPage(path, V2021_07_28,
        Map.of("locationId", "loc1", "funnelId", "fun1", "limit", "2"), "offset", 3));
  }

  // ---- pagination in the JSON request body: tasks, users by email (skip), opportunities (page) ---

  private static final ObjectMapper JSON = new ObjectMapper();

  private static void postPage(String path, String jsonPath, StringValuePattern value, String body) {
    wm.stubFor(post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath(jsonPath, value)).willReturn(okJson(body)));
  }

  /** The JSON bodies POSTed to {@code path}, in order, each checked for the view's connection and the API key. */
  private static List<JsonNode> bodiesSent(String path) throws Exception {
    List<JsonNode> bodies = new ArrayList<>();
    for (LoggedRequest r : wm.findAll(postRequestedFor(urlPathEqualTo(path)))) {
      assertEquals(VIEW, r.getHeader("Maton-Connection"), r.getUrl());
      assertEquals("Bearer test_key_not_real", r.getHeader("Authorization"));
      bodies.add(JSON.readTree(r.getBodyAsString()));
    }
    return bodies;
  }

  @Test
  void aSkipInTheRequestBodyIsAdvancedInACopyOfTheFirstBody() throws Exception {
    String path = "/highlevel-pit/locations/loc1/tasks/search";
    postPage(path, "$.skip", absent(), "{\"tasks\":" + items("id", "t", 1, 2) + "}");
    postPage(path, "$.skip", equalTo("2"), "{\"tasks\":" + items("id", "t", 3, 4) + "}");
    postPage(path, "$.skip", equalTo("4"), "{\"tasks\":[]}");
    LocationTaskSearchRequest first = new LocationTaskSearchRequest().limit(2).query("call back");
    Pager<LocationTasksSearchResponse, LocationTask> pager = view().paginate(LocationTasksApi.class,
        api -> api.searchLocationTasks("loc1", first), LocationTasksSearchResponse::getTasks);
    assertEquals(PaginationStyle.SKIP, pager.style());
    assertEquals(ids(4, "t"), pager.stream().map(LocationTask::getId).toList());
    List<JsonNode> bodies = bodiesSent(path);
    assertEquals(3, bodies.size());
    assertEquals(List.of("", "2", "4"), bodies.stream().map(b -> b.path("skip").asText()).toList());
    bodies.forEach(b -> assertEquals("call back", b.path("query").asText(), b.toString()));
    bodies.forEach(b -> assertEquals(2, b.path("limit").asInt(), b.toString()));
    assertEquals(null, first.getSkip(), "the first call's body is not changed");
  }

  @Test
  void aSkipTheSpecTypesAsAStringStaysAString() throws Exception {
    String path = "/highlevel-pit/users/search/filter-by-email";
    postPage(path, "$.skip", equalTo("0"), "{\"users\":" + items("id", "u", 1, 2) + ",\"count\":3}");
    postPage(path, "$.skip", equalTo("2"), "{\"users\":" + items("id", "u", 3, 3) + ",\"count\":3}");
    postPage(path, "$.skip", equalTo("3"), "{\"users\":[],\"count\":3}");
    Pager<UsersSearchResponse, User> pager = view().paginate(UsersApi.class,
        api -> api.filterUsersByEmail(new UsersFilterByEmailRequest().companyId("co1").emails("a@x.test,b@x.test")
            .skip("0").limit("2")), UsersSearchResponse::getUsers);
    assertEquals(ids(3, "u"), pager.stream().map(User::getId).toList());
    List<JsonNode> bodies = bodiesSent(path);
    assertEquals(List.of("0", "2", "3"), bodies.stream().map(b -> b.path("skip").asText()).toList());
    bodies.forEach(b -> assertTrue(b.path("skip").isTextual() && b.path("limit").isTextual(), b.toString()));
    bodies.forEach(b -> assertEquals("a@x.test,b@x.test", b.path("emails").asText(), b.toString()));
  }

  @Test
  void aPageNumberInTheRequestBodyStartsAtItsMinimum() throws Exception {
    String path = "/highlevel-pit/opportunities/search";
    postPage(path, "$.page", absent(), "{\"opportunities\":" + items("id", "o", 1, 2) + ",\"total\":3}");
    postPage(path, "$.page", equalTo("2"), "{\"opportunities\":" + items("id", "o", 3, 3) + ",\"total\":3}");
    postPage(path, "$.page", equalTo("3"), "{\"opportunities\":[],\"total\":3}");
    Pager<OpportunityAdvancedSearchResponse, Opportunity> pager = view().paginate(OpportunitiesApi.class,
        api -> api.searchOpportunitiesAdvanced(new OpportunityAdvancedSearchRequest().locationId("loc1").limit(2)),
        OpportunityAdvancedSearchResponse::getOpportunities);
    assertEquals(PaginationStyle.INCREMENT, pager.style());
    assertEquals(ids(3, "o"), pager.stream().map(Opportunity::getId).toList());
    assertEquals(List.of("", "2", "3"), bodiesSent(path).stream().map(b -> b.path("page").asText()).toList());
    Object nextBody = pager.firstPage().nextPageParams().get("body");
    assertEquals(2, assertInstanceOf(OpportunityAdvancedSearchRequest.class, nextBody).getPage(), "the next page's body");
  }

  @Test
  void searchContactsFollowsTheLastContactsSearchAfterAndDropsThePageNumber() throws Exception {
    String path = "/highlevel-pit/contacts/search";
    postPage(path, "$.searchAfter", absent(), "{\"contacts\":[{\"id\":\"c1\",\"searchAfter\":[1700000000001,\"c1\"]},"
        + "{\"id\":\"c2\",\"searchAfter\":[1700000000002,\"c2\"]}],\"total\":3}");
    postPage(path, "$.searchAfter", equalToJson("[1700000000002,\"c2\"]"),
        "{\"contacts\":[{\"id\":\"c3\",\"searchAfter\":[1700000000003,\"c3\"]}],\"total\":3}");
    postPage(path, "$.searchAfter", equalToJson("[1700000000003,\"c3\"]"), "{\"contacts\":[],\"total\":3}");
    Pager<ContactSearchResponse, Contact> pager = view().paginate(ContactsApi.class,
        api -> api.searchContacts(new ContactSearchRequest().locationId("loc1").page(1).pageLimit(2).query("smith")),
        ContactSearchResponse::getContacts);
    assertEquals(PaginationStyle.LAST_ITEM, pager.style());
    assertEquals(ids(3, "c"), pager.stream().map(Contact::getId).toList());
    List<JsonNode> bodies = bodiesSent(path);
    assertEquals(List.of("1", "", ""), bodies.stream().map(b -> b.path("page").asText()).toList(),
        "page numbers stop at 10,000 records: only the first request has one");
    assertEquals(List.of("", "[1700000000002,\"c2\"]", "[1700000000003,\"c3\"]"),
        bodies.stream().map(b -> b.has("searchAfter") ? b.get("searchAfter").toString() : "").toList());
    bodies.forEach(b -> assertEquals("smith", b.path("query").asText(), b.toString()));
  }

  // ---- termination and safety -------------------------------------------------------------------

  @Test
  void aCursorThatDoesNotAdvanceStopsWithAClearError() {
    page(CONTACTS, q("startAfterId", null), "{\"contacts\":" + items("id", "c", 1, 2)
        + ",\"meta\":{\"startAfterId\":\"c2\",\"startAfter\":2}}");
    page(CONTACTS, q("startAfterId", "c2"), "{\"contacts\":" + items("id", "c", 3, 4)
        + ",\"meta\":{\"startAfterId\":\"c2\",\"startAfter\":2}}");
    Iterator<Contact> it = view().paginate(ContactsApi.class, api -> api.listContacts("loc1", 2, null, null, null),
        ContactsListResponse::getContacts).iterator();
    List<String> seen = new ArrayList<>();
    GhlPaginationException e = assertThrows(GhlPaginationException.class, () -> {
      while (it.hasNext()) {
        seen.add(it.next().getId());
      }
    });
    assertEquals(ids(4, "c"), seen, "the items of the page with the stuck cursor are still delivered");
    assertTrue(e.getMessage().contains("listContacts"), e.getMessage());
    assertTrue(e.getMessage().contains("same cursor {startAfterId=c2, startAfter=2}"), e.getMessage());
    assertTrue(e.getMessage().contains("looping forever"), e.getMessage());
    assertEquals(2, requests());
  }

  @Test
  void aCursorThatComesBackLaterStopsToo() {
    page(CONTACTS, q("startAfterId", null), "{\"contacts\":" + items("id", "c", 1, 2) + ",\"meta\":{\"startAfterId\":\"c2\"}}");
    page(CONTACTS, q("startAfterId", "c2"), "{\"contacts\":" + items("id", "c", 3, 4) + ",\"meta\":{\"startAfterId\":\"c4\"}}");
    page(CONTACTS, q("startAfterId", "c4"), "{\"contacts\":" + items("id", "c", 5, 6) + ",\"meta\":{\"startAfterId\":\"c2\"}}");
    Pager<ContactsListResponse, Contact> pager = view().paginate(ContactsApi.class,
        api -> api.listContacts("loc1", 2, null, null, null), ContactsListResponse::getContacts);
    GhlPaginationException e = assertThrows(GhlPaginationException.class, () -> pager.stream().count());
    assertTrue(e.getMessage().contains("{startAfterId=c2, startAfter=null}, given with page 3, is the one that requested"
        + " page 2"), e.getMessage());
    assertEquals(3, requests());
  }

  @Test
  void aCycleThroughRecentPagesStopsBeforeAnyPageIsReadTwice() {
    // 40 pages, the last pointing back to the cursor of page 3: no page may be requested, nor item delivered, twice
    for (int p = 1; p <= 40; p++) {
      String next = p == 40 ? "c4" : "c" + (2 * p);
      page(CONTACTS, q("startAfterId", p == 1 ? null : "c" + (2 * p - 2)), "{\"contacts\":"
          + items("id", "c", 2 * p - 1, 2 * p) + ",\"meta\":{\"startAfterId\":\"" + next + "\"}}");
    }
    List<String> seen = new ArrayList<>();
    GhlPaginationException e = assertThrows(GhlPaginationException.class, () -> view().paginate(ContactsApi.class,
        api -> api.listContacts("loc1", 2, null, null, null), ContactsListResponse::getContacts).forEach(c -> seen.add(c.getId())));
    assertEquals(ids(80, "c"), seen, "every item once");
    assertEquals(40, requests(), "every page once");
    assertTrue(e.getMessage().contains("given with page 40, is the one that requested page 3"), e.getMessage());
  }

  @Test
  void aCycleBackToTheSecondPageAfterAHundredIsCaughtWithoutRereading() {
    for (int p = 0; p < 100; p++) {
      String cursor = p == 0 ? null : "c" + (2 * p);
      String next = p == 99 ? "c2" : "c" + (2 * p + 2);
      page(CONTACTS, q("startAfterId", cursor), "{\"contacts\":" + items("id", "c", 2 * p + 1, 2 * p + 2)
          + ",\"meta\":{\"startAfterId\":\"" + next + "\"}}");
    }
    Pager<ContactsListResponse, Contact> pager = view().paginate(ContactsApi.class,
        api -> api.listContacts("loc1", 2, null, null, null), ContactsListResponse::getContacts);
    GhlPaginationException e = assertThrows(GhlPaginationException.class, () -> pager.stream().count());
    assertEquals(100, requests(), "every page once");
    assertTrue(e.getMessage().contains("given with page 100, is the one that requested page 2"), e.getMessage());
  }

  @Test
  void aPageNumberThatDoesNotAdvanceStops() {
    page(OPPORTUNITIES, q("page", null), "{\"opportunities\":" + items("id", "o", 1, 2) + ",\"meta\":{\"nextPage\":2}}");
    page(OPPORTUNITIES, q("page", "2"), "{\"opportunities\":" + items("id", "o", 3, 4) + ",\"meta\":{\"nextPage\":2}}");
    Pager<OpportunitySearchResponse, Opportunity> pager = view().paginate(OpportunitiesApi.class,
        api -> api.searchOpportunities(new OpportunitiesApi.SearchOpportunitiesQueryParams().locationId("loc1")),
        OpportunitySearchResponse::getOpportunities);
    GhlPaginationException e = assertThrows(GhlPaginationException.class, () -> pager.stream().count());
    assertTrue(e.getMessage().contains("searchOpportunities") && e.getMessage().contains("{page=2}"), e.getMessage());
  }

  @Test
  void anOffsetTheServerIgnoresStopsOnTheRepeatedPage() {
    String path = "/highlevel-pit/invoices/";
    page(path, q("offset", "0"), "{\"invoices\":" + items("_id", "i", 1, 2) + ",\"total\":10}");
    page(path, q("offset", "2"), "{\"invoices\":" + items("_id", "i", 1, 2) + ",\"total\":10}");
    Iterator<Invoice> it = view().paginate(InvoicesApi.class,
        api -> api.listInvoices("loc1", "location", 2, 0, null, null, null, null, null, null, null, null),
        InvoicesListResponse::getInvoices).iterator();
    List<String> seen = new ArrayList<>();
    GhlPaginationException e = assertThrows(GhlPaginationException.class, () -> {
      while (it.hasNext()) {
        seen.add(it.next().getId());
      }
    });
    assertEquals(ids(2, "i"), seen, "the repeated items are not delivered twice");
    assertTrue(e.getMessage().contains("listInvoices") && e.getMessage().contains("offset=2")
        && e.getMessage().contains("same items as the page before it"), e.getMessage());
    assertEquals(2, requests());
  }

  @Test
  void aCannedPageWithAnAdvancingCursorIsNotARepeat() {
    // test doubles often answer the same items on every page: with a cursor that moves on, that is a walk
    page(CONTACTS, q("startAfterId", null), "{\"contacts\":" + items("id", "c", 1, 2) + ",\"meta\":{\"startAfterId\":\"k1\"}}");
    page(CONTACTS, q("startAfterId", "k1"), "{\"contacts\":" + items("id", "c", 1, 2) + ",\"meta\":{\"startAfterId\":\"k2\"}}");
    page(CONTACTS, q("startAfterId", "k2"), "{\"contacts\":" + items("id", "c", 1, 2) + ",\"meta\":{}}");
    Pager<ContactsListResponse, Contact> pager = view().paginate(ContactsApi.class,
        api -> api.listContacts("loc1", 2, null, null, null), ContactsListResponse::getContacts);
    assertEquals(6, pager.stream().count());
    assertEquals(3, requests());
    Page<ContactsListResponse, Contact> first = pager.firstPage();
    assertThrows(UnsupportedOperationException.class, () -> first.items().clear(), "a page is immutable");
    assertEquals(2, first.response().getContacts().size());
  }

  @Test
  void aNextPageValueThatMakesAnInvalidRequestIsTheServersFault() {
    page(OPPORTUNITIES, q("page", null), "{\"opportunities\":" + items("id", "o", 1, 2) + ",\"meta\":{\"nextPage\":0}}");
    Pager<OpportunitySearchResponse, Opportunity> pager = view().paginate(OpportunitiesApi.class,
        api -> api.searchOpportunities(new OpportunitiesApi.SearchOpportunitiesQueryParams().locationId("loc1")),
        OpportunitySearchResponse::getOpportunities);
    GhlPaginationException e = assertThrows(GhlPaginationException.class, () -> pager.stream().count());
    assertTrue(e.getMessage().contains("the server's next-page values") && e.getMessage().contains("page=0"),
        e.getMessage());
    assertInstanceOf(GhlValidationException.class, e.getCause());
    assertEquals(1, requests(), "the invalid request is not sent");
  }

  @Test
  void anEmptyFirstPageEndsAtOnce() {
    page(CONTACTS, q(), "{\"contacts\":[],\"meta\":{\"startAfterId\":\"c0\"}}");
    Pager<ContactsListResponse, Contact> pager = view().paginate(ContactsApi.class,
        api -> api.listContacts("loc1", 100, null, null, null), ContactsListResponse::getContacts);
    assertEquals(0, pager.stream().count());
    assertEquals(1, requests());
    assertFalse(pager.firstPage().hasNextPage());
  }

  @Test
  void maxItemsAndStreamLimitsFetchNoMorePagesThanNeeded() {
    stubContacts();
    Pager<ContactsListResponse, Contact> pager = view().paginate(ContactsApi.class,
        api -> api.listContacts("loc1", 2, "smith", null, null), ContactsListResponse::getContacts);
    assertEquals(ids(3, "c"), pager.maxItems(3).stream().map(Contact::getId).toList());
    assertEquals(2, requests());
    assertEquals(ids(3, "c"), pager.stream().limit(3).map(Contact::getId).toList());
    assertEquals(4, requests());
    assertEquals(0, pager.maxItems(0).stream().count());
    assertEquals(4, requests(), "maxItems(0) sends nothing");
    assertEquals(ids(5, "c"), pager.maxItems(50).stream().map(Contact::getId).toList());
    assertThrows(IllegalArgumentException.class, () -> pager.maxItems(-1));
  }

  @Test
  void pagesOneByOne() {
    stubContacts();
    Pager<ContactsListResponse, Contact> pager = view().paginate(ContactsApi.class,
        api -> api.listContacts("loc1", 2, "smith", null, null), ContactsListResponse::getContacts);
    Page<ContactsListResponse, Contact> first = pager.firstPage();
    assertEquals(List.of("c1", "c2"), first.items().stream().map(Contact::getId).toList());
    assertEquals(5, first.response().getMeta().getTotal());
    assertTrue(first.hasNextPage());
    assertEquals(Map.of("locationId", "loc1", "limit", 2, "query", "smith", "startAfterId", "c2",
        "startAfter", "1700000000002"), first.nextPageParams());
    Page<ContactsListResponse, Contact> second = first.nextPage().orElseThrow();
    Page<ContactsListResponse, Contact> third = second.nextPage().orElseThrow();
    assertEquals(List.of("c5"), third.items().stream().map(Contact::getId).toList());
    assertFalse(third.hasNextPage());
    assertTrue(third.nextPage().isEmpty());
    assertEquals(Map.of(), third.nextPageParams());
    assertEquals(3, requests());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"contacts\":null,\"meta\":{\"startAfterId\":\"c4\",\"startAfter\":1700000000004}}",
      "{\"meta\":{\"total\":5}}"})
  void anAnswerWithoutItsListStopsTheWalkWithAnErrorInsteadOfEndingIt(String answer) {
    page(CONTACTS, q("startAfterId", null), "{\"contacts\":" + items("id", "c", 1, 2)
        + ",\"meta\":{\"startAfterId\":\"c2\",\"startAfter\":1700000000002,\"total\":5}}");
    page(CONTACTS, q("startAfterId", "c2"), answer);
    Pager<ContactsListResponse, Contact> pager = view().paginate(ContactsApi.class,
        api -> api.listContacts("loc1", 2, null, null, null), ContactsListResponse::getContacts);
    List<String> seen = new ArrayList<>();
    GhlPaginationException e = assertThrows(GhlPaginationException.class,
        () -> pager.forEach(c -> seen.add(c.getId())));
    assertEquals(List.of("c1", "c2"), seen, "the first page's items were delivered");
    assertTrue(e.getMessage().contains("listContacts: the answer to {locationId=loc1, limit=2, startAfterId=c2, "
        + "startAfter=1700000000002} has no list of items"), e.getMessage());
    // where an answer without the list does mean the end, the items function says so
    assertEquals(List.of("c1", "c2"), view().paginate(ContactsApi.class, api -> api.listContacts("loc1", 2, null, null, null),
        r -> r.getContacts() == null ? List.<Contact>of() : r.getContacts()).stream().map(Contact::getId).toList());
  }

  @Test
  void anErrorSentWithA200StopsTheWalkAsAnInvalidResponse() {
    page(CONTACTS, q("startAfterId", null), "{\"contacts\":" + items("id", "c", 1, 2)
        + ",\"meta\":{\"startAfterId\":\"c2\",\"startAfter\":1700000000002,\"total\":5}}");
    page(CONTACTS, q("startAfterId", "c2"), "{\"statusCode\":502,\"message\":\"upstream error\"}");
    List<String> seen = new ArrayList<>();
    GhlInvalidResponseException e = assertThrows(GhlInvalidResponseException.class, () -> view().paginate(ContactsApi.class,
        api -> api.listContacts("loc1", 2, null, null, null), ContactsListResponse::getContacts).forEach(c -> seen.add(c.getId())));
    assertEquals(List.of("c1", "c2"), seen);
    assertTrue(e.getMessage().contains("statusCode 502: upstream error"), e.getMessage());
  }

  @Test
  void anItemsFunctionThatFailsOnAnAnswerIsAPaginationError() {
    page(CONTACTS, q(), "{\"meta\":{\"total\":5}}");
    GhlPaginationException e = assertThrows(GhlPaginationException.class, () -> view().paginate(ContactsApi.class,
        api -> api.listContacts("loc1", 2, null, null, null), r -> r.getContacts().subList(0, 1)).firstPage());
    assertInstanceOf(NullPointerException.class, e.getCause());
    assertTrue(e.getMessage().contains("could not be read"), e.getMessage());
  }

  /** {@code params} as a job stores them between runs (JSON) and reads them back. */
  private static Map<String, Object> storedAndReadBack(Map<String, Object> params) throws Exception {
    return JSON.readValue(JSON.writeValueAsString(params), new com.fasterxml.jackson.core.type.TypeReference<>() {});
  }

  @Test
  void aStoredNextPageResumesThereInALaterRun() throws Exception {
    stubContacts();
    Pager<ContactsListResponse, Contact> pager = view().paginate(ContactsApi.class,
        api -> api.listContacts("loc1", 2, "smith", null, null), ContactsListResponse::getContacts);
    // stored as JSON by one run, read back as JSON gives it (numbers as Integer / Long) by the next
    Map<String, Object> readBack = storedAndReadBack(pager.firstPage().nextPageParams());
    assertEquals(List.of("c3", "c4", "c5"), pager.resumeFrom(readBack).stream().map(Contact::getId).toList());
    assertEquals(List.of("c3"), pager.resumeFrom(readBack).maxItems(1).stream().map(Contact::getId).toList());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> pager.resumeFrom(Map.of("startAfterIdd", "c2")));
    assertTrue(e.getMessage().contains("'startAfterIdd' is not a parameter of listContacts"), e.getMessage());
    IllegalArgumentException done = assertThrows(IllegalArgumentException.class, () -> pager.resumeFrom(Map.of()));
    assertTrue(done.getMessage().contains("the walk it was stored from was complete"), done.getMessage());
  }

  @Test
  void aResumedQueryMapCallSendsEveryFilterAsTheFirstRunDid() throws Exception {
    String filter = "50%41 off & more";
    page(CONTACTS, q("query", filter, "startAfterId", null), "{\"contacts\":" + items("id", "c", 1, 2)
        + ",\"meta\":{\"startAfterId\":\"c2\",\"startAfter\":1700000000002}}");
    page(CONTACTS, q("query", filter, "startAfterId", "c2"), "{\"contacts\":" + items("id", "c", 3, 3) + ",\"meta\":{}}");
    Pager<ContactsListResponse, Contact> pager = view().paginate(ContactsApi.class,
        api -> api.listContacts(new ContactsApi.ListContactsQueryParams().locationId("loc1").limit(2).query(filter)),
        ContactsListResponse::getContacts);
    Map<String, Object> next = pager.firstPage().nextPageParams();
    assertEquals(filter, next.get("query"), "the caller's value, not its escaped form");
    assertEquals(List.of("c3"), pager.resumeFrom(storedAndReadBack(next)).stream()
        .map(Contact::getId).toList(), "the % of the filter is sent as %25 again, as the first run sent it");
  }

  @Test
  void aResumedBodySearchSendsTheStoredBody() throws Exception {
    String path = "/highlevel-pit/locations/loc1/tasks/search";
    postPage(path, "$.skip", absent(), "{\"tasks\":" + items("id", "t", 1, 2) + "}");
    postPage(path, "$.skip", equalTo("2"), "{\"tasks\":" + items("id", "t", 3, 3) + "}");
    postPage(path, "$.skip", equalTo("3"), "{\"tasks\":[]}");
    Pager<LocationTasksSearchResponse, LocationTask> pager = view().paginate(LocationTasksApi.class,
        api -> api.searchLocationTasks("loc1", new LocationTaskSearchRequest().limit(2).query("call back")),
        LocationTasksSearchResponse::getTasks);
    Map<String, Object> stored = storedAndReadBack(pager.firstPage().nextPageParams());
    assertEquals(List.of("t3"), pager.resumeFrom(stored).stream().map(LocationTask::getId).toList());
    List<JsonNode> bodies = bodiesSent(path); // the first run's first page, then the resumed run's two
    assertEquals(3, bodies.size());
    JsonNode resumed = bodies.get(1);
    assertEquals(2, resumed.path("skip").asInt(), resumed.toString());
    assertEquals("call back", resumed.path("query").asText(), resumed.toString());
  }

  @Test
  void pagesAreFetchedLazily() {
    stubContacts();
    Pager<ContactsListResponse, Contact> pager = view().paginate(ContactsApi.class,
        api -> api.listContacts("loc1", 2, "smith", null, null), ContactsListResponse::getContacts);
    Iterator<Page<ContactsListResponse, Contact>> pages = pager.pages().iterator();
    assertEquals(0, requests());
    pages.next();
    assertEquals(1, requests(), "the second page is not fetched before it is asked for");
    int n = 1;
    while (pages.hasNext()) {
      pages.next();
      n++;
    }
    assertEquals(3, n);
    assertEquals(3, requests());
  }

  @Test
  void aMissingCursorFieldIsClearedNotKeptStale() {
    page(CONTACTS, q("startAfterId", null), "{\"contacts\":" + items("id", "c", 1, 2)
        + ",\"meta\":{\"startAfterId\":\"c2\",\"startAfter\":1.700000000002E12}}");
    page(CONTACTS, q("startAfterId", "c2", "startAfter", "1700000000002"), "{\"contacts\":" + items("id", "c", 3, 4)
        + ",\"meta\":{\"startAfterId\":\"c4\"}}");
    page(CONTACTS, q("startAfterId", "c4", "startAfter", null), "{\"contacts\":[]}");
    assertEquals(4, view().paginate(ContactsApi.class, api -> api.listContacts("loc1", 2, null, null, null),
        ContactsListResponse::getContacts).stream().count());
    assertEquals(3, requests());
  }

  @Test
  void anErrorOnALaterPageIsTheTypedException() {
    page(CONTACTS, q("startAfterId", null), "{\"contacts\":" + items("id", "c", 1, 2) + ",\"meta\":{\"startAfterId\":\"c2\"}}");
    wm.stubFor(get(urlPathEqualTo(CONTACTS)).withQueryParam("startAfterId", equalTo("c2"))
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
            .withBody("{\"statusCode\":404,\"message\":\"Location not found\"}")));
    Pager<ContactsListResponse, Contact> pager = view().paginate(ContactsApi.class,
        api -> api.listContacts("loc1", 2, null, null, null), ContactsListResponse::getContacts);
    GhlException e = assertThrows(GhlException.class, () -> pager.stream().count());
    NotFoundException nf = assertInstanceOf(NotFoundException.class, e);
    assertEquals(VIEW, nf.connection().orElseThrow());
  }

  @Test
  void onlyPaginatedOperationsCanBePaginated() {
    GhlClient ghl = view();
    IllegalArgumentException notPaged = assertThrows(IllegalArgumentException.class,
        () -> ghl.paginate(ContactsApi.class, api -> api.getContact("c1"), r -> List.of()));
    assertTrue(notPaged.getMessage().contains("getContact"), notPaged.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ghl.paginate(ContactsApi.class, api -> null, r -> List.of()));
    assertThrows(IllegalArgumentException.class, () -> ghl.paginate(ContactsApi.class, api -> {
      api.getContact("c1");
      return api.listContacts("loc1", 2, null, null, null);
    }, ContactsListResponse::getContacts));
    assertEquals(0, requests());
  }
}
