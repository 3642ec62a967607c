package dev.pitkit.ghl.examples;

import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.error.GhlApiException;
import dev.pitkit.ghl.client.error.GhlIoException;
import dev.pitkit.ghl.client.error.GhlValidationException;
import dev.pitkit.ghl.client.error.NotFoundException;
import dev.pitkit.ghl.client.error.PermissionDeniedException;
import dev.pitkit.ghl.client.error.RateLimitException;
import dev.pitkit.ghl.model.ContactTaskCreateRequest;

/** Typed errors: catch what you can act on; everything else is a GhlException. */
public final class ErrorHandlingExample {
  private ErrorHandlingExample() {}

  /** Looks a contact up, turning each failure into a short explanation. */
  public static String describeContact(GhlClient ghl, String contactId) {
    try {
      return "found " + ghl.contacts().getContact(contactId).getContact().getFirstName();
    } catch (NotFoundException e) {
      return "no such contact (traceId " + e.traceId().orElse("-") + ")";
    } catch (PermissionDeniedException e) {
      return "wrong connection: " + e.hint().orElse(e.getMessage());
    } catch (RateLimitException e) {
      return "rate limited after " + e.attempts() + " attempts; daily quota spent: " + e.rateLimit().dailyLimitReached();
    } catch (GhlApiException e) {
      return "GHL said " + e.status() + ": " + e.errorMessage();
    } catch (GhlIoException e) {
      return "gateway unreachable: " + e.getMessage();
    }
  }

  /** Invalid input fails before the network, naming the field. */
  public static String invalidTask(GhlClient ghl) {
    try {
      ghl.contacts().createContactTask("abc123", new ContactTaskCreateRequest().title("Follow up").dueDate("2026-06-01T10:00:00Z"));
      return "sent";
    } catch (GhlValidationException e) {
      return e.violations().get(0).field() + " " + e.violations().get(0).message();
    }
  }
}
