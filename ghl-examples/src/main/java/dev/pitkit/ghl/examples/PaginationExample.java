package dev.pitkit.ghl.examples;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.api.InvoicesApi;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.pagination.Page;
import dev.pitkit.ghl.model.Contact;
import dev.pitkit.ghl.model.ContactsListResponse;
import dev.pitkit.ghl.model.InvoicesListResponse;
import java.util.List;
import java.util.stream.Collectors;

/** Auto-pagination: one call shape for every pagination style of the spec. */
public final class PaginationExample {
  private PaginationExample() {}

  /**
   * Emails of up to 500 contacts, fetched page by page (cursor style). {@code listContacts} is
   * deprecated by GHL; its replacement {@code searchContacts} pages in the request body, which the
   * pager does not do, so the cursor-paginated list is still the one to walk.
   */
  @SuppressWarnings("deprecation")
  public static List<String> contactEmails(GhlClient ghl, String locationId) {
    return ghl.paginate(ContactsApi.class, api -> api.listContacts(locationId, 100, null, null, null),
            ContactsListResponse::getContacts)
        .maxItems(500)
        .stream()
        .map(Contact::getEmail)
        .collect(Collectors.toList());
  }

  /**
   * Invoices walked page by page (offset style), with access to each raw page. The query-map
   * overload of a generated method reads better when an operation has many optional filters.
   */
  public static int invoicePages(GhlClient ghl, String locationId) {
    int pages = 0;
    for (Page<InvoicesListResponse, ?> page : ghl.paginate(InvoicesApi.class,
            api -> api.listInvoices(new InvoicesApi.ListInvoicesQueryParams()
                .altId(locationId).altType("location").limit(100).offset(0)),
            InvoicesListResponse::getInvoices).pages()) {
      pages++;
      if (!page.hasNextPage()) {
        break;
      }
    }
    return pages;
  }
}
