package dev.pitkit.ghl.client.pagination;

import java.util.Locale;

/** How a paginated GHL list operation asks for its next page (the spec's {@code x-ghl-pagination.style}). */
public enum PaginationStyle {
  /** Cursor parameters from the response's {@code meta} (contacts: {@code startAfterId}, {@code startAfter}). */
  CURSOR,
  /** A page number from the response ({@code page=meta.nextPage}, opportunities search). */
  PAGE,
  /** {@code offset} advanced by the items received (invoices, products, payments, media, funnels). */
  OFFSET,
  /** {@code skip} advanced by the items received (locations search, businesses, forms, surveys). */
  SKIP,
  /** The last message's id, while the response says there is a next page (conversation messages). */
  MESSAGE,
  /**
   * The page number raised by one per page, from the request's own (left out, the parameter's spec
   * minimum: 0 or 1): Voice AI agents and call logs, SaaS locations, phone numbers, knowledge base pages.
   */
  INCREMENT,
  /** A cursor read from the page's last item ({@code lastDoc} = its id: snapshot pushes, Conversation AI agents). */
  LAST_ITEM;

  /**
   * The style named {@code name} in the spec.
   *
   * @throws IllegalArgumentException for a name the client does not know
   */
  public static PaginationStyle of(String name) {
    return valueOf(name.trim().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT)); // lastItem: LAST_ITEM
  }

  /** True for the styles that advance a count of items ({@code offset}, {@code skip}) rather than a page number or a cursor. */
  public boolean countsItems() {
    return this == OFFSET || this == SKIP;
  }
}
