package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static dev.pitkit.ghl.client.FacadeTestSupport.EPOCH_MS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.api.CalendarsApi;
import dev.pitkit.ghl.api.CalendarsApi.GetCalendarFreeSlotsQueryParams;
import dev.pitkit.ghl.api.CalendarsApi.ListCalendarEventsQueryParams;
import dev.pitkit.ghl.api.InvoicesApi.ListInvoicesQueryParams;
import dev.pitkit.ghl.api.MediasApi.ListMediaFilesQueryParams;
import dev.pitkit.ghl.api.OpportunitiesApi.SearchOpportunitiesQueryParams;
import dev.pitkit.ghl.api.ProductsApi.DeleteProductQueryParams;
import dev.pitkit.ghl.api.ProductsApi.GetProductQueryParams;
import dev.pitkit.ghl.client.error.GhlValidationException;
import dev.pitkit.ghl.client.error.GhlValidationException.Violation;
import dev.pitkit.ghl.client.internal.ClientJson;
import dev.pitkit.ghl.model.CalendarHour;
import dev.pitkit.ghl.model.CalendarOpenHour;
import dev.pitkit.ghl.model.CalendarUpdateRequest;
import dev.pitkit.ghl.model.ContactBusinessBulkUpdateRequest;
import dev.pitkit.ghl.model.ContactCreateRequest;
import dev.pitkit.ghl.model.ContactCustomFieldInput;
import dev.pitkit.ghl.model.ContactTaskCreateRequest;
import dev.pitkit.ghl.model.ConversationMessageSendRequest;
import dev.pitkit.ghl.model.OpportunityStatusUpdateRequest;
import dev.pitkit.ghl.model.OpportunityUpdateRequest;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * The seed's request rules, checked with Jakarta Validation before anything is sent: each case
 * asserts the {@link GhlValidationException} names the field, and that the server saw nothing.
 * Required query parameters are checked through the positional method and the {@code QueryMap}
 * overload alike.
 */
class ValidationTest {
  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  private final ObjectMapper mapper = ClientJson.newMapper();
  private GhlClient ghl;

  @BeforeEach
  void setUp() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    ghl = FacadeTestSupport.builder(wm).build();
  }

  /** Runs {@code call}, expects a validation error naming exactly {@code fields}, and no request. */
  private GhlValidationException rejected(Executable call, String operationId, String... fields) {
    GhlValidationException e = assertThrows(GhlValidationException.class, call);
    assertEquals(operationId, e.operationId());
    assertEquals(List.of(fields), e.violations().stream().map(Violation::field).toList(), e.getMessage());
    for (String f : fields) {
      assertTrue(e.getMessage().contains(f), e.getMessage());
    }
    assertTrue(e.getMessage().contains("not sent"), e.getMessage());
    assertEquals(0, wm.getAllServeEvents().size(), "nothing may be sent");
    return e;
  }

  private LoggedRequest sent() {
    LoggedRequest r = FacadeTestSupport.onlyRequest(wm);
    wm.resetRequests();
    return r;
  }

  // --- bodies -------------------------------------------------------------------------------

  @Test
  void aRequiredNullablePropertyMayBeNullAndIsSentAsNull() throws Exception {
    // the spec: businessId is required and nullable; null removes the contacts from their business
    ghl.contacts().updateContactsBusiness(new ContactBusinessBulkUpdateRequest().locationId("loc123")
        .ids(List.of("abc123")).businessId(null));
    LoggedRequest sent = wm.getAllServeEvents().get(0).getRequest();
    JsonNode body = mapper.readTree(sent.getBodyAsString());
    assertTrue(body.has("businessId") && body.get("businessId").isNull(), sent.getBodyAsString());
  }

  @Test
  void aScheduledTimestampInMillisecondsIsRefused() {
    // GHL reads epoch seconds here; a millisecond value would schedule the message thousands of years ahead
    rejected(() -> ghl.conversations().sendConversationMessage(new ConversationMessageSendRequest().type("SMS")
        .contactId("abc123").message("hi").scheduledTimestamp(System.currentTimeMillis())), "sendConversationMessage",
        "body.scheduledTimestamp");
    ghl.conversations().sendConversationMessage(new ConversationMessageSendRequest().type("SMS").contactId("abc123")
        .message("hi").scheduledTimestamp(System.currentTimeMillis() / 1000 + 3600));
    assertEquals(1, wm.getAllServeEvents().size(), "seconds are sent");
  }

  @Test
  void theConstantForAnUnknownEnumValueIsNotSent() {
    // fromValue("WON") (GHL's values are lower case) gives the constant that stands for an unknown value
    OpportunityStatusUpdateRequest.StatusEnum misspelt = OpportunityStatusUpdateRequest.StatusEnum.fromValue("WON");
    assertEquals("UNKNOWN_DEFAULT_OPEN_API", misspelt.name());
    GhlValidationException e = assertThrows(GhlValidationException.class,
        () -> ghl.opportunities().updateOpportunityStatus("opp123", new OpportunityStatusUpdateRequest().status(misspelt)));
    assertEquals(List.of("body.status"), e.violations().stream().map(Violation::field).toList());
    assertTrue(e.getMessage().contains("stands for a value the spec does not list"), e.getMessage());
    assertEquals(0, wm.getAllServeEvents().size(), "nothing was sent");
    // a known value goes
    ghl.opportunities().updateOpportunityStatus("opp123",
        new OpportunityStatusUpdateRequest().status(OpportunityStatusUpdateRequest.StatusEnum.WON));
    assertEquals(1, wm.getAllServeEvents().size());
  }

  @Test
  void taskCreateRequiresCompleted() throws Exception {
    ContactTaskCreateRequest task = new ContactTaskCreateRequest().title("Follow up call").body("Discuss renewal")
        .dueDate("2026-06-01T10:00:00Z");
    GhlValidationException e = rejected(() -> ghl.contacts().createContactTask("c1", task), "createContactTask",
        "body.completed");
    assertTrue(e.violations().get(0).message().contains("null"), e.violations().toString());

    ghl.contacts().createContactTask("c1", task.completed(false));
    JsonNode body = mapper.readTree(sent().getBodyAsString());
    assertFalse(body.get("completed").asBoolean());
    assertTrue(body.get("completed").isBoolean());
  }

  /**
   * A query parameter with a closed {@code enum} in the spec (typed {@code String} by the generator) is
   * checked against its values, in both call forms; dates and date-times written in the spec's form.
   */
  @Test
  void enumAndDateParametersAreCheckedBeforeSending() {
    GhlValidationException e = rejected(() -> ghl.invoices().listInvoices("loc1", "location", 20, 0, null, null, null,
        null, "bogus", null, null, "desc"), "listInvoices", "paymentMode", "sortOrder");
    assertEquals("must be one of: default, live, test", e.violations().get(0).message());
    assertEquals("must be one of: ascend, descend", e.violations().get(1).message());
    rejected(() -> ghl.invoices().listInvoices(new ListInvoicesQueryParams().altId("loc1").altType("LOCATION").limit(20)
        .offset(0)), "listInvoices", "altType");
    GhlValidationException date = rejected(() -> ghl.invoices().listInvoices(new ListInvoicesQueryParams().altId("loc1")
        .altType("location").limit(20).offset(0).startAt("28/04/2026")), "listInvoices", "startAt");
    assertEquals("must be a date written YYYY-MM-DD (LocalDate.toString())", date.violations().get(0).message());

    ghl.invoices().listInvoices("loc1", "location", 20, 0, null, "2026-04-01", null, null, "live", null, null, "descend");
    assertEquals("2026-04-01", sent().queryParameter("startAt").firstValue());
  }

  /** An ISO-8601 date-time without its offset (or in another form) is refused: GHL would have to guess the zone. */
  @Test
  void dateTimesNeedTheirOffset() {
    for (String wrong : List.of("2026-04-29T10:00:00", "1777478400000", "tomorrow 10am",
        java.time.ZonedDateTime.of(2026, 4, 29, 10, 0, 0, 0, java.time.ZoneId.of("America/New_York")).toString())) {
      GhlValidationException e = rejected(() -> ghl.calendars().createCalendarAppointment(
          new dev.pitkit.ghl.model.CalendarAppointmentCreateRequest().calendarId("cal1").locationId("loc1")
              .contactId("c1").startTime(wrong)), "createCalendarAppointment", "body.startTime");
      assertTrue(e.getMessage().contains("must be an ISO-8601 date-time with its offset"), e.getMessage());
      rejected(() -> ghl.contacts().addContactToWorkflow("c1", "wf1",
          new dev.pitkit.ghl.model.ContactWorkflowRequest().eventStartTime(wrong)), "addContactToWorkflow",
          "body.eventStartTime");
    }
    for (String right : List.of("2026-04-29T10:00:00+02:00", "2026-04-29T08:00:00Z", "2026-04-29T08:00:00.250Z",
        java.time.OffsetDateTime.of(2026, 4, 29, 10, 0, 0, 0, java.time.ZoneOffset.ofHours(-4)).toString())) {
      ghl.calendars().createCalendarAppointment(new dev.pitkit.ghl.model.CalendarAppointmentCreateRequest()
          .calendarId("cal1").locationId("loc1").contactId("c1").startTime(right));
      assertTrue(sent().getBodyAsString().contains(right));
    }
  }

  /** An attachment upload carries a file or URLs of hosted files ({@code x-ghl-require-one-of}); an empty list is none. */
  @Test
  void anAttachmentUploadNeedsAFileOrUrls() {
    GhlValidationException e = rejected(() -> ghl.conversations().uploadConversationAttachments("conv1", "c1", "loc1",
        List.of(), null, null, null), "uploadConversationAttachments", "fileAttachment|attachmentUrls");
    assertTrue(e.getMessage().contains("at least one of fileAttachment, attachmentUrls is required"), e.getMessage());
    ghl.conversations().uploadConversationAttachments("conv1", "c1", "loc1", List.of("https://example.com/a.pdf"),
        null, null, null);
    assertTrue(sent().getBodyAsString().contains("https://example.com/a.pdf"));
    rejected(() -> ghl.conversations().uploadConversationAttachments("conv1", "c1", "loc1", List.of(" "), null, null,
        null), "uploadConversationAttachments", "fileAttachment|attachmentUrls");
  }

  /** A custom-field file upload without a file is refused: it would go out with no file part at all. */
  @Test
  void aCustomFieldUploadNeedsAFile() {
    GhlValidationException e = rejected(() -> ghl.forms().uploadFilesToCustomFields("c1", "loc1", java.util.Map.of()),
        "uploadFilesToCustomFields", "files");
    assertTrue(e.getMessage().contains("holds no file"), e.getMessage());
  }

  /** A post goes to at least one account: an empty list is refused, not posted nowhere. */
  @Test
  void aSocialPostNeedsAnAccount() {
    rejected(() -> ghl.socialMediaPosting().createSocialPost("loc1", new dev.pitkit.ghl.model.SocialPostCreateRequest()
        .type("post").userId("user1").accountIds(List.of())), "createSocialPost", "body.accountIds");
    ghl.socialMediaPosting().createSocialPost("loc1", new dev.pitkit.ghl.model.SocialPostCreateRequest().type("post")
        .userId("user1").accountIds(List.of("acc1")));
    assertTrue(sent().getBodyAsString().contains("acc1"));
  }

  /** Numbers and booleans GHL takes as strings are checked as such; media lists take folder, which GHL documents. */
  @Test
  void numbersWrittenAsStringsAreChecked() {
    GhlValidationException e = rejected(() -> ghl.socialMediaPosting().listSocialPosts("loc1",
        new dev.pitkit.ghl.model.SocialPostsListRequest().fromDate("2026-12-01T00:00:00.000Z")
            .toDate("2026-12-31T23:59:59.999Z").skip("abc").limit("ten").includeUsers("maybe")),
        "listSocialPosts", "body.includeUsers", "body.limit", "body.skip");
    assertEquals(List.of("must be \"true\" or \"false\"", "must be a whole number written as a string, like \"10\"",
        "must be a whole number written as a string, like \"10\""), e.violations().stream().map(Violation::message).toList());
    ghl.medias().listMediaFiles("loc1", "location", "folder", null, null, null, null, null, null, null);
    assertEquals("folder", sent().queryParameter("type").firstValue());
  }

  @Test
  void everyMissingFieldIsNamed() {
    rejected(() -> ghl.contacts().createContactTask("c1", new ContactTaskCreateRequest()), "createContactTask",
        "body.completed", "body.dueDate", "body.title");
  }

  @Test
  void aFieldInsideAListIsNamedWithItsIndex() {
    CalendarUpdateRequest update = new CalendarUpdateRequest()
        .addOpenHoursItem(new CalendarOpenHour().addDaysOfTheWeekItem(1).hours(List.of()))
        .addOpenHoursItem(new CalendarOpenHour().hours(List.of()));
    rejected(() -> ghl.calendars().updateCalendar("cal1", update), "updateCalendar", "body.openHours[1].daysOfTheWeek");
  }

  /** A contact's custom field is named by its id or by its key (GHL: "Pass either id or key"). */
  @Test
  void aCustomFieldCanBeSetByItsKey() throws Exception {
    ghl.contacts().createContact(new ContactCreateRequest().locationId("loc1").firstName("Ada")
        .addCustomFieldsItem(new ContactCustomFieldInput().key("contact.budget").fieldValue("5000")));
    JsonNode field = mapper.readTree(sent().getBodyAsString()).at("/customFields/0");
    assertEquals("contact.budget", field.get("key").asText());
    assertFalse(field.has("id"));
  }

  /**
   * A field GHL requires inside an object a request sends ({@code x-ghl-request-required}) is
   * checked on the way out, while an answer that leaves it out still reads: one model class
   * serves both.
   */
  @Test
  void aFieldRequiredInsideASentObjectIsCheckedButNotInAnswers() throws Exception {
    CalendarHour noOpenHour = new CalendarHour().openMinute(0).closeHour(17).closeMinute(0);
    CalendarUpdateRequest update = new CalendarUpdateRequest().name("Demo")
        .addOpenHoursItem(new CalendarOpenHour().addDaysOfTheWeekItem(1).addHoursItem(noOpenHour));
    rejected(() -> ghl.calendars().updateCalendar("cal1", update), "updateCalendar", "body.openHours[0].hours[0].openHour");

    ghl.calendars().updateCalendar("cal1", update.openHours(List.of(new CalendarOpenHour().addDaysOfTheWeekItem(1)
        .addHoursItem(noOpenHour.openHour(9)))));
    assertEquals(9, mapper.readTree(sent().getBodyAsString()).at("/openHours/0/hours/0/openHour").asInt());

    wm.stubFor(any(anyUrl()).willReturn(okJson("{\"calendar\":{\"id\":\"cal1\",\"openHours\":[{\"hours\":[{\"closeHour\":17}]}]}}")));
    CalendarHour read = ghl.calendars().getCalendar("cal1").getCalendar().getOpenHours().get(0).getHours().get(0);
    assertEquals(17, read.getCloseHour());
    assertEquals(null, read.getOpenHour());
  }

  @Test
  void missingBodyAndPathParameterAreNamed() {
    rejected(() -> ghl.contacts().createContactTask(null, null), "createContactTask", "body", "contactId");
  }

  @Test
  void opportunityUpdateRequiresPipelineId() throws Exception {
    OpportunityUpdateRequest update = new OpportunityUpdateRequest().name("Updated Deal")
        .status(OpportunityUpdateRequest.StatusEnum.WON);
    rejected(() -> ghl.opportunities().updateOpportunity("opp1", update), "updateOpportunity", "body.pipelineId");
    rejected(() -> ghl.opportunities().updateOpportunityWithHttpInfo("opp1", update), "updateOpportunity",
        "body.pipelineId");

    ghl.opportunities().updateOpportunity("opp1", update.pipelineId("pipe123"));
    assertEquals("pipe123", mapper.readTree(sent().getBodyAsString()).get("pipelineId").asText());
  }

  @Test
  void calendarUpdateCannotCarryLocationId() throws Exception {
    for (Method m : CalendarUpdateRequest.class.getMethods()) {
      String n = m.getName().toLowerCase(Locale.ROOT);
      assertFalse(n.contains("locationid") || n.contains("additionalpropert") || n.equals("put"),
          "CalendarUpdateRequest must offer no way to set locationId: " + m);
    }
    Schema<?> schema = FacadeTestSupport.spec().getComponents().getSchemas().get("CalendarUpdateRequest");
    assertFalse(schema.getProperties().containsKey("locationId"));
    assertEquals(Boolean.FALSE, schema.getAdditionalProperties(), "additionalProperties: false");

    // Even a request built from JSON that has locationId (the create body reused) drops it.
    CalendarUpdateRequest fromJson = mapper.readValue(
        "{\"locationId\":\"loc123\",\"name\":\"Updated Calendar\",\"calendarType\":\"personal\"}",
        CalendarUpdateRequest.class);
    assertFalse(mapper.readTree(mapper.writeValueAsString(fromJson)).has("locationId"));

    // The seed's working example is accepted and sent without locationId.
    CalendarUpdateRequest seed = (CalendarUpdateRequest) FacadeTestSupport.bodyExample("updateCalendar",
        CalendarUpdateRequest.class);
    ghl.calendars().updateCalendar("cal123", seed);
    JsonNode sent = mapper.readTree(sent().getBodyAsString());
    assertFalse(sent.has("locationId"), sent.toString());
    assertEquals("Updated Calendar", sent.get("name").asText());
    assertTrue(sent.has("teamMembers"));
  }

  @Test
  void aBodyThatCannotBeWrittenAsJsonIsAValidationError() {
    ContactCreateRequest create = new ContactCreateRequest().locationId("loc1").firstName("John")
        .addCustomFieldsItem(new ContactCustomFieldInput().id("cf1").fieldValue(java.util.Optional.of("x")));
    GhlValidationException e = rejected(() -> ghl.contacts().createContact(create), "createContact", "body");
    assertTrue(e.getMessage().contains("cannot be written as JSON"), e.getMessage());
    ErrorMappingTest.noFeignIn(e);
  }

  // --- calendars: events and free slots ---------------------------------------------------

  @Test
  void calendarEventsNeedCalendarUserOrGroup() {
    rejected(() -> ghl.calendars().listCalendarEvents("loc1", null, null, null, EPOCH_MS, EPOCH_MS + 1),
        "listCalendarEvents", "calendarId|userId|groupId");
    rejected(() -> ghl.calendars().listCalendarEvents(new ListCalendarEventsQueryParams().locationId("loc1")
        .startTime(EPOCH_MS).endTime(EPOCH_MS + 1)), "listCalendarEvents", "calendarId|userId|groupId");
    rejected(() -> ghl.calendars().listCalendarEvents("loc1", "", " ", null, EPOCH_MS, EPOCH_MS + 1),
        "listCalendarEvents", "calendarId|userId|groupId"); // blank is not given: GHL answers "Either of ... is required"

    ghl.calendars().listCalendarEvents("loc1", "cal1", null, null, EPOCH_MS, EPOCH_MS + 1);
    assertEquals("cal1", sent().queryParameter("calendarId").firstValue());
    ghl.calendars().listCalendarEvents("loc1", null, "user1", null, EPOCH_MS, EPOCH_MS + 1);
    assertEquals("user1", sent().queryParameter("userId").firstValue());
    ghl.calendars().listCalendarEvents(new ListCalendarEventsQueryParams().locationId("loc1").groupId("g1")
        .startTime(EPOCH_MS).endTime(EPOCH_MS + 1));
    LoggedRequest r = sent();
    assertEquals("g1", r.queryParameter("groupId").firstValue());
    assertEquals(String.valueOf(EPOCH_MS), r.queryParameter("startTime").firstValue());
  }

  @Test
  void calendarEventTimesAreEpochMilliseconds() {
    long seconds = EPOCH_MS / 1000;
    rejected(() -> ghl.calendars().listCalendarEvents("loc1", "cal1", null, null, seconds, EPOCH_MS),
        "listCalendarEvents", "startTime");
    rejected(() -> ghl.calendars().listCalendarEvents("loc1", "cal1", null, null, EPOCH_MS, 5L),
        "listCalendarEvents", "endTime");
    rejected(() -> ghl.calendars().listCalendarEvents("loc1", "cal1", null, null, null, null),
        "listCalendarEvents", "endTime", "startTime");
    rejected(() -> ghl.calendars().listCalendarEvents(new ListCalendarEventsQueryParams().locationId("loc1")
        .calendarId("cal1").startTime(seconds).endTime(seconds + 3600)), "listCalendarEvents", "endTime", "startTime");
    rejected(() -> ghl.calendars().listCalendarEvents(new ListCalendarEventsQueryParams().calendarId("cal1")
        .startTime(EPOCH_MS)), "listCalendarEvents", "endTime", "locationId");
  }

  @Test
  void freeSlotDatesAreEpochMilliseconds() {
    CalendarsApi cal = ghl.calendars();
    long seconds = EPOCH_MS / 1000;
    GhlValidationException inSeconds = rejected(() -> cal.getCalendarFreeSlots("cal1", seconds, seconds + 86_400, null,
        null, null), "getCalendarFreeSlots", "endDate", "startDate");
    assertTrue(inSeconds.getMessage().contains("startDate: must be greater than or equal to 100000000000 (epoch"
        + " milliseconds: a time in seconds is 1,000 times too small)"), inSeconds.getMessage());
    rejected(() -> cal.getCalendarFreeSlots("cal1", new GetCalendarFreeSlotsQueryParams().startDate(seconds)
        .endDate(EPOCH_MS)), "getCalendarFreeSlots", "startDate");
    rejected(() -> cal.getCalendarFreeSlots("cal1", new GetCalendarFreeSlotsQueryParams().startDate(EPOCH_MS)),
        "getCalendarFreeSlots", "endDate");

    cal.getCalendarFreeSlots("cal1", new GetCalendarFreeSlotsQueryParams().startDate(EPOCH_MS).endDate(EPOCH_MS + 1)
        .timezone("America/Los_Angeles").userIds(List.of("u1", "u2")));
    LoggedRequest r = sent();
    assertEquals(String.valueOf(EPOCH_MS), r.queryParameter("startDate").firstValue());
    assertEquals("America/Los_Angeles", r.queryParameter("timezone").firstValue());
  }

  /**
   * GHL's free slots take at most 31 days ({@code x-ghl-range}), and no range ends before it starts
   * (calendar events too); through the positional method and the QueryParams overload alike.
   */
  @Test
  void aDateRangeIsCheckedBeforeSending() {
    CalendarsApi cal = ghl.calendars();
    long day = 86_400_000L;
    GhlValidationException tooLong = rejected(() -> cal.getCalendarFreeSlots("cal1", EPOCH_MS, EPOCH_MS + 60 * day,
        null, null, null), "getCalendarFreeSlots", "endDate");
    assertTrue(tooLong.getMessage().contains("must be at most 31 days of 24 hours after startDate (was 60 days 0 h 0 min)"),
        tooLong.getMessage());
    // October across a daylight-saving change: 31 calendar days are 31 days and 1 hour of absolute time
    GhlValidationException overDst = rejected(() -> cal.getCalendarFreeSlots("cal1", new GetCalendarFreeSlotsQueryParams()
        .startDate(EPOCH_MS).endDate(EPOCH_MS + 31 * day + 3_600_000L)), "getCalendarFreeSlots", "endDate");
    assertTrue(overDst.getMessage().contains("(was 31 days 1 h 0 min; a range across a daylight-saving change"),
        overDst.getMessage());
    GhlValidationException backwards = rejected(() -> cal.getCalendarFreeSlots("cal1", EPOCH_MS, EPOCH_MS - 1, null, null,
        null), "getCalendarFreeSlots", "endDate");
    assertTrue(backwards.getMessage().contains("must not be before startDate"), backwards.getMessage());
    rejected(() -> ghl.calendars().listCalendarEvents(new ListCalendarEventsQueryParams().locationId("loc1")
        .calendarId("cal1").startTime(EPOCH_MS).endTime(EPOCH_MS - day)), "listCalendarEvents", "endTime");

    cal.getCalendarFreeSlots("cal1", EPOCH_MS, EPOCH_MS + 31 * day, null, null, null); // exactly 31 days
    assertEquals(String.valueOf(EPOCH_MS + 31 * day), sent().queryParameter("endDate").firstValue());
    ghl.calendars().listCalendarEvents(new ListCalendarEventsQueryParams().locationId("loc1").calendarId("cal1")
        .startTime(EPOCH_MS).endTime(EPOCH_MS + 365 * day)); // no longest range for events
    assertEquals(1, wm.getAllServeEvents().size());
  }

  /**
   * Parameters GHL takes all or none ({@code x-ghl-together}): one without the other is refused,
   * naming the missing one, through the positional method and the QueryParams overload alike.
   */
  @Test
  void datesThatGoTogetherAreRefusedAlone() {
    dev.pitkit.ghl.api.VoiceAiApi voiceAi = ghl.api(dev.pitkit.ghl.api.VoiceAiApi.class);
    GhlValidationException alone = rejected(() -> voiceAi.listVoiceAiCallLogs("loc1", null, null, null, EPOCH_MS, null, null,
        null, null, null, null), "listVoiceAiCallLogs", "endDate");
    assertTrue(alone.getMessage().contains("endDate: is required with startDate (startDate, endDate go together)"),
        alone.getMessage());
    rejected(() -> voiceAi.listVoiceAiCallLogs(new dev.pitkit.ghl.api.VoiceAiApi.ListVoiceAiCallLogsQueryParams()
        .locationId("loc1").endDate(EPOCH_MS)), "listVoiceAiCallLogs", "startDate");
    dev.pitkit.ghl.api.ProposalsApi proposals = ghl.api(dev.pitkit.ghl.api.ProposalsApi.class);
    rejected(() -> proposals.listProposalDocuments("loc1", null, null, null, null, null, "2026-02-01T00:00:00Z", " "),
        "listProposalDocuments", "dateTo");

    voiceAi.listVoiceAiCallLogs("loc1", null, null, null, EPOCH_MS, EPOCH_MS + 1, null, null, null, null, null);
    voiceAi.listVoiceAiCallLogs("loc1", null, null, null, null, null, null, null, null, null, null);
    assertEquals(2, wm.getAllServeEvents().size(), "both or neither are sent");
  }

  @Test
  void conversationSearchDatesAreEpochMillisecondsWhenGiven() {
    rejected(() -> ghl.conversations().searchConversations(new dev.pitkit.ghl.api.ConversationsApi
        .SearchConversationsQueryParams().locationId("loc1").startDate(1_700_000_000L)),
        "searchConversations", "startDate");
  }

  // --- required query parameters ----------------------------------------------------------

  @Test
  void invoicesNeedOffset() {
    rejected(() -> ghl.invoices().listInvoices("loc1", "location", 20, null, null, null, null, null, null, null, null, null),
        "listInvoices", "offset");
    rejected(() -> ghl.invoices().listInvoices(new ListInvoicesQueryParams().altId("loc1").altType("location").limit(20)),
        "listInvoices", "offset");
    rejected(() -> ghl.invoices().listInvoices(new ListInvoicesQueryParams().altId("loc1").altType("location").limit(20)
        .offset(-1)), "listInvoices", "offset");
    rejected(() -> ghl.invoices().listInvoices(new ListInvoicesQueryParams().offset(0).limit(20)),
        "listInvoices", "altId", "altType");

    ghl.invoices().listInvoices(new ListInvoicesQueryParams().altId("loc1").altType("location").limit(20).offset(0));
    assertEquals("0", sent().queryParameter("offset").firstValue());
    ghl.invoices().listInvoices("loc1", "location", 20, 40, null, null, null, null, null, null, null, null);
    assertEquals("40", sent().queryParameter("offset").firstValue());
  }

  @Test
  void mediasNeedType() {
    rejected(() -> ghl.medias().listMediaFiles("loc1", "location", null, 20, null, null, null, null, null, null),
        "listMediaFiles", "type");
    rejected(() -> ghl.medias().listMediaFiles(new ListMediaFilesQueryParams().altId("loc1").altType("location")
        .limit(20)), "listMediaFiles", "type");

    ghl.medias().listMediaFiles(new ListMediaFilesQueryParams().altId("loc1").altType("location").type("file"));
    assertEquals("file", sent().queryParameter("type").firstValue());
  }

  @Test
  void productGetAndDeleteNeedLocationId() {
    rejected(() -> ghl.products().getProduct("p1", null, null), "getProduct", "locationId");
    rejected(() -> ghl.products().getProduct("p1", new GetProductQueryParams()), "getProduct", "locationId");
    rejected(() -> ghl.products().getProductWithHttpInfo("p1", new GetProductQueryParams().sendWishlistStatus(true)),
        "getProduct", "locationId");
    rejected(() -> ghl.products().deleteProduct("p1", null, null), "deleteProduct", "locationId");
    rejected(() -> ghl.products().deleteProduct("p1", new DeleteProductQueryParams()), "deleteProduct", "locationId");

    ghl.products().getProduct("p1", new GetProductQueryParams().locationId("loc1"));
    assertEquals("loc1", sent().queryParameter("locationId").firstValue());
    ghl.products().deleteProduct("p1", "loc1", null);
    LoggedRequest r = sent();
    assertEquals("DELETE", r.getMethod().getName());
    assertEquals("loc1", r.queryParameter("locationId").firstValue());
  }

  @Test
  void queryMapKeysUseWireNamesLikeOpportunitySearchLocationId() {
    rejected(() -> ghl.opportunities().searchOpportunities(new SearchOpportunitiesQueryParams().limit(20)),
        "searchOpportunities", "locationId");
    rejected(() -> ghl.opportunities().searchOpportunities(new SearchOpportunitiesQueryParams().locationId("loc1")
        .limit(500)), "searchOpportunities", "limit");

    ghl.opportunities().searchOpportunities(new SearchOpportunitiesQueryParams().locationId("loc1").page(2));
    LoggedRequest r = sent();
    assertEquals("loc1", r.queryParameter("location_id").firstValue());
    assertEquals("2", r.queryParameter("page").firstValue());
  }

  @Test
  void aQueryParamsKeyUnderItsJavaNameIsRefusedNotSentUnderIt() {
    SearchOpportunitiesQueryParams byJavaName = new SearchOpportunitiesQueryParams();
    byJavaName.put("locationId", "loc1"); // the wire name is location_id: GHL would answer "Location_id can't be undefined"

    GhlValidationException e = rejected(() -> ghl.opportunities().searchOpportunities(byJavaName),
        "searchOpportunities", "locationId");
    assertTrue(e.getMessage().contains("is sent as 'location_id'"), e.getMessage());
  }

  @Test
  void aQueryParamsKeyTheOperationDoesNotHaveIsRefused() {
    SearchOpportunitiesQueryParams misspelt = new SearchOpportunitiesQueryParams().locationId("loc1");
    misspelt.put("pgae", 2); // sent as it is, the server would ignore it and answer the first page

    GhlValidationException e = rejected(() -> ghl.opportunities().searchOpportunities(misspelt), "searchOpportunities",
        "pgae");
    assertTrue(e.getMessage().contains("pgae: is not a query parameter of searchOpportunities (") && e.getMessage()
        .contains(", page,") && e.getMessage().contains("GhlClient.rawRequest"), e.getMessage());
  }

  @Test
  void aQueryMapValueOfTheWrongTypeIsAViolation() {
    ListInvoicesQueryParams q = new ListInvoicesQueryParams().altId("loc1").altType("location").limit(20);
    q.put("offset", "ten");
    GhlValidationException e = rejected(() -> ghl.invoices().listInvoices(q), "listInvoices", "offset");
    assertTrue(e.getMessage().contains("Integer"), e.getMessage());
  }

  @Test
  @SuppressWarnings("deprecation") // listContacts is deprecated by GHL and still served: tested on purpose
  void rangesOnOptionalParametersApplyWhenGiven() {
    rejected(() -> ghl.contacts().listContacts("loc1", 101, null, null, null), "listContacts", "limit");
    rejected(() -> ghl.contacts().listContacts("loc1", 0, null, null, null), "listContacts", "limit");
    ghl.contacts().listContacts("loc1", 100, null, null, null);
    assertEquals("100", sent().queryParameter("limit").firstValue());
  }

  @Test
  void seedExamplesOfEveryRuleAreAccepted() {
    // the seed's own request lines, verbatim values
    ghl.invoices().listInvoices("loc1", "location", 20, 0, null, null, null, null, null, null, null, null);
    sent();
    ghl.medias().listMediaFiles("loc1", "location", "file", 20, null, null, null, null, null, null);
    sent();
    ghl.products().getProduct("p1", "loc1", null);
    sent();
    ghl.contacts().createContactTask("c1",
        (ContactTaskCreateRequest) FacadeTestSupport.bodyExample("createContactTask", ContactTaskCreateRequest.class));
    sent();
    ghl.opportunities().updateOpportunity("o1",
        (OpportunityUpdateRequest) FacadeTestSupport.bodyExample("updateOpportunity", OpportunityUpdateRequest.class));
    sent();
  }
}
