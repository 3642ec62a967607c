package dev.pitkit.ghl.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.model.Contact;
import dev.pitkit.ghl.model.ContactsListResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Walks 100,000 contacts (1,000 cursor pages of 100) from a tiny local server that generates the
 * pages on the fly, and exits 0 only if every contact arrived once, in order. Run by
 * {@link PaginationMemoryTest} in a child JVM with {@code -Xmx64m}: each contact carries about
 * 1 KiB of text, so holding the pages already walked (~110 MiB) would not fit.
 *
 * <p>Usage: {@code java -Xmx64m -cp <test classpath> dev.pitkit.ghl.client.PagingWalkMain [pages] [pageSize] [retain]};
 * {@code retain} keeps every item (the control that shows the heap is really too small for that).
 */
public final class PagingWalkMain {
  private static final String PADDING = "x".repeat(1000);

  private PagingWalkMain() {}

  @SuppressWarnings("deprecation") // listContacts is deprecated by GHL and still served: tested on purpose
  public static void main(String[] args) throws Exception {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    boolean retain = args.length > 2 && args[2].equals("retain");
    AtomicLong requests = new AtomicLong();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/highlevel-pit/contacts/", exchange -> {
      requests.incrementAndGet();
      serve(exchange, pages, pageSize);
    });
    server.start();
    int exit;
    try {
      GhlClient ghl = GhlClient.builder().apiKey("test_key_not_real")
          .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
          .subAccountConnection("conn_sub").rateLimiting(false).build();
      java.util.List<Contact> kept = retain ? new java.util.ArrayList<>() : null;
      long count = 0;
      boolean inOrder = true;
      for (Contact c : ghl.withConnection("conn_walk").paginate(ContactsApi.class,
          api -> api.listContacts("loc1", pageSize, null, null, null), ContactsListResponse::getContacts)) {
        count++;
        inOrder &= ("c" + count).equals(c.getId());
        if (kept != null) {
          kept.add(c);
        }
      }
      Runtime rt = Runtime.getRuntime();
      System.out.println("COUNT " + count + " PAGES " + requests.get() + " IN_ORDER " + inOrder
          + " MAX_HEAP_MB " + rt.maxMemory() / (1024 * 1024));
      exit = count == (long) pages * pageSize && inOrder && requests.get() == pages ? 0 : 2;
    } finally {
      server.stop(0);
    }
    System.exit(exit);
  }

  /** Page n (1-based) holds contacts c((n-1)*size+1) .. c(n*size); the last page has no cursor. */
  private static void serve(HttpExchange exchange, int pages, int size) throws IOException {
    Map<String, String> query = query(exchange.getRequestURI());
    if (!"conn_walk".equals(exchange.getRequestHeaders().getFirst("Maton-Connection"))
        || !"2021-07-28".equals(exchange.getRequestHeaders().getFirst("Version"))
        || !"loc1".equals(query.get("locationId"))) {
      exchange.sendResponseHeaders(400, -1);
      exchange.close();
      return;
    }
    String after = query.get("startAfterId");
    long first = after == null ? 1 : Long.parseLong(after.substring(1)) + 1;
    long last = Math.min(first + size - 1, (long) pages * size);
    StringBuilder body = new StringBuilder(size * 1100).append("{\"contacts\":[");
    for (long i = first; i <= last; i++) {
      if (i > first) {
        body.append(',');
      }
      body.append("{\"id\":\"c").append(i).append("\",\"locationId\":\"loc1\",\"firstName\":\"Contact ").append(i)
          .append("\",\"address1\":\"").append(PADDING).append("\"}");
    }
    body.append("],\"meta\":{\"total\":").append((long) pages * size);
    if (last < (long) pages * size) {
      body.append(",\"startAfterId\":\"c").append(last).append("\",\"startAfter\":").append(1_700_000_000_000L + last);
    }
    body.append("}}");
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> out = new HashMap<>();
    String raw = uri.getRawQuery();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        String[] kv = pair.split("=", 2);
        out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
            kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
      }
    }
    return out;
  }
}
