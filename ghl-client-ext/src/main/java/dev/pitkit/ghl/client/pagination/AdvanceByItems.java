package dev.pitkit.ghl.client.pagination;

import java.util.Map;

/**
 * {@code offset} and {@code skip} styles: the next request's offset parameter is this one's plus
 * the items received.
 */
record AdvanceByItems(String offsetParam) implements NextPageRule {
  @Override
  public String position(ListCall call, Object[] args) {
    return "{}"; // the offset only grows: it cannot come back
  }

  @Override
  public Next after(ListCall call, Object[] args, Object body, int received, CursorTrail trail, String operationId) {
    Object current = call.param(args, offsetParam);
    long offset = current == null ? 0 : Long.parseLong(ListCall.plain(current));
    return new Next(call.withParams(args, Map.of(offsetParam, offset + received)), trail, null);
  }
}
