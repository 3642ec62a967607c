package dev.pitkit.ghl.client.pagination;

import dev.pitkit.ghl.invoker.GhlPagination;

/**
 * How the request for the next page is made from the one that fetched a page and what it
 * returned: one small strategy per kind of pagination style ({@link AdvanceNumber} for
 * {@code offset}, {@code skip} and {@code increment}, {@link FollowCursor} for {@code cursor},
 * {@code page}, {@code message} and {@code lastItem}).
 */
sealed interface NextPageRule permits AdvanceNumber, FollowCursor {

  /** The rule of {@code call}'s operation, whose {@code x-ghl-pagination} is {@code spec}. */
  static NextPageRule of(PaginationStyle style, GhlPagination spec, ListCall call) {
    return switch (style) {
      case OFFSET, SKIP -> new AdvanceNumber(spec.offsetParam(), 0, true);
      case INCREMENT -> new AdvanceNumber(spec.offsetParam(), call.minimum(spec.offsetParam()), false);
      case LAST_ITEM -> new FollowCursor(spec.cursor(), call.paths, spec.itemsPath());
      case CURSOR, PAGE, MESSAGE -> new FollowCursor(spec.cursor(), call.paths, null);
    };
  }

  /** What identifies the position {@code args} ask for, for noticing a position that comes back. */
  String position(ListCall call, Object[] args);

  /**
   * The next request, or {@link Next#NONE} when there is no next page.
   *
   * @param call the list call
   * @param args the arguments that fetched this page
   * @param body the decoded response body (unwrapped from {@code ApiResponse})
   * @param received how many items this page held (at least one)
   * @param trail the positions seen so far
   * @param operationId for messages
   */
  Next after(ListCall call, Object[] args, Object body, int received, CursorTrail trail, String operationId);

  /**
   * The next request's arguments and trail, and a problem that stops pagination before it is sent.
   *
   * @param args the next request's arguments, or null for none
   * @param trail the positions seen, the next one included
   * @param problem why the next page must not be fetched (a repeated cursor), or null
   */
  record Next(Object[] args, CursorTrail trail, String problem) {
    static final Next NONE = new Next(null, null, null);
  }
}
