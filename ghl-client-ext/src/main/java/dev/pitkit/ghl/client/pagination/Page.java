package dev.pitkit.ghl.client.pagination;

import java.util.List;
import java.util.Optional;

/**
 * One page of a paginated list.
 *
 * @param <R> the generated response type
 * @param <T> the item type
 */
public final class Page<R, T> {
  private final Pager<R, T> pager;
  private final R response;
  private final List<T> items;
  private final Object[] nextArgs;

  Object[] nextArgs() {
    return nextArgs;
  }

  Page(Pager<R, T> pager, R response, List<T> items, Object[] nextArgs) {
    this.pager = pager;
    this.response = response;
    this.items = items;
    this.nextArgs = nextArgs;
  }

  /** The items of this page (possibly empty). */
  public List<T> items() {
    return items;
  }

  /** The decoded response, with every field GHL sent (totals, meta, ...). */
  public R response() {
    return response;
  }

  /** True when the server's pagination fields say there is another page. */
  public boolean hasNextPage() {
    return nextArgs != null;
  }

  /** Fetches the next page (same connection, Version and filters), or empty when this is the last. */
  public Optional<Page<R, T>> nextPage() {
    return nextArgs == null ? Optional.empty() : Optional.of(pager.fetch(nextArgs));
  }

  /** The parameters the next request will carry, by name (empty when this is the last page). */
  public java.util.Map<String, Object> nextPageParams() {
    return nextArgs == null ? java.util.Map.of() : pager.describe(nextArgs);
  }
}
