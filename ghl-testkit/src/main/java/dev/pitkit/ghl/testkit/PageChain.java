package dev.pitkit.ghl.testkit;

import dev.pitkit.ghl.client.pagination.PaginationStyle;

import java.util.ArrayList;
import java.util.List;

/**
 * A list operation stubbed to span several pages in its own pagination style (see
 * {@link OperationStubs#pages(int, int)}). Tells the test which item ids to expect, in order.
 */
public final class PageChain {
  private final String operationId;
  private final PaginationStyle style;
  private final String idField;
  private final List<List<String>> pages;
  private final int requests;

  PageChain(String operationId, PaginationStyle style, String idField, List<List<String>> pages, int requests) {
    this.operationId = operationId;
    this.style = style;
    this.idField = idField;
    List<List<String>> copy = new ArrayList<>();
    pages.forEach(p -> copy.add(List.copyOf(p)));
    this.pages = List.copyOf(copy);
    this.requests = requests;
  }

  /** The stubbed operation. */
  public String operationId() {
    return operationId;
  }

  /** Its pagination style, from the spec. */
  public PaginationStyle style() {
    return style;
  }

  /**
   * The item field that holds the ids of {@link #itemIds()}: {@code id} or {@code _id}, else the
   * example item's first text field named like an id ({@code locationId} of SaaS locations,
   * {@code sid} of phone numbers).
   */
  public String idField() {
    return idField;
  }

  /** Number of pages that carry items. */
  public int pageCount() {
    return pages.size();
  }

  /** The item ids of page {@code n} (1-based). */
  public List<String> itemIds(int page) {
    return pages.get(page - 1);
  }

  /** Every item id, in the order a complete walk returns them. */
  public List<String> itemIds() {
    List<String> all = new ArrayList<>();
    pages.forEach(all::addAll);
    return List.copyOf(all);
  }

  /**
   * Requests a complete walk makes: one per page, plus the final empty page for the offset, skip,
   * increment and lastItem styles (whose end is only known from an empty page) unless the
   * operation has a {@code hasMorePath} flag, which the last page sets false.
   */
  public int expectedRequests() {
    return requests;
  }

  @Override
  public String toString() {
    return "PageChain{" + operationId + ", " + style + ", pages=" + pages + "}";
  }
}
