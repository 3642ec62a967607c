package dev.pitkit.ghl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's main command, run in the build against the in-process mock gateway. */
class DemoTest {
  @Test
  void everyStepSucceedsAndCleanupRuns() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int failures = Demo.run(Map.of(), false, new PrintStream(buf, true, StandardCharsets.UTF_8));
    String out = buf.toString(StandardCharsets.UTF_8);
    assertEquals(0, failures, out);
    for (String step : List.of("list Maton connections", "search locations (agency connection)",
        "list contacts with auto-pagination", "search contacts (GHL's replacement for the deprecated list)",
        "create a contact", "add tags", "add a note", "add a task",
        "create an opportunity in the first pipeline stage", "read calendar free slots",
        "book an appointment in the first free slot: appointment", "send an SMS to the contact: message",
        "list conversations", "delete the SMS conversation", "cancel the appointment",
        "delete the opportunity", "delete the task", "delete the note", "delete the contact")) {
      assertTrue(out.contains("  OK    " + step), "step '" + step + "' did not succeed:\n" + out);
    }
    assertFalse(out.contains("FAIL"), out);
    assertFalse(out.contains("SKIP"), "the mock run performs the writes too:\n" + out);
    assertTrue(out.contains("cleanup ran"), out);
    assertFalse(out.contains("demo_maton_key_not_secret"), "the API key must never be printed");
  }

  @Test
  void realGatewayRunNeedsLocationAndCompany() {
    Map<String, String> env = Map.of("MATON_API_KEY", "not_a_real_key", "GHL_AGENCY_CONNECTION", "c1",
        "GHL_SUB_ACCOUNT_CONNECTION", "c2");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    assertEquals(1, Demo.run(env, false, new PrintStream(buf, true, StandardCharsets.UTF_8)));
    String out = buf.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("Cannot start the demo: GHL_LOCATION_ID must be set"), out);
    assertFalse(out.contains("not_a_real_key"), out);
  }
}
