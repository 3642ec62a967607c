package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One client shared by 8 threads making 50 calls each through different views, per-call
 * overrides and the plain client, across agency, sub-account and 2021-04-15 areas: every request
 * carries exactly the {@code Maton-Connection} and {@code Version} of the call that sent it.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int CALLS = 50;

  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  /** Expected headers of one request, keyed by its unique path. */
  private record Expected(String connection, String version) {}

  @Test
  void everyRequestCarriesTheConnectionOfItsView() throws Exception {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    GhlClient ghl = FacadeTestSupport.builder(wm).build();
    Map<String, Expected> expected = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        GhlClient view = thread % 2 == 0 ? ghl.withConnection("conn_t" + thread) : ghl;
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < CALLS; i++) {
            String id = "t" + thread + "-" + i;
            GhlClient client = view;
            String override = null;
            if (thread % 2 == 1 && i % 5 == 0) {
              override = "conn_call_" + id;
              client = ghl.withOptions(RequestOptions.builder().connection(override).build());
            }
            String viewConn = thread % 2 == 0 ? "conn_t" + thread : null;
            switch (i % 3) {
              case 0 -> {
                expected.put("/highlevel-pit/contacts/" + id, new Expected(
                    first(override, viewConn, FacadeTestSupport.SUB), "2021-07-28"));
                client.contacts().getContact(id);
              }
              case 1 -> {
                expected.put("/highlevel-pit/locations/" + id, new Expected(
                    first(override, viewConn, FacadeTestSupport.AGENCY), "2021-07-28"));
                client.locations().getLocation(id);
              }
              default -> {
                expected.put("/highlevel-pit/calendars/" + id, new Expected(
                    first(override, viewConn, FacadeTestSupport.SUB), "2021-04-15"));
                client.calendars().getCalendar(id);
              }
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS); // rethrows any failure of a worker
      }
    } finally {
      pool.shutdownNow();
    }

    List<ServeEvent> events = wm.getAllServeEvents();
    assertEquals(THREADS * CALLS, events.size());
    assertEquals(THREADS * CALLS, expected.size());
    List<String> wrong = new ArrayList<>();
    for (ServeEvent e : events) {
      LoggedRequest r = e.getRequest();
      Expected x = expected.remove(r.getUrl());
      if (x == null) {
        wrong.add("unexpected or duplicate request " + r.getUrl());
        continue;
      }
      String conn = r.containsHeader("Maton-Connection") ? r.getHeader("Maton-Connection") : null;
      if (!x.connection().equals(conn) || !x.version().equals(r.getHeader("Version"))) {
        wrong.add(r.getUrl() + " sent connection " + conn + " / Version " + r.getHeader("Version") + ", expected " + x);
      }
      if (r.getHeaders().getHeader("Maton-Connection").values().size() != 1) {
        wrong.add(r.getUrl() + " sent several Maton-Connection values");
      }
    }
    assertTrue(wrong.isEmpty(), wrong.size() + " wrong:\n" + String.join("\n", wrong));
    assertTrue(expected.isEmpty(), "never sent: " + expected.keySet());
  }

  private static String first(String... candidates) {
    for (String c : candidates) {
      if (c != null) {
        return c;
      }
    }
    throw new AssertionError();
  }
}
