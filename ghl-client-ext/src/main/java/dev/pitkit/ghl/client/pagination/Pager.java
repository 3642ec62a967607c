package dev.pitkit.ghl.client.pagination;

import dev.pitkit.ghl.client.error.GhlPaginationException;
import dev.pitkit.ghl.client.internal.ClientCore;
import dev.pitkit.ghl.client.internal.ParamLayout;
import dev.pitkit.ghl.invoker.EncodingUtils;
import dev.pitkit.ghl.invoker.GhlOperation;
import dev.pitkit.ghl.invoker.GhlPagination;
import dev.pitkit.ghl.model.ApiResponse;
import feign.Param;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
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
 *       {@code messages.nextPage} is not false.
 * </ul>
 *
 * <p>Iterating fetches a page only when the previous one is used up and holds only the current
 * page, so memory stays flat however long the list. Every page is requested through the same
 * client view as the first, with the first call's arguments (every filter, the page size) and only
 * the pagination parameters replaced, so it carries the same connection, {@code Version} and
 * filters. Both the positional generated method and its {@code XxxQueryParams} overload work.
 *
 * <p>Stops on an empty page, on a missing cursor or {@code nextPage}, on a "more" flag that is
 * false, or after {@link #maxItems}. A cursor that does not advance, or that comes back to one seen
 * before (checked in constant memory), raises {@link GhlPaginationException} instead of looping.
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
  private final Object api;
  private final Method method;
  private final Object[] firstArgs;
  private final GhlOperation operation;
  private final GhlPagination spec;
  private final PaginationStyle style;
  private final Function<R, List<T>> items;
  private final BeanPaths paths;
  private final long maxItems;
  /** {@code @Param} name to parameter index, found once (the JDK re-parses annotations on every call). */
  private final Map<String, Integer> paramIndexes;
  /** {@code @Param} name of each parameter, or null. */
  private final String[] paramNames;
  private final Class<?>[] paramTypes;
  private final int queryMapIndex;
  /** The cursor parameters, split once: {@code [requestParam, response.path]} each. */
  private final String[][] cursorPairs;

  private Pager(Object api, Method method, Object[] firstArgs, GhlOperation operation,
      Function<R, List<T>> items, BeanPaths paths, long maxItems) {
    this.api = api;
    this.method = method;
    ParamLayout layout = ParamLayout.read(method); // once per pager, not per page
    this.paramTypes = layout.types();
    this.paramNames = layout.names();
    Map<String, Integer> indexes = new HashMap<>();
    for (int i = 0; i < paramNames.length; i++) {
      if (paramNames[i] != null) {
        indexes.putIfAbsent(paramNames[i], i);
      }
    }
    this.paramIndexes = indexes;
    this.queryMapIndex = layout.queryMapIndex();
    String[] cursor = operation.pagination()[0].cursor();
    this.cursorPairs = new String[cursor.length][];
    for (int i = 0; i < cursor.length; i++) {
      this.cursorPairs[i] = cursor[i].split("=", 2);
    }
    this.firstArgs = firstArgs;
    this.operation = operation;
    this.spec = operation.pagination()[0];
    this.style = PaginationStyle.of(spec.style());
    this.items = items;
    this.paths = paths;
    this.maxItems = maxItems;
  }

  /**
   * A pager for the list call {@code firstCall} makes on {@code api} (a client view's proxy).
   * The call is recorded, not sent; pages are fetched when iterated.
   *
   * @param api the routed proxy of {@code apiType} every page is requested through
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
    Object[][] recorded = new Object[1][];
    Method[] recordedMethod = new Method[1];
    A recorder = apiType.cast(Proxy.newProxyInstance(apiType.getClassLoader(), new Class<?>[] {apiType},
        (proxy, m, args) -> {
          if (m.getDeclaringClass() == Object.class) {
            return switch (m.getName()) {
              case "toString" -> "recorder";
              case "hashCode" -> 0;
              default -> false;
            };
          }
          if (recordedMethod[0] != null) {
            throw new IllegalArgumentException("the first-page function must call exactly one method of "
                + apiType.getSimpleName() + ", it called " + recordedMethod[0].getName() + " and " + m.getName());
          }
          recordedMethod[0] = m;
          recorded[0] = args == null ? new Object[0] : args.clone();
          return null;
        }));
    firstCall.apply(recorder);
    Method m = recordedMethod[0];
    if (m == null) {
      throw new IllegalArgumentException("the first-page function must call one method of " + apiType.getSimpleName());
    }
    GhlOperation op = m.getAnnotation(GhlOperation.class);
    if (op == null || op.pagination().length == 0) {
      throw new IllegalArgumentException(apiType.getSimpleName() + "." + m.getName()
          + " is not a paginated list operation (no x-ghl-pagination in the spec)");
    }
    return new Pager<>(Objects.requireNonNull(api, "api"), m, recorded[0], op,
        Objects.requireNonNull(items, "items"), new BeanPaths(ClientCore.MAPPER), Long.MAX_VALUE);
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
    return new Pager<>(api, method, firstArgs, operation, items, paths, n);
  }

  /** The pagination style from the spec. */
  public PaginationStyle style() {
    return style;
  }

  /** Fetches the first page. */
  public Page<R, T> firstPage() {
    return fetch(firstArgs, CursorTrail.start(cursorKey(firstArgs)));
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
        if (pending != null) {
          return true;
        }
        if (!started) {
          started = true;
          pending = firstPage();
          return true;
        }
        if (last == null || !last.hasNextPage()) {
          return false;
        }
        pending = last.fetchNext();
        last = null;
        return true;
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
    return new Iterator<>() {
      private Page<R, T> page;
      private int index;
      private long returned;

      @Override
      public boolean hasNext() {
        if (returned >= maxItems) {
          return false;
        }
        if (page == null) {
          page = firstPage();
          index = 0;
        }
        while (index >= page.items().size()) {
          if (!page.hasNextPage()) {
            return false;
          }
          page = page.fetchNext();
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
        return page.items().get(index++);
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
    return "Pager{" + operation.operationId() + ", style " + spec.style()
        + (maxItems == Long.MAX_VALUE ? "" : ", maxItems " + maxItems) + "}";
  }

  @SuppressWarnings("unchecked")
  Page<R, T> fetch(Object[] args, CursorTrail trail) {
    R response;
    try {
      response = (R) method.invoke(api, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    List<T> list = response == null ? null : items.apply(response);
    if (list == null) {
      list = List.of();
    }
    if (list.isEmpty()) {
      return new Page<>(this, response, list, null, trail, null);
    }
    Object body = response instanceof ApiResponse<?> wrapped ? wrapped.getData() : response;
    if (!spec.hasMorePath().isEmpty() && Boolean.FALSE.equals(paths.read(body, spec.hasMorePath()))) {
      return new Page<>(this, response, list, null, trail, null);
    }
    if (style.countsItems()) {
      Object current = param(args, spec.offsetParam());
      long offset = current == null ? 0 : Long.parseLong(plain(current));
      Map<String, Object> next = new LinkedHashMap<>();
      next.put(spec.offsetParam(), offset + list.size());
      return new Page<>(this, response, list, withParams(args, next), trail, null);
    }
    return nextByCursor(args, body, response, list, trail);
  }

  /** Cursor, page and message styles: the next request's cursor parameters from the response. */
  private Page<R, T> nextByCursor(Object[] args, Object body, R response, List<T> list, CursorTrail trail) {
    Map<String, Object> next = new LinkedHashMap<>();
    boolean any = false;
    boolean advanced = false;
    for (String[] kv : cursorPairs) {
      Object value = paths.read(body, kv[1]);
      String now = value == null ? null : plain(value);
      Object current = param(args, kv[0]);
      if (!Objects.equals(now, current == null ? null : plain(current))) {
        advanced = true;
      }
      any |= value != null;
      next.put(kv[0], value); // a cursor field the server left out is cleared, not kept stale
    }
    if (!any) {
      return new Page<>(this, response, list, null, trail, null);
    }
    Map<String, String> shown = shown(next);
    String key = shown.toString();
    String problem = null;
    if (!advanced) {
      problem = operation.operationId() + ": the server answered with the same cursor " + shown
          + " that requested the page, so the next page would be this one again; stopping instead of"
          + " looping forever (check the filters, or page manually with firstPage()/nextPage())";
    } else if (key.equals(trail.checkpoint())) {
      problem = operation.operationId() + ": the server's cursor " + shown + " repeats the one it sent "
          + (trail.steps() + 1) + " pages earlier, so pagination would cycle; stopping instead of looping forever";
    }
    // This page's items are new: they are delivered, and the failure is raised on moving past it.
    return new Page<>(this, response, list, withParams(args, next), trail.advance(key), problem);
  }

  /**
   * What pagination has to remember to notice a cursor that comes back: Brent's cycle detection,
   * one saved cursor whatever the length of the list. The saved cursor moves to the newest at
   * page 1, 2, 4, 8, ...; any cycle returns to it within twice its length.
   *
   * @param checkpoint the saved cursor
   * @param power pages between two moves of the checkpoint
   * @param steps pages since the last move
   */
  record CursorTrail(String checkpoint, long power, long steps) {
    static CursorTrail start(String firstKey) {
      return new CursorTrail(firstKey, 1, 0);
    }

    CursorTrail advance(String key) {
      return steps + 1 >= power ? new CursorTrail(key, power * 2, 0) : new CursorTrail(checkpoint, power, steps + 1);
    }
  }

  private String cursorKey(Object[] args) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String[] kv : cursorPairs) {
      String name = kv[0];
      values.put(name, param(args, name));
    }
    return shown(values).toString();
  }

  private static Map<String, String> shown(Map<String, Object> values) {
    Map<String, String> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k, v == null ? null : plain(v)));
    return out;
  }

  /** A cursor value as sent: numbers without exponent or trailing ".0" (1.7E12 is 1700000000000). */
  static String plain(Object value) {
    if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      BigDecimal d = new BigDecimal(value.toString());
      try {
        return d.toBigIntegerExact().toString();
      } catch (ArithmeticException notWhole) {
        return d.toPlainString();
      }
    }
    return String.valueOf(value);
  }

  private Object param(Object[] args, String name) {
    int i = paramIndex(name);
    if (i >= 0) {
      return args[i];
    }
    Map<?, ?> query = queryMap(args);
    Object v = query == null ? null : query.get(name);
    return v == null ? null : URLDecoder.decode(String.valueOf(v), StandardCharsets.UTF_8);
  }

  private Object[] withParams(Object[] args, Map<String, Object> values) {
    Object[] out = args.clone();
    int qm = queryMapIndex;
    Map<String, Object> query = null;
    if (qm >= 0) {
      query = newQueryMap(out[qm]);
      out[qm] = query;
    }
    for (Map.Entry<String, Object> e : values.entrySet()) {
      int i = paramIndex(e.getKey());
      if (i >= 0) {
        out[i] = e.getValue() == null ? null : convert(e.getValue(), paramTypes[i]);
      } else if (query != null) {
        if (e.getValue() == null) {
          query.remove(e.getKey());
        } else {
          query.put(e.getKey(), EncodingUtils.encode(plain(e.getValue())));
        }
      } else {
        throw new IllegalStateException(method.getName() + " has no parameter " + e.getKey() + " to paginate with");
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> newQueryMap(Object original) {
    try {
      Map<String, Object> copy = (Map<String, Object>) paramTypes[queryMapIndex].getDeclaredConstructor().newInstance();
      if (original != null) {
        copy.putAll((Map<String, Object>) original);
      }
      return copy;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object convert(Object value, Class<?> type) {
    if (type == String.class) {
      return plain(value);
    }
    if (value instanceof Number n) {
      if (type == Integer.class) {
        return n.intValue();
      }
      if (type == Long.class) {
        return n.longValue();
      }
      if (type == BigDecimal.class) {
        return new BigDecimal(n.toString());
      }
    }
    if (type == Integer.class) {
      return Integer.valueOf(plain(value));
    }
    if (type == Long.class) {
      return Long.valueOf(plain(value));
    }
    return value;
  }

  private int paramIndex(String name) {
    Integer i = paramIndexes.get(name);
    return i == null ? -1 : i;
  }

  private Map<?, ?> queryMap(Object[] args) {
    int i = queryMapIndex;
    return i >= 0 && args[i] instanceof Map<?, ?> m ? m : null;
  }

  Map<String, Object> describe(Object[] args) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < paramNames.length; i++) {
      if (paramNames[i] != null && args[i] != null) {
        out.put(paramNames[i], args[i]);
      }
    }
    Map<?, ?> q = queryMap(args);
    if (q != null) {
      q.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : URLDecoder.decode(String.valueOf(v), StandardCharsets.UTF_8)));
    }
    return out;
  }
}
