package dev.pitkit.ghl.client.pagination;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitkit.ghl.client.error.GhlPaginationException;
import dev.pitkit.ghl.invoker.EncodingUtils;
import dev.pitkit.ghl.invoker.GhlOperation;
import dev.pitkit.ghl.invoker.GhlPagination;
import feign.Param;
import feign.QueryMap;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
 * ({@code x-ghl-pagination}): cursor, page, offset, skip or message. Iterating fetches a page
 * only when the previous one is used up and holds only the current page, so memory stays flat
 * however long the list. Every page is requested through the same client view as the first, so
 * it carries the same connection, {@code Version} and filters.
 *
 * <p>Stops on an empty page, on a missing cursor or {@code nextPage}, or after {@link #maxItems}.
 * A cursor that does not advance raises {@link GhlPaginationException} instead of looping.
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
  private final Function<R, List<T>> items;
  private final BeanPaths paths;
  private final long maxItems;

  private Pager(Object api, Method method, Object[] firstArgs, GhlOperation operation,
      Function<R, List<T>> items, BeanPaths paths, long maxItems) {
    this.api = api;
    this.method = method;
    this.firstArgs = firstArgs;
    this.operation = operation;
    this.spec = operation.pagination()[0];
    this.items = items;
    this.paths = paths;
    this.maxItems = maxItems;
  }

  /**
   * A pager for the list call {@code firstCall} makes on {@code api} (a client view's proxy).
   * The call is recorded, not sent; pages are fetched when iterated.
   */
  public static <A, R, T> Pager<R, T> of(A api, Class<A> apiType, Function<A, R> firstCall,
      Function<R, List<T>> items, ObjectMapper mapper) {
    Object[][] recorded = new Object[2][];
    Method[] recordedMethod = new Method[1];
    A recorder = apiType.cast(Proxy.newProxyInstance(apiType.getClassLoader(), new Class<?>[] {apiType},
        (proxy, m, args) -> {
          if (m.getDeclaringClass() == Object.class) {
            return m.getName().equals("toString") ? "recorder" : m.getName().equals("hashCode") ? 0 : false;
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
    return new Pager<>(api, m, recorded[0], op, Objects.requireNonNull(items, "items"), new BeanPaths(mapper), Long.MAX_VALUE);
  }

  /** A copy that stops after {@code n} items in total. */
  public Pager<R, T> maxItems(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("maxItems must be >= 0");
    }
    return new Pager<>(api, method, firstArgs, operation, items, paths, n);
  }

  /** The pagination style from the spec: cursor, page, offset, skip or message. */
  public String style() {
    return spec.style();
  }

  /** Fetches the first page. */
  public Page<R, T> firstPage() {
    return fetch(firstArgs);
  }

  /** Every page, fetched lazily (ignores {@link #maxItems}). */
  public Iterable<Page<R, T>> pages() {
    return () -> new Iterator<>() {
      private Page<R, T> next = firstPage();

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Page<R, T> next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Page<R, T> p = next;
        next = p.hasNextPage() ? p.nextPage().orElse(null) : null;
        return p;
      }
    };
  }

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
          page = fetch(page.nextArgs());
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

  /** All items as a lazy sequential stream. */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @SuppressWarnings("unchecked")
  Page<R, T> fetch(Object[] args) {
    R response;
    try {
      response = (R) method.invoke(api, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    List<T> list = response == null ? null : items.apply(response);
    if (list == null) {
      list = List.of();
    }
    return new Page<>(this, response, list, nextArgs(args, response, list));
  }

  /** The arguments of the next request, or null when this page is the last. */
  private Object[] nextArgs(Object[] args, R response, List<T> list) {
    if (list.isEmpty()) {
      return null;
    }
    Map<String, Object> next = new LinkedHashMap<>();
    switch (spec.style()) {
      case "offset", "skip" -> {
        Object current = param(args, spec.offsetParam());
        long offset = current == null ? 0 : Long.parseLong(String.valueOf(current));
        next.put(spec.offsetParam(), offset + list.size());
      }
      default -> {
        if (!spec.hasMorePath().isEmpty() && !Boolean.TRUE.equals(paths.read(response, spec.hasMorePath()))) {
          return null;
        }
        boolean advanced = false;
        for (String pair : spec.cursor()) {
          String[] kv = pair.split("=", 2);
          Object value = paths.read(response, kv[1]);
          if (value == null) {
            continue;
          }
          Object current = param(args, kv[0]);
          if (current == null || !String.valueOf(current).equals(String.valueOf(value))) {
            advanced = true;
          }
          next.put(kv[0], value);
        }
        if (next.isEmpty()) {
          return null;
        }
        if (!advanced) {
          throw new GhlPaginationException(operation.operationId() + ": the server returned the same cursor " + next
              + " as the request that produced it; stopping instead of looping forever");
        }
      }
    }
    return withParams(args, next);
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
    int qm = queryMapIndex();
    Map<String, Object> query = null;
    if (qm >= 0) {
      query = newQueryMap(out[qm]);
      out[qm] = query;
    }
    for (Map.Entry<String, Object> e : values.entrySet()) {
      int i = paramIndex(e.getKey());
      if (i >= 0) {
        out[i] = convert(e.getValue(), method.getParameterTypes()[i]);
      } else if (query != null) {
        query.put(e.getKey(), EncodingUtils.encode(e.getValue()));
      } else {
        throw new IllegalStateException(method.getName() + " has no parameter " + e.getKey() + " to paginate with");
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> newQueryMap(Object original) {
    try {
      Map<String, Object> copy = (Map<String, Object>) method.getParameterTypes()[queryMapIndex()].getDeclaredConstructor().newInstance();
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
      return String.valueOf(value);
    }
    if (value instanceof Number n) {
      if (type == Integer.class) {
        return n.intValue();
      }
      if (type == Long.class) {
        return n.longValue();
      }
      if (type == java.math.BigDecimal.class) {
        return new java.math.BigDecimal(n.toString());
      }
    }
    if (type == Integer.class) {
      return Integer.valueOf(String.valueOf(value));
    }
    if (type == Long.class) {
      return Long.valueOf(String.valueOf(value));
    }
    return value;
  }

  private int paramIndex(String name) {
    Annotation[][] all = method.getParameterAnnotations();
    for (int i = 0; i < all.length; i++) {
      for (Annotation a : all[i]) {
        if (a instanceof Param p && p.value().equals(name)) {
          return i;
        }
      }
    }
    return -1;
  }

  private int queryMapIndex() {
    Annotation[][] all = method.getParameterAnnotations();
    for (int i = 0; i < all.length; i++) {
      for (Annotation a : all[i]) {
        if (a instanceof QueryMap) {
          return i;
        }
      }
    }
    return -1;
  }

  private Map<?, ?> queryMap(Object[] args) {
    int i = queryMapIndex();
    return i >= 0 && args[i] instanceof Map<?, ?> m ? m : null;
  }

  Map<String, Object> describe(Object[] args) {
    Map<String, Object> out = new LinkedHashMap<>();
    Annotation[][] all = method.getParameterAnnotations();
    for (int i = 0; i < all.length; i++) {
      for (Annotation a : all[i]) {
        if (a instanceof Param p && args[i] != null) {
          out.put(p.value(), args[i]);
        }
      }
    }
    Map<?, ?> q = queryMap(args);
    if (q != null) {
      q.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : URLDecoder.decode(String.valueOf(v), StandardCharsets.UTF_8)));
    }
    return out;
  }
}
