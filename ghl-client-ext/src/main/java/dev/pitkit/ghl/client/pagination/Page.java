package dev.pitkit.ghl.client.pagination;

import dev.pitkit.ghl.client.error.GhlPaginationException;
import dev.pitkit.ghl.client.error.GhlValidationException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of a paginated list: its items, the decoded response, and the request for the next
 * page (if any). Immutable but for the response, a generated model as it was decoded;
 * {@link #nextPage()} sends a request each time it is called.
 *
 * <pre>{@code
 * Page<ContactsListResponse, Contact> page = pager.firstPage();
 * while (true) {
 *   page.items().forEach(c -> ...);
 *   if (!page.hasNextPage()) break;
 *   page = page.nextPage().orElseThrow();
 * }
 * }</pre>
 *
 * @param <R> the generated response type
 * @param <T> the item type
 */
public final class Page<R, T> {
  private final Pager<R, T> pager;
  private final R response;
  private final List<T> items;
  private final Object[] nextArgs;
  private final CursorTrail trail;
  private final String cursorProblem;

  Page(Pager<R, T> pager, R response, List<T> items, Object[] nextArgs, CursorTrail trail, String cursorProblem) {
    this.pager = pager;
    this.response = response;
    this.items = Collections.unmodifiableList(items); // a view: no copy of the page (it may hold nulls)
    this.nextArgs = nextArgs;
    this.trail = trail;
    this.cursorProblem = cursorProblem;
  }

  /** The items of this page (possibly empty), unmodifiable. */
  public List<T> items() {
    return items;
  }

  /** The decoded response, with every field GHL sent (totals, meta, ...). */
  public R response() {
    return response;
  }

  /**
   * True when the server's pagination fields say there is another page: the page was not empty,
   * the cursor (or {@code nextPage}) is present, and no "more" flag says false. Also true when the
   * server's cursor repeats an earlier one: {@link #nextPage()} then throws rather than fetch.
   */
  public boolean hasNextPage() {
    return nextArgs != null;
  }

  /**
   * Fetches the next page (same connection, {@code Version} and filters), or empty when this is
   * the last.
   *
   * @throws dev.pitkit.ghl.client.error.GhlPaginationException when the next page's cursor repeats
   *     an earlier one, its items are this page's again, or the server's next-page values make an
   *     invalid request
   */
  public Optional<Page<R, T>> nextPage() {
    return nextArgs == null ? Optional.empty() : Optional.of(fetchNext());
  }

  /**
   * The parameters the next request will carry (empty when this is the last page), by parameter name,
   * a body search's whole body as {@code body}: to store once this page's items are handled, so that a
   * later run resumes there with {@link Pager#resumeFrom}.
   */
  public Map<String, Object> nextPageParams() {
    return nextArgs == null ? Map.of() : pager.describe(nextArgs);
  }

  Page<R, T> fetchNext() {
    if (cursorProblem != null) {
      throw new GhlPaginationException(cursorProblem, null, pager.operationId());
    }
    try {
      return pager.fetch(nextArgs, trail, items);
    } catch (GhlValidationException e) { // the next request is made of the server's values (nextPage: 0)
      throw new GhlPaginationException(pager.operationId() + ": the server's next-page values "
          + nextPageParams() + " make an invalid request: " + e.getMessage(), e, pager.operationId());
    }
  }

  @Override
  public String toString() {
    return "Page{" + pager.operationId() + ", " + items.size() + " items, hasNextPage=" + hasNextPage() + "}";
  }
}
