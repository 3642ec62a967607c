package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.pitkit.ghl.client.FacadeTestSupport.AGENCY;
import static dev.pitkit.ghl.client.FacadeTestSupport.KEY;
import static dev.pitkit.ghl.client.FacadeTestSupport.SUB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pitkit.ghl.api.ConnectionsApi;
import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.api.LocationsApi;
import dev.pitkit.ghl.client.error.GhlException;
import feign.Retryer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every supported way to a generated interface takes the same pipeline: the same scenarios through
 * {@code GhlClient}'s accessors, {@code GhlClient.api(Class)} and {@code GhlFeign.builder(...)}
 * must put identical requests on the wire (method, path and query, every header but none added or
 * missing, body) and end identically (the value returned, or the exception's type, status,
 * message and attempts).
 */
class EntryPointParityTest {
  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  /** How a test reaches an interface: a name, and a factory taking "retry or not". */
  private record EntryPoint(String name, Factory factory) {}

  private interface Factory {
    <T> T api(Class<T> type, boolean retries);
  }

  private static final List<EntryPoint> ENTRY_POINTS = List.of(
      new EntryPoint("GhlClient accessor", new Factory() {
        @Override
        public <T> T api(Class<T> type, boolean retries) {
          GhlClient ghl = client(retries);
          Map<Class<?>, Object> accessors = Map.of(ContactsApi.class, ghl.contacts(), LocationsApi.class, ghl.locations(),
              ConnectionsApi.class, ghl.connections());
          return type.cast(accessors.get(type));
        }
      }),
      new EntryPoint("GhlClient.api(Class)", new Factory() {
        @Override
        public <T> T api(Class<T> type, boolean retries) {
          return client(retries).api(type);
        }
      }),
      new EntryPoint("GhlFeign.builder", new Factory() {
        @Override
        public <T> T api(Class<T> type, boolean retries) {
          feign.Feign.Builder b = GhlFeign.builder(KEY, AGENCY, SUB);
          return (retries ? b : b.retryer(Retryer.NEVER_RETRY)).target(type, wm.baseUrl());
        }
      }));

  private static GhlClient client(boolean retries) {
    GhlClient.Builder b = GhlClient.builder().apiKey(KEY).baseUrl(wm.baseUrl()).agencyConnection(AGENCY)
        .subAccountConnection(SUB);
    return (retries ? b : b.maxRetries(0)).build();
  }

  /** What the wire saw and how the call ended, for one entry point. */
  private static String run(EntryPoint entry, boolean retries, List<Function<Factory, Object>> calls) {
    wm.resetRequests();
    wm.resetScenarios();
    List<String> outcomes = new ArrayList<>();
    for (Function<Factory, Object> call : calls) {
      try {
        outcomes.add("returned " + call.apply(new Factory() {
          @Override
          public <T> T api(Class<T> type, boolean ignored) {
            return entry.factory().api(type, retries);
          }
        }));
      } catch (GhlException e) {
        outcomes.add(FacadeTestSupport.thrown(e));
      }
    }
    List<String> wire = FacadeTestSupport.wireTranscript(wm);
    return String.join("\n", outcomes) + "\n--- wire ---\n" + String.join("\n", wire);
  }

  private static void sameEverywhere(boolean retries, List<Function<Factory, Object>> calls, String expectInAll) {
    Map<String, String> seen = new LinkedHashMap<>();
    for (EntryPoint e : ENTRY_POINTS) {
      seen.put(e.name(), run(e, retries, calls));
    }
    String first = seen.values().iterator().next();
    assertTrue(first.contains(expectInAll), "the scenario ran as meant: " + first);
    seen.forEach((name, outcome) -> assertEquals(first, outcome, name + " differs from " + ENTRY_POINTS.get(0).name()));
  }

  @Test
  void routingIsTheSame() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    sameEverywhere(false, List.of(
        f -> f.api(ContactsApi.class, false).getContact("c1"),
        f -> f.api(LocationsApi.class, false).getLocation("loc1"),
        f -> f.api(ConnectionsApi.class, false).getConnection("conn_x")), "maton-connection=" + AGENCY);
  }

  @Test
  void percentAndSlashInIdsAreEncodedTheSame() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    sameEverywhere(false, List.of(
        f -> f.api(ContactsApi.class, false).getContact("a%41/b c"),
        f -> f.api(ContactsApi.class, false).listContacts("loc 1", 5, "100%41 & co", null, null)),
        "/highlevel-pit/contacts/a%2541%2Fb%20c");
  }

  @Test
  void badInputIsRefusedTheSame() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    sameEverywhere(false, List.of(
        f -> f.api(ContactsApi.class, false).getContact(""),
        f -> f.api(ContactsApi.class, false).getContact(".."),
        f -> f.api(ContactsApi.class, false).listContacts(null, null, null, null, null)), "GhlValidationException");
  }

  @Test
  void everyErrorStatusEndsTheSame() {
    int[] statuses = {400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504, 418};
    for (int status : statuses) {
      wm.resetAll();
      wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
          .withHeader("Retry-After", "0").withBody("{\"statusCode\":" + status + ",\"message\":\"m" + status + "\"}")));
      sameEverywhere(false, List.of(f -> f.api(ContactsApi.class, false).getContact("c1")), " " + status + " attempts=1");
    }
  }

  @Test
  void retriesAreTheSame() {
    wm.stubFor(any(anyUrl()).inScenario("r").whenScenarioStateIs(STARTED).willSetStateTo("ok")
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")
            .withHeader("Content-Type", "application/json").withBody("{\"statusCode\":503}")));
    wm.stubFor(any(anyUrl()).inScenario("r").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"contact\":{\"id\":\"c1\"}}")));
    sameEverywhere(true, List.of(f -> f.api(ContactsApi.class, true).getContact("c1").getContact().getId()),
        "returned c1");
  }
}
