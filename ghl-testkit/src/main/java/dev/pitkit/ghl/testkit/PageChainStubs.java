package dev.pitkit.ghl.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.pitkit.ghl.client.pagination.PaginationStyle;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.pitkit.ghl.testkit.internal.Json;
import dev.pitkit.ghl.testkit.internal.OperationStub;
import dev.pitkit.ghl.testkit.internal.StubLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds the stubs of a {@link PageChain}: items cloned from the spec example's first item with
 * distinct ids, and the response fields and request parameters of the operation's own
 * {@code x-ghl-pagination} style:
 * <ul>
 *   <li>cursor: {@code meta.startAfterId} = last id and {@code meta.startAfter} (both sent back
 *       as {@code startAfterId}/{@code startAfter}); absent on the last page;
 *   <li>page: {@code meta.nextPage} = n + 1, sent back as {@code page}; absent on the last page;
 *   <li>offset / skip: page n answers {@code offset}/{@code skip} = items so far; an empty page ends it;
 *   <li>message: {@code messages.lastMessageId} sent back as {@code lastMessageId},
 *       {@code messages.nextPage} true until the last page;
 *   <li>increment: page n asks for the page number first + n - 1 (first: the parameter's minimum,
 *       or absent); the "more" flag, if any, false on the last page, else an empty page ends it;
 *   <li>lastItem: page n carries the cursor read from page n - 1's last item (each item's cursor
 *       fields distinct), and not a parameter the spec drops ({@code body.page=}); an empty page ends it.
 * </ul>
 * A list whose body is the array itself ({@code itemsPath} empty) gets bare arrays as pages.
 */
final class PageChainStubs {
  /** Base of the synthetic {@code startAfter} sort values (epoch milliseconds). */
  static final long SORT_BASE = 1767225600000L;

  private PageChainStubs() {}

  record Built(PageChain chain, List<StubMapping> stubs) {}

  static Built build(OperationStub op, int[] sizes, int priority) {
    OperationStub.Pagination p = op.pagination();
    if (p == null) {
      throw new IllegalArgumentException(op.operationId() + " is not a paginated list operation (no x-ghl-pagination in the spec)");
    }
    PaginationStyle style = PaginationStyle.of(p.style());
    if (sizes.length == 0) {
      throw new IllegalArgumentException("at least one page is needed");
    }
    for (int s : sizes) {
      if (s < 1) {
        throw new IllegalArgumentException("every page needs at least one item, got " + s);
      }
    }
    JsonNode example = op.exampleBody();
    boolean bare = p.itemsPath().isEmpty(); // the body is the list
    if (!(bare ? example instanceof ArrayNode : example instanceof ObjectNode)) {
      throw new IllegalStateException(op.operationId() + ": the example body is not " + (bare ? "an array" : "an object"));
    }
    JsonNode exampleItems = Json.at(example, p.itemsPath());
    JsonNode template = exampleItems.isArray() && exampleItems.size() > 0 ? exampleItems.get(0) : Json.MAPPER.createObjectNode();
    String idField = idField(template);
    String baseId = template.path(idField).isValueNode() ? template.path(idField).asText() : op.operationId();
    int total = 0;
    for (int s : sizes) {
      total += s;
    }

    List<List<String>> pages = new ArrayList<>();
    List<StubMapping> stubs = new ArrayList<>();
    Map<String, String> previousCursor = new LinkedHashMap<>();
    int index = 0;
    int n = sizes.length;
    for (int page = 1; page <= n; page++) {
      ArrayNode items = Json.MAPPER.createArrayNode();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < sizes[page - 1]; i++) {
        index++;
        String id = baseId + "-" + index;
        JsonNode item = withId(template, idField, id);
        if (style == PaginationStyle.LAST_ITEM) {
          distinctCursor(item, p, idField, index, id);
        }
        items.add(item);
        ids.add(id);
      }
      pages.add(ids);
      JsonNode body = pageBody(example, p, items, total);
      String lastId = ids.get(ids.size() - 1);
      boolean last = page == n;
      RequestPatternBuilder request = RequestPatternBuilder.like(basePattern(op));
      Map<String, String> cursor = new LinkedHashMap<>();
      switch (style) {
        case OFFSET, SKIP -> matchParam(request, p.offsetParam(), "0", page == 1 ? null : String.valueOf(index - ids.size()));
        case INCREMENT -> matchParam(request, p.offsetParam(), String.valueOf(p.firstPage()),
            page == 1 ? null : String.valueOf(p.firstPage() + page - 1));
        case LAST_ITEM -> {
          for (String pair : p.cursor()) {
            String[] kv = pair.split("=", 2);
            if (kv[1].isEmpty()) { // "page=": left out from the second page on
              if (page > 1) {
                matchParam(request, kv[0], null, null);
              }
              continue;
            }
            matchParam(request, kv[0], null, page == 1 ? null : previousCursor.get(kv[0]));
            JsonNode value = Json.at(items.get(items.size() - 1), kv[1]);
            cursor.put(kv[0], value.isContainerNode() ? Json.write(value) : value.asText());
          }
        }
        default -> {
          for (String pair : p.cursor()) {
            String[] kv = pair.split("=", 2);
            String param = kv[0];
            String path = kv[1];
            JsonNode value;
            if (style == PaginationStyle.PAGE) {
              value = last ? NullNode.instance : IntNode.valueOf(page + 1);
            } else if (style == PaginationStyle.MESSAGE || param.toLowerCase(java.util.Locale.ROOT).endsWith("id")) {
              value = last && style != PaginationStyle.MESSAGE ? NullNode.instance : TextNode.valueOf(lastId);
            } else {
              long sort = SORT_BASE + index;
              value = last ? NullNode.instance
                  : Json.at(example, path).isNumber() ? LongNode.valueOf(sort) : TextNode.valueOf(String.valueOf(sort));
            }
            Json.setOrRemove((ObjectNode) body, path, value); // GHL omits the cursor on the last page (fields are not nullable)
            if (!value.isNull()) {
              cursor.put(param, value.asText());
            }
            StringValuePattern match;
            if (page == 1) {
              match = style == PaginationStyle.PAGE ? WireMock.or(WireMock.absent(), WireMock.equalTo("1")) : WireMock.absent();
            } else {
              match = WireMock.equalTo(previousCursor.get(param));
            }
            request.withQueryParam(param, match);
          }
          if (!p.hasMorePath().isEmpty()) {
            Json.set((ObjectNode) body, p.hasMorePath(), BooleanNode.valueOf(!last));
          }
          ObjectNode meta = Json.parentOf((ObjectNode) body, p.cursor().isEmpty() ? p.itemsPath() : p.cursor().get(0).split("=", 2)[1]);
          if (meta != null && style != PaginationStyle.MESSAGE) {
            if (meta.has("nextPage") && style != PaginationStyle.PAGE) {
              if (last) {
                meta.remove("nextPage");
              } else {
                meta.put("nextPage", page + 1);
              }
            }
            if (meta.has("currentPage")) {
              meta.put("currentPage", page);
            }
            if (meta.has("prevPage")) {
              if (page == 1) {
                meta.remove("prevPage");
              } else {
                meta.put("prevPage", page - 1);
              }
            }
          }
        }
      }
      if (endsOnEmptyPage(style) && !p.hasMorePath().isEmpty()) {
        // with a "more pages" flag (appointment notes' hasMore, SaaS locations' hasNext): the last page says no more
        Json.set((ObjectNode) body, p.hasMorePath(), BooleanNode.valueOf(!last));
      }
      stubs.add(stub(op, request.build(), Json.write(body), priority, page + "/" + n));
      previousCursor = cursor;
    }
    int requests = n;
    if (endsOnEmptyPage(style)) {
      JsonNode body = pageBody(example, p, Json.MAPPER.createArrayNode(), total);
      if (!p.hasMorePath().isEmpty()) {
        Json.set((ObjectNode) body, p.hasMorePath(), BooleanNode.FALSE);
      }
      RequestPatternBuilder request = RequestPatternBuilder.like(basePattern(op));
      switch (style) {
        case INCREMENT -> matchParam(request, p.offsetParam(), null, String.valueOf(p.firstPage() + n));
        case LAST_ITEM -> previousCursor.forEach((param, value) -> matchParam(request, param, null, value));
        default -> matchParam(request, p.offsetParam(), null, String.valueOf(total));
      }
      stubs.add(stub(op, request.build(), Json.write(body), priority, "end (empty)"));
      if (p.hasMorePath().isEmpty()) {
        requests++; // without a flag the pager learns the end from an empty page; with one, the last page says so
      }
    }
    return new Built(new PageChain(op.operationId(), style, idField, pages, requests), stubs);
  }

  /**
   * Makes {@code request} match parameter {@code name}, a query parameter or ({@code body.<property>})
   * a property of the JSON request body: equal to {@code value} (a body value written as JSON, an
   * array or object, compared as JSON), or for the first page ({@code value} null) absent or equal
   * to {@code first} (if not null).
   */
  private static void matchParam(RequestPatternBuilder request, String name, String first, String value) {
    String path = StubLayout.bodyJsonPath(name);
    if (path == null) {
      request.withQueryParam(name, value != null ? WireMock.equalTo(value)
          : first == null ? WireMock.absent() : WireMock.or(WireMock.absent(), WireMock.equalTo(first)));
      return;
    }
    boolean json = value != null && (value.startsWith("[") || value.startsWith("{")); // an array cursor (searchAfter)
    // a JSON path pattern cannot or() absence with a value: the first page is "not any other value"
    request.withRequestBody(value != null ? WireMock.matchingJsonPath(path, json ? WireMock.equalToJson(value) : WireMock.equalTo(value))
        : WireMock.not(WireMock.matchingJsonPath(path, WireMock.matching(first == null ? ".*" : "(?!" + Pattern.quote(first) + "$).*"))));
  }

  /**
   * lastItem: gives the item's cursor fields ({@code searchAfter}; the id field already is) values of
   * its own, so that each page's last item moves the walk on.
   */
  private static void distinctCursor(JsonNode item, OperationStub.Pagination p, String idField, int index, String id) {
    for (String pair : p.cursor()) {
      String path = pair.split("=", 2)[1];
      JsonNode was = Json.at(item, path);
      if (item instanceof ObjectNode o && !path.isEmpty() && !path.equals(idField) && !was.isMissingNode()) {
        Json.set(o, path, was.isArray() ? Json.MAPPER.createArrayNode().add(SORT_BASE + index).add(id)
            : was.isNumber() ? LongNode.valueOf(SORT_BASE + index) : TextNode.valueOf(id));
      }
    }
  }

  /** The styles whose end is an empty page (or the "more pages" flag), not a missing cursor. */
  private static boolean endsOnEmptyPage(PaginationStyle style) {
    return style.countsItems() || style == PaginationStyle.INCREMENT || style == PaginationStyle.LAST_ITEM;
  }

  /** A page answering {@code items}: the bare array, or the example with its items and totals replaced. */
  private static JsonNode pageBody(JsonNode example, OperationStub.Pagination p, ArrayNode items, int total) {
    if (p.itemsPath().isEmpty()) {
      return items;
    }
    ObjectNode body = (ObjectNode) example.deepCopy();
    Json.set(body, p.itemsPath(), items);
    updateTotals(body, p, total);
    return body;
  }

  /**
   * A fresh copy of the operation's request pattern: {@code RequestPatternBuilder.like} shares
   * the query parameter map with its source, so every page needs its own.
   */
  private static RequestPattern basePattern(OperationStub op) {
    return StubMapping.buildFrom(op.mappingJson()).getRequest();
  }

  /**
   * The item field that carries a chain's ids: {@code id}, else {@code _id}, else the first text
   * field named like an id ({@code locationId}, {@code sid}); {@code id} (added) when there is none.
   */
  private static String idField(JsonNode template) {
    for (String field : new String[] {"id", "_id"}) {
      if (template.path(field).isValueNode()) {
        return field;
      }
    }
    for (Map.Entry<String, JsonNode> e : template.properties()) {
      if (e.getValue().isTextual() && e.getKey().toLowerCase(Locale.ROOT).endsWith("id")) {
        return e.getKey();
      }
    }
    return "id";
  }

  /** A copy of {@code template} whose {@code idField} (and {@code id} / {@code _id}, where present) is {@code id}. */
  private static JsonNode withId(JsonNode template, String idField, String id) {
    JsonNode copy = template.deepCopy();
    if (!(copy instanceof ObjectNode o)) {
      return TextNode.valueOf(id);
    }
    for (String field : new String[] {"id", "_id", idField}) {
      if (o.has(field) || field.equals(idField)) {
        o.put(field, id);
      }
    }
    return o;
  }

  private static void updateTotals(ObjectNode body, OperationStub.Pagination p, int total) {
    List<ObjectNode> holders = new ArrayList<>();
    ObjectNode itemsParent = Json.parentOf(body, p.itemsPath());
    if (itemsParent != null) {
      holders.add(itemsParent);
    }
    if (body.get("meta") instanceof ObjectNode meta) {
      holders.add(meta);
    }
    for (ObjectNode h : holders) {
      for (String f : new String[] {"total", "count", "totalCount"}) {
        if (h.path(f).isNumber()) {
          h.put(f, total);
        }
      }
    }
  }

  private static StubMapping stub(OperationStub op, RequestPattern request, String body, int priority, String label) {
    StubMapping m = new StubMapping(request, ResponseDefinitionBuilder.responseDefinition()
        .withStatus(op.status())
        .withHeader("Content-Type", "application/json")
        .withHeader(StubLayout.OPERATION_HEADER, op.operationId())
        .withBody(body)
        .build());
    m.setName(op.operationId() + " page " + label);
    m.setPriority(priority);
    m.setMetadata(new Metadata(Map.of("ghl", Map.of("operationId", op.operationId(), "pageChain", true))));
    return m;
  }
}
