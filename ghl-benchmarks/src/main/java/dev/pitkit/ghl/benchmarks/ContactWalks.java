package dev.pitkit.ghl.benchmarks;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.model.Contact;
import dev.pitkit.ghl.model.ContactsListMeta;
import dev.pitkit.ghl.model.ContactsListResponse;
import java.util.List;
import java.util.function.Consumer;

/**
 * The two ways of walking every contact of {@link Payloads#LOCATION} that the pagination
 * benchmarks compare: the facade's pager, and the cursor loop a user would write by hand against
 * a {@link ContactsApi} (the facade's own, or a raw Feign one). Both hand each contact to
 * {@code sink} and return how many they saw.
 */
@SuppressWarnings("deprecation") // listContacts: deprecated by GHL, still served, and the only cursor-paginated list
final class ContactWalks {
  private ContactWalks() {}

  /** {@code GhlClient.paginate} over {@code listContacts}. */
  static long pager(GhlClient ghl, int pageSize, Consumer<Contact> sink) {
    long n = 0;
    for (Contact c : ghl.paginate(ContactsApi.class, api -> api.listContacts(Payloads.LOCATION, pageSize, null, null, null),
        ContactsListResponse::getContacts)) {
      sink.accept(c);
      n++;
    }
    return n;
  }

  /** A hand-written loop: pass the last page's {@code startAfterId}/{@code startAfter} on until a page is empty or has no cursor. */
  static long loop(ContactsApi api, int pageSize, Consumer<Contact> sink) {
    long n = 0;
    String startAfterId = null;
    String startAfter = null;
    while (true) {
      ContactsListResponse page = api.listContacts(Payloads.LOCATION, pageSize, null, startAfterId, startAfter);
      List<Contact> contacts = page.getContacts();
      if (contacts == null || contacts.isEmpty()) {
        break;
      }
      for (Contact c : contacts) {
        sink.accept(c);
        n++;
      }
      ContactsListMeta meta = page.getMeta();
      if (meta == null || meta.getStartAfterId() == null) {
        break;
      }
      startAfterId = meta.getStartAfterId();
      startAfter = meta.getStartAfter() == null ? null : String.valueOf(meta.getStartAfter());
    }
    return n;
  }
}
