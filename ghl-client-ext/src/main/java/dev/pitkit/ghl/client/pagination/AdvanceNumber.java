package dev.pitkit.ghl.client.pagination;

import dev.pitkit.ghl.client.error.GhlPaginationException;
import java.util.Map;

/**
 * {@code offset}, {@code skip} and {@code increment} styles: the next request's {@code param} is
 * this one's plus the items received ({@code byItems}: an offset) or plus one (a page number). Left
 * out of a request, it stands at {@code first}: 0 for an offset, the page parameter's spec
 * {@code minimum} (0 or 1) for a page number.
 */
record AdvanceNumber(String param, long first, boolean byItems) implements NextPageRule {
  @Override
  public String position(ListCall call, Object[] args) {
    return "{}"; // the number only grows: it cannot come back
  }

  @Override
  public Next after(ListCall call, Object[] args, Object body, int received, CursorTrail trail, String operationId) {
    Object current = call.param(args, param);
    long at;
    try {
      at = current == null ? first : Long.parseLong(ListCall.plain(current));
    } catch (NumberFormatException e) {
      throw new GhlPaginationException(operationId + ": cannot page on: its " + param + " '"
          + current + "' is not a whole number", e, operationId);
    }
    return new Next(call.withParams(args, Map.of(param, at + (byItems ? received : 1))), trail, null);
  }
}
