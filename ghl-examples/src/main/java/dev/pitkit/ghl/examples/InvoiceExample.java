package dev.pitkit.ghl.examples;

import dev.pitkit.ghl.api.InvoicesApi;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.model.AltType;
import dev.pitkit.ghl.model.Invoice;
import dev.pitkit.ghl.model.InvoiceBusinessDetails;
import dev.pitkit.ghl.model.InvoiceContactDetails;
import dev.pitkit.ghl.model.InvoiceCreateRequest;
import dev.pitkit.ghl.model.InvoiceDiscount;
import dev.pitkit.ghl.model.InvoiceItemInput;
import dev.pitkit.ghl.model.InvoicePaymentRecordRequest;
import dev.pitkit.ghl.model.InvoicePaymentRecordResponse;
import dev.pitkit.ghl.model.InvoiceSendRequest;
import dev.pitkit.ghl.model.InvoiceSendResponse;
import dev.pitkit.ghl.model.InvoiceSentTo;
import dev.pitkit.ghl.model.InvoiceVoidRequest;
import dev.pitkit.ghl.testkit.GhlMockServer;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Invoices end to end: creates an invoice for a contact, sends it by email, records the cash
 * payment that settled it, then creates a second invoice (a duplicate) and voids it. Each step
 * prints one line.
 *
 * <p>Amounts are {@link BigDecimal} from the request to the decoded answer: GHL's amounts are
 * decimals in the invoice currency's major unit (149.99 USD), and no {@code double} is involved,
 * so 2 x 149.99 + 49.50 is exactly 349.48 on the wire and back.
 *
 * <p>{@link #main} runs it against the testkit's in-process mock gateway, which answers every call
 * with the spec's example (so both created invoices have the example's id there);
 * {@code InvoiceExampleTest} runs it in the build and checks every request the mock received.
 */
public final class InvoiceExample {
  private InvoiceExample() {}

  /** The invoices as GHL answered them after each step. */
  public record Result(Invoice created, Invoice sent, Invoice paid, Invoice duplicate, Invoice voided) {}

  /** Runs the example against the in-process mock gateway (no credentials, no network). */
  public static void main(String[] args) {
    try (GhlMockServer mock = GhlMockServer.start(GhlMockServer.Options.defaults().port(0)
        .agencyConnections("conn_agency_demo").subAccountConnections("conn_sub_demo"))) {
      GhlClient ghl = GhlClient.builder()
          .apiKey("demo_maton_key_not_secret")
          .baseUrl(mock.baseUrl())
          .agencyConnection("conn_agency_demo")
          .subAccountConnection("conn_sub_demo")
          .build();
      run(ghl, "loc123", new InvoiceContactDetails().id("abc123").name("John Doe").email("john@example.com")
          .phoneNo("+15551234567"), "user123", System.out);
    }
  }

  /**
   * Runs the four steps for {@code contact} in {@code locationId}, sending as user {@code userId}.
   * The calls go through the sub-account connection, as every invoices operation does.
   */
  public static Result run(GhlClient ghl, String locationId, InvoiceContactDetails contact, String userId,
      PrintStream out) {
    InvoicesApi invoices = ghl.invoices();
    LocalDate today = LocalDate.of(2026, 4, 28);

    Invoice created = invoices.createInvoice(invoice(locationId, contact, "April consulting", today, List.of(
        item("Consulting hour", "149.99", 2),
        item("Setup fee", "49.50", 1))));
    out.printf("created invoice %s '%s' for %s: %s, total %s %s%n", created.getId(), created.getName(),
        contact.getName(), status(created), money(created.getTotal()), created.getCurrency());

    InvoiceSendResponse sent = invoices.sendInvoice(created.getId(), new InvoiceSendRequest()
        .altId(locationId).altType(AltType.LOCATION)
        .userId(userId).action(InvoiceSendRequest.ActionEnum.EMAIL).liveMode(false));
    out.printf("sent invoice %s by email to %s: %s, due %s %s%n", created.getId(), contact.getEmail(),
        status(sent.getInvoice()), money(sent.getInvoice().getAmountDue()), sent.getInvoice().getCurrency());

    // the amount due, as GHL computed it, is what was paid: an exact decimal, not a double
    BigDecimal amount = sent.getInvoice().getAmountDue();
    InvoicePaymentRecordResponse payment = invoices.recordInvoicePayment(created.getId(), new InvoicePaymentRecordRequest()
        .altId(locationId).altType(AltType.LOCATION)
        .mode(InvoicePaymentRecordRequest.ModeEnum.CASH).amount(amount).notes("Paid in cash at the office"));
    Invoice paid = payment.getInvoice();
    out.printf("recorded a cash payment of %s %s on invoice %s: %s, paid %s, due %s%n", money(amount),
        paid.getCurrency(), created.getId(), status(paid), money(paid.getAmountPaid()), money(paid.getAmountDue()));

    Invoice duplicate = invoices.createInvoice(invoice(locationId, contact, "April consulting (duplicate)", today,
        List.of(item("Consulting hour", "149.99", 2))));
    out.printf("created invoice %s '%s' for %s: %s, total %s %s%n", duplicate.getId(), duplicate.getName(),
        contact.getName(), status(duplicate), money(duplicate.getTotal()), duplicate.getCurrency());

    Invoice voided = invoices.voidInvoice(duplicate.getId(), new InvoiceVoidRequest()
        .altId(locationId).altType(AltType.LOCATION));
    out.printf("voided invoice %s: %s%n", duplicate.getId(), status(voided));
    return new Result(created, sent.getInvoice(), paid, duplicate, voided);
  }

  private static InvoiceCreateRequest invoice(String locationId, InvoiceContactDetails contact, String name,
      LocalDate issued, List<InvoiceItemInput> items) {
    return new InvoiceCreateRequest()
        .altId(locationId).altType(AltType.LOCATION)
        .name(name).title("INVOICE").currency("USD")
        .businessDetails(new InvoiceBusinessDetails().name("Acme Inc").website("www.acme.com"))
        .contactDetails(contact)
        .items(items)
        .discount(new InvoiceDiscount().type(InvoiceDiscount.TypeEnum.PERCENTAGE).value(BigDecimal.ZERO))
        .issueDate(issued.toString()).dueDate(issued.plusDays(14).toString())
        .sentTo(new InvoiceSentTo().email(List.of(contact.getEmail())))
        .liveMode(false);
  }

  /** A line item; the amount is written as a decimal string so that it stays exact. */
  private static InvoiceItemInput item(String name, String amount, int qty) {
    return new InvoiceItemInput().name(name).currency("USD").amount(new BigDecimal(amount)).qty(BigDecimal.valueOf(qty));
  }

  private static String status(Invoice invoice) {
    return invoice.getStatus() == null ? "status unknown" : invoice.getStatus().getValue();
  }

  private static String money(BigDecimal amount) {
    return amount == null ? "?" : amount.toPlainString();
  }
}
