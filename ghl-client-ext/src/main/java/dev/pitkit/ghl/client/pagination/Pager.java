package dev.pitkit.ghl.client.pagination;

import dev.pitkit.ghl.client.error.GhlPaginationException;
import dev.pitkit.ghl.invoker.GhlOperation;
import dev.pitkit.ghl.invoker.GhlPagination;
import dev.pitkit.ghl.model.ApiResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazy auto-pagination over one list operation, in the style its spec declares
 * ({@code x-ghl-pagination}, read from the generated method's {@link GhlOperation}):
 *
 * <ul>
 *   <li>{@code cursor} (contacts): the next request carries {@code startAfterId} and
 *       {@code startAfter} from the response's {@code meta};
 *   <li>{@code page} (opportunities search): {@code page} from {@code meta.nextPage};
 *   <li>{@code offset} (invoices, products, payments, medias, funnels) and {@code skip}
 *       (locations, businesses, forms, surveys, social categories): the offset parameter advanced by
 *       the number of items received;
 *   <li>{@code message} (conversation messages): {@code lastMessageId} from the response, while
 *       {@code messages.nextPage} is not false;
 *   <li>{@code increment} (Voice AI agents and call logs, SaaS locations, phone numbers, knowledge base
 *       pages): the page number raised by one, while pages are not empty (SaaS: while
 *       {@code pagination.hasNext});
 *   <li>{@code lastItem} (snapshot pushes, Conversation AI agents): a cursor read from the page's last
 *       item ({@code lastDoc} = its {@code id}).
 * </ul>
 *
 * <p>Iterating fetches a page only when the previous one is used up and holds only the current
 * page, so memory stays flat however long the list. Every page is requested through the same
 * client view as the first, with the first call's arguments (every filter, the page size) and only
 * the pagination parameters replaced, so it carries the same connection, {@code Version} and
 * filters. Both the positional generated method and its {@code XxxQueryParams} overload work. A
 * search that pages in its JSON request body ({@code body.skip}, {@code body.page} in the spec) is
 * sent a copy of the first call's body with only that property replaced.
 *
 * <p>Stops on an empty page, on a missing cursor or {@code nextPage}, on a "more" flag that is
 * false, or after {@link #maxItems}. A cursor that does not advance, or that comes back to one seen
 * before (at once among the last 1,024; an older one in constant memory, before twice as many pages again
 * as were read until it came back), an
 * offset or page number whose page has the same items as the one before it, next-page values from the
 * server that make an invalid request, and an answer without its item list (the {@code items} function
 * returns null or fails) raise {@link GhlPaginationException} instead of looping or ending as if the
 * list were complete.
 *
 * <pre>{@code
 * Pager<ContactsListResponse, Contact> contacts = ghl.withConnection("conn_sub").paginate(ContactsApi.class,
 *     api -> api.listContacts("loc123", 100, null, null, null), ContactsListResponse::getContacts);
 * contacts.maxItems(500).stream().map(Contact::getEmail).forEach(...);
 * }</pre>
 *
 * <p>Immutable and thread-safe; each iteration or stream starts again from the first page.
 *
 * @param <R> the generated response type
 * @param <T> the item type
 */
public final class Pager<R, T> implements Iterable<T> {
  private final ListCall call;
  private final GhlOperation operation;
  private final PaginationStyle style;
  private final NextPageRule rule;
  private final String hasMorePath;
  private final Function<R, List<T>> items;
  private final long maxItems;

  private Pager(ListCall call, GhlOperation operation, Function<R, List<T>> items, long maxItems) {
    this.call = call;
    this.operation = operation;
    GhlPagination spec = operation.pagination()[0];
    this.style = PaginationStyle.of(spec.style());
    this.rule = NextPageRule.of(style, spec, call);
    this.hasMorePath = spec.hasMorePath();
    this.items = items;
    this.maxItems = maxItems;
  }

  /**
   * A pager for the list call {@code firstCall} makes on {@code api} (an interface of a client view).
   * The call is recorded, not sent; pages are fetched when iterated.
   *
   * @param api the client view's {@code apiType} every page is requested through
   * @param apiType the generated interface
   * @param firstCall calls one paginated list method of the interface, with the first page's arguments
   * @param items picks the items of a page from its response
   * @param <A> the interface
   * @param <R> the response type
   * @param <T> the item type
   * @return a lazy pager
   * @throws IllegalArgumentException when {@code firstCall} calls no method, or one without {@code x-ghl-pagination}
   */
  public static <A, R, T> Pager<R, T> of(A api, Class<A> apiType, Function<A, R> firstCall,
      Function<R, List<T>> items) {
    ListCall call = ListCall.record(Objects.requireNonNull(api, "api"), apiType, firstCall);
    GhlOperation op = call.method.getAnnotation(GhlOperation.class);
    if (op == null || op.pagination().length == 0) {
      throw new IllegalArgumentException(apiType.getSimpleName() + "." + call.method.getName()
          + " is not a paginated list operation (no x-ghl-pagination in the spec)");
    }
    return new Pager<>(call, op, Objects.requireNonNull(items, "items"), Long.MAX_VALUE);
  }

  /**
   * A copy that stops after {@code n} items in total (no further page is requested once they are
   * returned).
   *
   * @param n the most items to return, 0 or more
   * @return the limited pager
   */
  public Pager<R, T> maxItems(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("maxItems must be >= 0");
    }
    return new Pager<>(call, operation, items, n);
  }

  /**
   * A copy whose first request is the one {@code nextPageParams} describe: the
   * {@link Page#nextPageParams()} of a page of this pager (or of one made by the same call), stored by a
   * job once that page's items were handled, so that a later run, after a failure or a restart,
   * resumes there rather than at the first page. The requests go through this pager's view, with its
   * {@link #maxItems} (counted from the resumed page on). Values read back from stored JSON (numbers,
   * strings, the body as a map) are converted to the method's parameter types.
   *
   * @param nextPageParams the stored parameters, by the names {@code nextPageParams()} gave them
   * @return the resumed pager
   * @throws IllegalArgumentException when a name is not a parameter of the call's method, or the map is
   *     empty (the {@code nextPageParams()} of a last page: that walk was complete)
   */
  public Pager<R, T> resumeFrom(Map<String, ?> nextPageParams) {
    return new Pager<>(call.resumedAt(Objects.requireNonNull(nextPageParams, "nextPageParams")), operation, items,
        maxItems);
  }

  /** The pagination style from the spec. */
  public PaginationStyle style() {
    return style;
  }

  /** Fetches the first page. */
  public Page<R, T> firstPage() {
    return fetch(call.firstArgs, CursorTrail.start(rule.position(call, call.firstArgs)), List.of());
  }

  /**
   * Every page, fetched lazily: a page is requested when the iterator moves to it, and the previous
   * one is no longer referenced. Ignores {@link #maxItems}.
   */
  public Iterable<Page<R, T>> pages() {
    return () -> new Iterator<>() {
      private boolean started;
      private Page<R, T> last;
      private Page<R, T> pending;

      @Override
      public boolean hasNext() {
        if (pending == null && !started) {
          started = true;
          pending = firstPage();
        } else if (pending == null && last != null && last.hasNextPage()) {
          pending = last.fetchNext();
          last = null;
        }
        return pending != null;
      }

      @Override
      public Page<R, T> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        last = pending;
        pending = null;
        return last;
      }
    };
  }

  /** Every item, fetching pages lazily, up to {@link #maxItems}. */
  @Override
  public Iterator<T> iterator() {
    Iterator<Page<R, T>> pages = pages().iterator();
    return new Iterator<>() {
      private List<T> page = List.of();
      private int index;
      private long returned;

      @Override
      public boolean hasNext() {
        if (returned >= maxItems) {
          return false;
        }
        while (index >= page.size()) {
          if (!pages.hasNext()) {
            return false;
          }
          page = pages.next().items();
          index = 0;
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        returned++;
        return page.get(index++);
      }
    };
  }

  /** Every item as a lazy sequential stream, up to {@link #maxItems}; pages are fetched as the stream is consumed. */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  String operationId() {
    return operation.operationId();
  }

  @Override
  public String toString() {
    return "Pager{" + operation.operationId() + ", style " + style
        + (maxItems == Long.MAX_VALUE ? "" : ", maxItems " + maxItems) + "}";
  }

  /**
   * The page {@code args} ask for. {@code previous} holds the items of the page before it: where the
   * client advances a number (offset, skip, increment), the same items again mean the server ignores
   * it, and the walk would never end. Cursor styles are checked on their cursors instead (a canned
   * page with an advancing cursor, as test doubles answer, is not an error there).
   */
  @SuppressWarnings("unchecked")
  Page<R, T> fetch(Object[] args, CursorTrail trail, List<T> previous) {
    R response = (R) call.invoke(args);
    List<T> list = itemsOf(response, args);
    if (rule instanceof AdvanceNumber && !list.isEmpty() && list.equals(previous)) {
      throw new GhlPaginationException(operation.operationId() + ": the server answered " + call.describe(args)
          + " with the same items as the page before it, so the next pages would be this one again; stopping"
          + " instead of looping forever", null, operation.operationId());
    }
    Object body = response instanceof ApiResponse<?> wrapped ? wrapped.getData() : response;
    if (list.isEmpty() || !hasMorePath.isEmpty() && Boolean.FALSE.equals(call.paths.read(body, hasMorePath))) {
      return new Page<>(this, response, list, null, trail, null); // the last page
    }
    NextPageRule.Next next = rule.after(call, args, body, list.size(), trail, operation.operationId());
    return new Page<>(this, response, list, next.args(), next.trail() != null ? next.trail() : trail, next.problem());
  }

  /**
   * The items of {@code response}. An answer without its list (no body, {@code {}}, an error object sent
   * with a 200) is not the last page but not a page at all: ending the walk there would look complete
   * while the rest of the list was never read.
   */
  private List<T> itemsOf(R response, Object[] args) {
    List<T> got;
    try {
      got = response == null ? null : items.apply(response);
    } catch (NullPointerException | ClassCastException e) { // a part of the answer missing, or of another shape
      throw new GhlPaginationException(operation.operationId() + ": the items of the answer to " + call.describe(args)
          + " could not be read (" + e + "); stopping instead of ending the walk as if it were complete", e,
          operation.operationId());
    }
    if (got == null) {
      throw new GhlPaginationException(operation.operationId() + ": the answer to " + call.describe(args)
          + " has no list of items (" + (response == null ? "no body" : "the items function returned null")
          + "), so it is not a page of this list; stopping instead of ending the walk as if it were complete."
          + " Where such an answer does mean the end, return an empty list from the items function", null,
          operation.operationId());
    }
    return got;
  }

  Map<String, Object> describe(Object[] args) {
    return call.describe(args);
  }
}
