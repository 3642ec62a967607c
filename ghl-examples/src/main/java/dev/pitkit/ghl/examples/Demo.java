package dev.pitkit.ghl.examples;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.error.GhlException;
import dev.pitkit.ghl.model.Calendar;
import dev.pitkit.ghl.model.CalendarAppointment;
import dev.pitkit.ghl.model.CalendarAppointmentCreateRequest;
import dev.pitkit.ghl.model.CalendarEventDeleteRequest;
import dev.pitkit.ghl.model.CalendarFreeSlotsDay;
import dev.pitkit.ghl.model.Connection;
import dev.pitkit.ghl.model.Contact;
import dev.pitkit.ghl.model.ContactCreateRequest;
import dev.pitkit.ghl.model.ContactNoteCreateRequest;
import dev.pitkit.ghl.model.ContactSearchRequest;
import dev.pitkit.ghl.model.ContactSearchResponse;
import dev.pitkit.ghl.model.ContactSearchSort;
import dev.pitkit.ghl.model.ContactTagsRequest;
import dev.pitkit.ghl.model.ContactTaskCreateRequest;
import dev.pitkit.ghl.model.ContactsListResponse;
import dev.pitkit.ghl.model.Conversation;
import dev.pitkit.ghl.model.ConversationMessageSendRequest;
import dev.pitkit.ghl.model.ConversationMessageSendResponse;
import dev.pitkit.ghl.model.Location;
import dev.pitkit.ghl.model.OpportunityCreateRequest;
import dev.pitkit.ghl.model.Pipeline;
import dev.pitkit.ghl.testkit.GhlMockServer;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The README's main command: a CRM workflow end to end.
 *
 * <p>Without {@code MATON_API_KEY} it starts the testkit's mock gateway in-process and runs against
 * it. With the key (plus {@code GHL_AGENCY_CONNECTION}, {@code GHL_SUB_ACCOUNT_CONNECTION},
 * {@code GHL_LOCATION_ID}, {@code GHL_COMPANY_ID}) it runs against the real gateway, read-only
 * unless {@code --write} is passed. Each step prints one line; errors print the typed error's
 * message, never a stack trace. Whatever it created is deleted at the end.
 */
public final class Demo {
  private final GhlClient ghl;
  private final PrintStream out;
  private final String locationId;
  private final String companyId;
  private final boolean write;
  private final Deque<Runnable> cleanup = new ArrayDeque<>();
  private int ok;
  private int failed;
  private int skipped;

  Demo(GhlClient ghl, PrintStream out, String locationId, String companyId, boolean write) {
    this.ghl = ghl;
    this.out = out;
    this.locationId = locationId;
    this.companyId = companyId;
    this.write = write;
  }

  /** Runs the demo; exits 1 when a step failed. */
  public static void main(String[] args) {
    boolean write = java.util.Arrays.asList(args).contains("--write");
    int failures = run(System.getenv(), write, System.out);
    if (failures > 0) {
      System.exit(1);
    }
  }

  /**
   * Runs the demo against the real gateway when {@code env} has {@code MATON_API_KEY}, else
   * against an in-process mock gateway.
   *
   * @return the number of failed steps
   */
  public static int run(Map<String, String> env, boolean write, PrintStream out) {
    if (env.get("MATON_API_KEY") == null) {
      out.println("MATON_API_KEY is not set: running against the in-process mock gateway (ghl-testkit).");
      // told which connections are which, the mock answers a mix-up as GHL does (401/403)
      try (GhlMockServer mock = GhlMockServer.start(GhlMockServer.Options.defaults().port(0)
          .agencyConnections("conn_agency_demo").subAccountConnections("conn_sub_demo"))) {
        GhlClient ghl = GhlClient.builder()
            .apiKey("demo_maton_key_not_secret")
            .baseUrl(mock.baseUrl())
            .agencyConnection("conn_agency_demo")
            .subAccountConnection("conn_sub_demo")
            .build();
        return new Demo(ghl, out, "loc123", "xyz789", true).run();
      }
    }
    Demo demo;
    try {
      GhlClient ghl = GhlClient.builder().fromEnv(env).build();
      demo = new Demo(ghl, out, require(env, "GHL_LOCATION_ID"), require(env, "GHL_COMPANY_ID"), write);
    } catch (GhlException | IllegalArgumentException e) {
      out.println("Cannot start the demo: " + e.getMessage());
      return 1;
    }
    out.println("Running against " + env.getOrDefault("MATON_BASE_URL", "https://api.maton.ai")
        + (write ? " (writes enabled)" : " (read-only; pass --write to create and clean up test data)"));
    return demo.run();
  }

  private static String require(Map<String, String> env, String name) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(name + " must be set when MATON_API_KEY is set");
    }
    return v;
  }

  int run() {
    step("list Maton connections", () -> {
      List<Connection> cs = ghl.connections().listConnections("highlevel-pit", null).getConnections();
      return size(cs) + " connection(s)" + (size(cs) > 0 ? ", first " + cs.get(0).getConnectionId() + " " + cs.get(0).getStatus() : "");
    });
    step("search locations (agency connection)", () -> {
      List<Location> ls = ghl.locations().searchLocations(companyId, 0, 10, null, null).getLocations();
      return size(ls) + " location(s)" + (size(ls) > 0 ? ", first '" + ls.get(0).getName() + "'" : "");
    });
    step("list contacts with auto-pagination (at most 50)", () -> {
      // listContacts is deprecated by GHL; its replacement, searchContacts (next step), pages in the
      // request body, which the pager does not do, so this is still the contacts list it walks.
      @SuppressWarnings("deprecation")
      long n = ghl.paginate(ContactsApi.class, api -> api.listContacts(locationId, 20, null, null, null),
              ContactsListResponse::getContacts)
          .maxItems(50).stream().count();
      return n + " contact(s) read";
    });
    step("search contacts (GHL's replacement for the deprecated list)", () -> {
      ContactSearchResponse found = ghl.contacts().searchContacts(new ContactSearchRequest()
          .locationId(locationId).page(1).pageLimit(20)
          .addSortItem(new ContactSearchSort().field("dateAdded").direction(ContactSearchSort.DirectionEnum.DESC)));
      return size(found.getContacts()) + " contact(s) on the first page, " + found.getTotal() + " in all";
    });
    String[] contactId = new String[1];
    writeStep("create a contact", () -> {
      Contact c = ghl.contacts().createContact(new ContactCreateRequest()
          .locationId(locationId).firstName("Demo").lastName("Contact")
          .email("demo.contact+" + Instant.now().toEpochMilli() + "@example.com").tags(List.of("sdk-demo")))
          .getContact();
      contactId[0] = c.getId();
      cleanup.push(() -> step("delete the contact", () -> {
        ghl.contacts().deleteContact(contactId[0]);
        return "deleted " + contactId[0];
      }));
      return "created " + c.getId();
    });
    writeStep("add tags", () -> "tags now " + ghl.contacts()
        .addContactTags(need(contactId[0]), new ContactTagsRequest().tags(List.of("vip", "priority"))).getTags());
    writeStep("add a note", () -> {
      String id = ghl.contacts().createContactNote(need(contactId[0]),
          new ContactNoteCreateRequest().body("Spoke with client about renewal")).getNote().getId();
      cleanup.push(() -> step("delete the note", () -> {
        ghl.contacts().deleteContactNote(contactId[0], id);
        return "deleted " + id;
      }));
      return "note " + id;
    });
    writeStep("add a task", () -> {
      String id = ghl.contacts().createContactTask(need(contactId[0]), new ContactTaskCreateRequest()
          .title("Follow up call").body("Discuss contract renewal")
          .dueDate(Instant.now().plus(Duration.ofDays(3)).toString()).completed(false)).getTask().getId();
      cleanup.push(() -> step("delete the task", () -> {
        ghl.contacts().deleteContactTask(contactId[0], id);
        return "deleted " + id;
      }));
      return "task " + id;
    });
    writeStep("create an opportunity in the first pipeline stage", () -> {
      List<Pipeline> ps = ghl.opportunities().listPipelines(locationId).getPipelines();
      if (size(ps) == 0 || size(ps.get(0).getStages()) == 0) {
        return "no pipeline with stages: nothing to create";
      }
      Pipeline p = ps.get(0);
      String id = ghl.opportunities().createOpportunity(new OpportunityCreateRequest()
          .pipelineId(p.getId()).pipelineStageId(p.getStages().get(0).getId()).locationId(locationId)
          .name("SDK demo deal").status(OpportunityCreateRequest.StatusEnum.OPEN)
          .contactId(need(contactId[0])).monetaryValue(new BigDecimal("50000"))).getOpportunity().getId();
      cleanup.push(() -> step("delete the opportunity", () -> {
        ghl.opportunities().deleteOpportunity(id);
        return "deleted " + id;
      }));
      return "opportunity " + id + " in '" + p.getName() + "' / '" + p.getStages().get(0).getName() + "'";
    });
    String[] calendarId = new String[1];
    String[] freeSlot = new String[1];
    step("read calendar free slots (next 7 days)", () -> {
      List<Calendar> cals = ghl.calendars().listCalendars(locationId, null, null).getCalendars();
      if (size(cals) == 0) {
        return "no calendars";
      }
      long now = Instant.now().toEpochMilli();
      Map<String, CalendarFreeSlotsDay> days = ghl.calendars().getCalendarFreeSlots(cals.get(0).getId(), now,
          now + Duration.ofDays(7).toMillis(), "America/Los_Angeles", null, null).getAdditionalProperties();
      if (days == null) {
        days = Map.of();
      }
      calendarId[0] = cals.get(0).getId();
      freeSlot[0] = days.values().stream().flatMap(d -> d.getSlots() == null ? null : d.getSlots().stream())
          .findFirst().orElse(null);
      int slots = days.values().stream().mapToInt(d -> size(d.getSlots())).sum();
      return "'" + cals.get(0).getName() + "': " + slots + " free slot(s) on " + days.size() + " day(s)";
    });
    writeStep("book an appointment in the first free slot", () -> {
      if (calendarId[0] == null || freeSlot[0] == null) {
        return "no free slot: nothing to book";
      }
      OffsetDateTime start = OffsetDateTime.parse(freeSlot[0]);
      CalendarAppointment booked = ghl.calendars().createCalendarAppointment(new CalendarAppointmentCreateRequest()
          .calendarId(calendarId[0]).locationId(locationId).contactId(need(contactId[0]))
          .startTime(start.toString()).endTime(start.plusMinutes(30).toString()).title("SDK demo appointment"));
      String id = booked.getId();
      cleanup.push(() -> step("cancel the appointment", () -> {
        ghl.calendars().deleteCalendarEvent(id, new CalendarEventDeleteRequest());
        return "deleted " + id;
      }));
      return "appointment " + id + " at " + start;
    });
    writeStep("send an SMS to the contact", () -> {
      ConversationMessageSendResponse sent = ghl.conversations().sendConversationMessage(
          new ConversationMessageSendRequest().type("SMS").contactId(need(contactId[0]))
              .message("Hi from the GHL Java SDK demo: your appointment is booked."));
      if (sent.getConversationId() != null) {
        cleanup.push(() -> step("delete the SMS conversation", () -> {
          ghl.conversations().deleteConversation(sent.getConversationId());
          return "deleted " + sent.getConversationId();
        }));
      }
      return "message " + sent.getMessageId() + " in conversation " + sent.getConversationId();
    });
    step("list conversations", () -> {
      List<Conversation> cs = ghl.conversations().searchConversations(locationId, null, null, null, null, null, null,
          null, null, null, 10, null, null, null, null, null, null, null, null, null, null).getConversations();
      return size(cs) + " conversation(s)";
    });
    out.println("Cleaning up " + cleanup.size() + " created object(s)...");
    while (!cleanup.isEmpty()) {
      cleanup.pop().run();
    }
    out.printf("Demo finished: %d step(s) ok, %d failed, %d skipped; cleanup ran.%n", ok, failed, skipped);
    return failed;
  }

  private interface Step {
    String run();
  }

  private void step(String name, Step s) {
    try {
      out.println("  OK    " + name + ": " + s.run());
      ok++;
    } catch (GhlException e) {
      out.println("  FAIL  " + name + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
      failed++;
    } catch (IllegalStateException e) {
      out.println("  FAIL  " + name + ": " + e.getMessage());
      failed++;
    }
  }

  private void writeStep(String name, Step s) {
    if (!write) {
      out.println("  SKIP  " + name + ": read-only run (pass --write)");
      skipped++;
      return;
    }
    step(name, s);
  }

  private static String need(String id) {
    if (id == null) {
      throw new IllegalStateException("an earlier step failed");
    }
    return id;
  }

  private static int size(List<?> l) {
    return l == null ? 0 : l.size();
  }
}
