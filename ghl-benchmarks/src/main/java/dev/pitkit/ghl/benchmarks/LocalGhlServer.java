package dev.pitkit.ghl.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The cheapest GHL stand-in the JDK offers: {@code com.sun.net.httpserver.HttpServer} on loopback,
 * HTTP/1.1 keep-alive, answering precomputed bytes (handlers run on the dispatcher thread, no
 * executor hand-off). Serves
 * <ul>
 *   <li>{@code GET  /highlevel-pit/contacts/{id}}: 200, one contact (about 1.9 KB; for
 *       {@link Payloads#PLAIN_CONTACT_ID} the same with only string custom-field values)</li>
 *   <li>{@code POST /highlevel-pit/contacts/}: 201, the same contact</li>
 *   <li>{@code GET  /highlevel-pit/contacts/?locationId=..&limit=N&startAfterId=cursorK}: page K of
 *       {@code listTotal} contacts, N per page, with GHL's cursor meta; the last page has no cursor</li>
 * </ul>
 * Optionally it enforces GHL's burst limit per {@code Maton-Connection}: at most {@code max}
 * accepted requests in any sliding window of {@code window}, answering 429 beyond that; every
 * response carries {@code X-RateLimit-Max / -Remaining / -Interval-Milliseconds} and the daily pair.
 *
 * <p>Runs in-process ({@link #start}) or as its own JVM ({@link #main}, used by {@link ServerProcess}
 * so that JMH's {@code -prof gc} counts only the client's allocations).
 */
public final class LocalGhlServer implements AutoCloseable {
  static {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
    // delayed ACK: ~40 ms per keep-alive request. Read once when the server classes load.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final String CONTACTS = "/highlevel-pit/contacts/";
  private static final byte[] NOT_FOUND = "{\"statusCode\":404,\"message\":\"Not found\"}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] TOO_MANY = "{\"statusCode\":429,\"message\":\"Too Many Requests\"}".getBytes(StandardCharsets.UTF_8);
  private static final long DAILY_LIMIT = 200_000;

  private final long listTotal;
  private final int rateMax;
  private final long rateWindowNanos;
  private final HttpServer server;
  private final Map<Integer, byte[]> pagePrefixes = new ConcurrentHashMap<>();
  private final Map<String, ArrayDeque<Long>> windows = new HashMap<>();
  private final List<Long> acceptedAtNanos = new ArrayList<>();
  private final List<String> trace = new ArrayList<>();
  private final long startNanos = System.nanoTime();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong rejected429 = new AtomicLong();
  private final ThreadLocal<byte[]> drainBuffer = ThreadLocal.withInitial(() -> new byte[8192]);

  private LocalGhlServer(long listTotal, int rateMax, long rateWindowMillis) throws IOException {
    this.listTotal = listTotal;
    this.rateMax = rateMax;
    this.rateWindowNanos = TimeUnit.MILLISECONDS.toNanos(rateWindowMillis);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    server.createContext(CONTACTS, this::handle);
    server.start();
  }

  /** A server without rate limiting whose contact list has {@code listTotal} contacts. */
  public static LocalGhlServer start(long listTotal) throws IOException {
    return new LocalGhlServer(listTotal, 0, 0);
  }

  /** A server that also enforces {@code max} requests per sliding {@code windowMillis} per Maton-Connection. */
  public static LocalGhlServer startRateLimited(int max, long windowMillis) throws IOException {
    return new LocalGhlServer(100_000, max, windowMillis);
  }

  /** {@code http://127.0.0.1:port}. */
  public String baseUrl() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
  }

  /** All requests received. */
  public long requests() {
    return requests.get();
  }

  /** Requests answered 2xx (404s aside). */
  public long accepted() {
    return accepted.get();
  }

  /** 429s sent. */
  public long rejected429() {
    return rejected429.get();
  }

  /** When each accepted request arrived (System.nanoTime), in arrival order; rate-limited mode only. */
  public List<Long> acceptedAtNanos() {
    synchronized (windows) {
      return List.copyOf(acceptedAtNanos);
    }
  }

  /** Forgets the counters, arrivals and trace (not the rate windows): call after a warm-up. */
  public void resetCounters() {
    synchronized (windows) {
      requests.set(0);
      accepted.set(0);
      rejected429.set(0);
      acceptedAtNanos.clear();
      trace.clear();
    }
  }

  /** One line per rate-limited request: seconds since start, status, X-RateLimit-Remaining sent. */
  public List<String> trace() {
    synchronized (windows) {
      return List.copyOf(trace);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      requests.incrementAndGet();
      drain(ex.getRequestBody());
      String method = ex.getRequestMethod();
      String path = ex.getRequestURI().getRawPath();
      var headers = ex.getResponseHeaders();
      headers.set("Content-Type", "application/json");
      if (rateMax > 0 && !admit(ex)) {
        rejected429.incrementAndGet();
        send(ex, 429, TOO_MANY, null);
        return;
      }
      if ("GET".equals(method) && CONTACTS.equals(path)) {
        accepted.incrementAndGet();
        list(ex);
      } else if ("GET".equals(method) && path.length() > CONTACTS.length()) {
        accepted.incrementAndGet();
        send(ex, 200, path.endsWith(Payloads.PLAIN_CONTACT_ID) ? Payloads.PLAIN_CONTACT_RESPONSE : Payloads.CONTACT_RESPONSE, null);
      } else if ("POST".equals(method) && CONTACTS.equals(path)) {
        accepted.incrementAndGet();
        send(ex, 201, Payloads.CONTACT_RESPONSE, null);
      } else {
        send(ex, 404, NOT_FOUND, null);
      }
    } finally {
      ex.close();
    }
  }

  private void list(HttpExchange ex) throws IOException {
    String query = ex.getRequestURI().getRawQuery();
    String limitParam = param(query, "limit");
    int limit = limitParam == null ? 20 : Integer.parseInt(limitParam);
    int pages = (int) Math.max(1, (listTotal + limit - 1) / limit);
    int page = Payloads.pageOf(param(query, "startAfterId"));
    if (page >= pages) {
      send(ex, 200, "{\"contacts\":[],\"count\":0,\"meta\":{}}".getBytes(StandardCharsets.UTF_8), null);
      return;
    }
    byte[] prefix = pagePrefixes.computeIfAbsent(limit, n -> Payloads.listPagePrefix(n, listTotal));
    send(ex, 200, prefix, Payloads.listPageSuffix(page, pages));
  }

  /** Sliding-window admission; sets the X-RateLimit-* headers either way. */
  private boolean admit(HttpExchange ex) {
    String key = ex.getRequestHeaders().getFirst("Maton-Connection");
    long now = System.nanoTime();
    int remaining;
    boolean ok;
    long daily;
    synchronized (windows) {
      ArrayDeque<Long> w = windows.computeIfAbsent(key == null ? "" : key, k -> new ArrayDeque<>());
      while (!w.isEmpty() && w.peekFirst() <= now - rateWindowNanos) {
        w.pollFirst();
      }
      ok = w.size() < rateMax;
      if (ok) {
        w.addLast(now);
        acceptedAtNanos.add(now);
      }
      remaining = rateMax - w.size();
      daily = DAILY_LIMIT - acceptedAtNanos.size();
      trace.add(String.format(java.util.Locale.ROOT, "%9.3f %s remaining=%d", (now - startNanos) / 1e9, ok ? "200" : "429", remaining));
    }
    var h = ex.getResponseHeaders();
    h.set("X-RateLimit-Max", Integer.toString(rateMax));
    h.set("X-RateLimit-Remaining", Integer.toString(remaining));
    h.set("X-RateLimit-Interval-Milliseconds", Long.toString(TimeUnit.NANOSECONDS.toMillis(rateWindowNanos)));
    h.set("X-RateLimit-Limit-Daily", Long.toString(DAILY_LIMIT));
    h.set("X-RateLimit-Daily-Remaining", Long.toString(daily));
    return ok;
  }

  private static void send(HttpExchange ex, int status, byte[] body, byte[] more) throws IOException {
    ex.sendResponseHeaders(status, body.length + (more == null ? 0 : more.length));
    OutputStream out = ex.getResponseBody();
    out.write(body);
    if (more != null) {
      out.write(more);
    }
  }

  private void drain(InputStream in) throws IOException {
    byte[] buf = drainBuffer.get();
    while (in.read(buf) >= 0) {
      // discard
    }
  }

  static String param(String rawQuery, String name) {
    if (rawQuery == null) {
      return null;
    }
    int from = 0;
    while (from <= rawQuery.length()) {
      int amp = rawQuery.indexOf('&', from);
      int end = amp < 0 ? rawQuery.length() : amp;
      if (rawQuery.startsWith(name, from) && from + name.length() < end && rawQuery.charAt(from + name.length()) == '=') {
        return rawQuery.substring(from + name.length() + 1, end);
      }
      if (amp < 0) {
        break;
      }
      from = amp + 1;
    }
    return null;
  }

  /**
   * As its own JVM: {@code LocalGhlServer [listTotal]}. Prints {@code LISTENING <baseUrl>} and
   * serves until its standard input closes (so it never outlives the process that started it).
   */
  public static void main(String[] args) throws IOException {
    long total = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
    LocalGhlServer s = start(total);
    PrintStream out = System.out;
    out.println("LISTENING " + s.baseUrl());
    out.flush();
    InputStream in = System.in;
    while (in.read() >= 0) {
      // wait for EOF
    }
    s.close();
    System.exit(0);
  }
}
