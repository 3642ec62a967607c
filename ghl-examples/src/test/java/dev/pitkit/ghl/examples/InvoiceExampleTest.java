package dev.pitkit.ghl.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.model.Invoice;
import dev.pitkit.ghl.model.InvoiceContactDetails;
import dev.pitkit.ghl.testkit.GhlMockExtension;
import dev.pitkit.ghl.testkit.OperationStubs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link InvoiceExample} run in the build against the testkit's mock gateway: the requests the mock
 * received (method, path, the key body fields, the connection header) and the decoded answers.
 */
class InvoiceExampleTest {
  private static final String FIRST = "6578278e879ad2646715ba9c";
  private static final String SECOND = "6578278e879ad2646715ba9d";
  /** Amounts parsed as BigDecimal, as the client does: 149.99 stays 149.99, never 149.98999... */
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  @RegisterExtension
  static GhlMockExtension ghl = GhlMockExtension.create();

  @Test
  void createsSendsRecordsAPaymentAndVoidsASecondInvoice() throws Exception {
    // the first create answers the spec's example (a draft); the second a draft with its own id
    OperationStubs create = ghl.operation("createInvoice");
    String example = create.exampleBody();
    create.willReturn(example.replace(FIRST, SECOND).replace("\"April consulting\"", "\"April consulting (duplicate)\""));
    create.nextCalls(1).respond(200, example);

    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    InvoiceExample.Result result = InvoiceExample.run(ghl.client(), "loc123", new InvoiceContactDetails().id("abc123")
        .name("John Doe").email("john@example.com").phoneNo("+15551234567"), "user123",
        new PrintStream(buf, true, StandardCharsets.UTF_8));
    String out = buf.toString(StandardCharsets.UTF_8);

    // what went on the wire
    List<LoggedRequest> creates = ghl.requestsFor("createInvoice");
    assertEquals(2, creates.size());
    JsonNode first = body(creates.get(0), "POST", "/highlevel-pit/invoices/");
    assertEquals("loc123", first.path("altId").asText());
    assertEquals("location", first.path("altType").asText());
    assertEquals("April consulting", first.path("name").asText());
    assertEquals("USD", first.path("currency").asText());
    assertEquals("abc123", first.path("contactDetails").path("id").asText());
    assertEquals("john@example.com", first.path("sentTo").path("email").path(0).asText());
    assertEquals(2, first.path("items").size());
    assertEquals(new BigDecimal("149.99"), first.path("items").path(0).path("amount").decimalValue());
    assertEquals(2, first.path("items").path(0).path("qty").intValue());
    // by value: readTree holds JSON numbers as doubles unless told otherwise (the wire carries 49.50, MoneyTest)
    assertEquals(0, new BigDecimal("49.50").compareTo(first.path("items").path(1).path("amount").decimalValue()));
    assertEquals("2026-04-28", first.path("issueDate").asText());
    assertEquals("2026-05-12", first.path("dueDate").asText());
    assertFalse(first.path("liveMode").asBoolean(true));
    JsonNode second = body(creates.get(1), "POST", "/highlevel-pit/invoices/");
    assertEquals("April consulting (duplicate)", second.path("name").asText());
    assertEquals(1, second.path("items").size());

    JsonNode send = body(only("sendInvoice"), "POST", "/highlevel-pit/invoices/" + FIRST + "/send");
    assertEquals("email", send.path("action").asText());
    assertEquals("user123", send.path("userId").asText());
    assertEquals("loc123", send.path("altId").asText());

    JsonNode payment = body(only("recordInvoicePayment"), "POST", "/highlevel-pit/invoices/" + FIRST + "/record-payment");
    assertEquals("cash", payment.path("mode").asText());
    assertEquals(new BigDecimal("349.48"), payment.path("amount").decimalValue());
    assertTrue(only("recordInvoicePayment").getBodyAsString().contains("\"amount\":349.48"),
        only("recordInvoicePayment").getBodyAsString());

    JsonNode voided = body(only("voidInvoice"), "POST", "/highlevel-pit/invoices/" + SECOND + "/void");
    assertEquals("loc123", voided.path("altId").asText());
    assertEquals("location", voided.path("altType").asText());

    // every invoices call goes through the sub-account connection, with GHL's Version header
    assertEquals(5, ghl.requests().size());
    for (LoggedRequest r : ghl.requests()) {
      assertEquals(GhlMockExtension.SUB_ACCOUNT_CONNECTION, r.getHeader("Maton-Connection"), r.getUrl());
      assertEquals("2021-07-28", r.getHeader("Version"), r.getUrl());
    }
    ghl.verify().routing();

    // what came back, decoded
    assertEquals(FIRST, result.created().getId());
    assertEquals(Invoice.StatusEnum.DRAFT, result.created().getStatus());
    assertEquals(new BigDecimal("349.48"), result.created().getTotal());
    assertEquals(new BigDecimal("149.99"), result.created().getInvoiceItems().get(0).getAmount());
    assertEquals(Invoice.StatusEnum.SENT, result.sent().getStatus());
    assertEquals(Invoice.StatusEnum.PAID, result.paid().getStatus());
    assertEquals(new BigDecimal("349.48"), result.paid().getAmountPaid());
    assertEquals(0, BigDecimal.ZERO.compareTo(result.paid().getAmountDue()));
    assertEquals(SECOND, result.duplicate().getId());
    assertEquals(Invoice.StatusEnum.VOID, result.voided().getStatus());

    // what it printed
    assertEquals(List.of(
        "created invoice " + FIRST + " 'April consulting' for John Doe: draft, total 349.48 USD",
        "sent invoice " + FIRST + " by email to john@example.com: sent, due 349.48 USD",
        "recorded a cash payment of 349.48 USD on invoice " + FIRST + ": paid, paid 349.48, due 0",
        "created invoice " + SECOND + " 'April consulting (duplicate)' for John Doe: draft, total 349.48 USD",
        "voided invoice " + SECOND + ": void"), out.lines().toList());
  }

  @Test
  void mainRunsAgainstTheInProcessMock() {
    PrintStream stdout = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      InvoiceExample.main(new String[0]);
    } finally {
      System.setOut(stdout);
    }
    List<String> lines = buf.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(5, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(4).startsWith("voided invoice "), lines.get(4));
    assertTrue(lines.get(4).endsWith(": void"), lines.get(4));
  }

  private static LoggedRequest only(String operationId) {
    List<LoggedRequest> calls = ghl.requestsFor(operationId);
    assertEquals(1, calls.size(), operationId + " calls");
    return calls.get(0);
  }

  private static JsonNode body(LoggedRequest request, String method, String path) throws Exception {
    assertEquals(method, request.getMethod().getName(), request.getUrl());
    assertEquals(path, request.getUrl());
    assertTrue(String.valueOf(request.getHeader("Content-Type")).startsWith("application/json"), request.getUrl());
    return JSON.readTree(request.getBodyAsString());
  }
}
