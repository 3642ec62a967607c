package dev.pitkit.ghl.client.pagination;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code cursor}, {@code page}, {@code message} and {@code lastItem} styles: the next request carries
 * the cursor parameters read from the response ({@code startAfterId=meta.startAfterId},
 * {@code page=meta.nextPage}, ...) or, for {@code lastItem}, from the page's last item
 * ({@code lastDoc=id}); a parameter with no path ({@code body.page=}) is left out of the next request.
 * A cursor that does not advance, or that comes back to one sent before, stops pagination with a
 * problem instead of looping.
 */
final class FollowCursor implements NextPageRule {
  /** The cursor parameters, split once: {@code [requestParam, response.path]} each. */
  private final String[][] pairs;
  private final BeanPaths paths;
  /** {@code lastItem}: the items' path in the body, whose last item the cursor is read from; else null. */
  private final String lastItemOf;

  FollowCursor(String[] cursor, BeanPaths paths, String lastItemOf) {
    this.pairs = new String[cursor.length][];
    for (int i = 0; i < cursor.length; i++) {
      this.pairs[i] = cursor[i].split("=", 2);
    }
    this.paths = paths;
    this.lastItemOf = lastItemOf;
  }

  @Override
  public String position(ListCall call, Object[] args) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String[] kv : pairs) {
      values.put(kv[0], call.param(args, kv[0]));
    }
    return shown(values).toString();
  }

  @Override
  public Next after(ListCall call, Object[] args, Object body, int received, CursorTrail trail, String operationId) {
    Object source = lastItemOf == null ? body
        : paths.read(body, lastItemOf) instanceof List<?> items && !items.isEmpty() ? items.get(items.size() - 1) : null;
    Map<String, Object> next = new LinkedHashMap<>();
    boolean any = false;
    boolean advanced = false;
    for (String[] kv : pairs) {
      Object value = kv[1].isEmpty() ? null : paths.read(source, kv[1]); // "page=": dropped from the next request
      String now = value == null ? null : ListCall.plain(value);
      Object current = call.param(args, kv[0]);
      if (!Objects.equals(now, current == null ? null : ListCall.plain(current))) {
        advanced = true;
      }
      any |= value != null;
      next.put(kv[0], value); // a cursor field the server left out is cleared, not kept stale
    }
    if (!any) {
      return Next.NONE;
    }
    Map<String, String> shown = shown(next);
    String key = shown.toString();
    String problem = null;
    if (!advanced) {
      problem = operationId + ": the server answered with the same cursor " + shown
          + " that requested the page, so the next page would be this one again; stopping instead of"
          + " looping forever (check the filters, or page manually with firstPage()/nextPage())";
    } else {
      long seen = trail.pageRequestedBy(key);
      if (seen > 0) {
        problem = operationId + ": the server's cursor " + shown + ", given with page " + trail.page()
            + ", is the one that requested page " + seen + ", so pagination would cycle; stopping instead of"
            + " looping forever";
      }
    }
    // This page's items are new: they are delivered, and the failure is raised on moving past it.
    return new Next(call.withParams(args, next), trail.advance(key), problem);
  }

  private static Map<String, String> shown(Map<String, Object> values) {
    Map<String, String> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k, v == null ? null : ListCall.plain(v)));
    return out;
  }
}
