package dev.pitkit.ghl.client;

import static dev.pitkit.ghl.client.FacadeTestSupport.AGENCY;
import static dev.pitkit.ghl.client.FacadeTestSupport.KEY;
import static dev.pitkit.ghl.client.FacadeTestSupport.SUB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.invoker.GhlOperation;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every generated method (positional, {@code ...QueryParams} and {@code ...WithHttpInfo}
 * variants) of every area and checks the request it sends against its {@link GhlOperation}:
 * method and path, {@code Authorization}, {@code Maton-Connection} by {@code x-ghl-token} (or a
 * view's override), {@code Version} by {@code x-ghl-version}, {@code User-Agent}. Arguments come
 * from the spec's examples, so this also proves the spec's examples pass client-side validation.
 */
class SpecDrivenRoutingTest {
  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  private GhlClient ghl;

  @BeforeEach
  void setUp() {
    ghl = FacadeTestSupport.clientOnEmptyAnswers(wm);
  }

  @Test
  void everyAccessorExposesAreaOperationsAndTogetherTheyCoverTheSpec() {
    Set<String> inSpec = new TreeSet<>();
    for (PathItem item : FacadeTestSupport.spec().getPaths().values()) {
      for (Operation op : item.readOperations()) {
        inSpec.add(op.getOperationId());
      }
    }
    Set<String> reachable = new TreeSet<>();
    for (Class<?> api : FacadeTestSupport.apiInterfaces()) {
      for (Method m : FacadeTestSupport.operations(api)) {
        reachable.add(m.getAnnotation(GhlOperation.class).operationId());
      }
    }
    assertEquals(inSpec, reachable, "operations reachable through GhlClient accessors vs the spec");
    assertTrue(reachable.size() >= 85, "at least the seed's 85 operations");
    assertTrue(FacadeTestSupport.apiInterfaces().contains(dev.pitkit.ghl.api.ConnectionsApi.class));
  }

  @Test
  void everyOperationIsRoutedByItsTokenAndVersion() throws Exception {
    List<String> failures = new ArrayList<>();
    int calls = exerciseAll(api -> ghl.api(api), failures, op -> switch (op.token()) {
      case "agency" -> AGENCY;
      case "sub-account" -> SUB;
      case "maton" -> null;
      default -> throw new AssertionError("unknown x-ghl-token " + op.token());
    });
    assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
    assertTrue(calls > FacadeTestSupport.spec().getPaths().size(), "expected every variant of every operation, exercised " + calls);
  }

  @Test
  void aViewSendsItsConnectionOnEveryGhlOperationAndNoneOnMatonOnes() throws Exception {
    GhlClient view = ghl.withConnection("conn_view");
    List<String> failures = new ArrayList<>();
    exerciseAll(api -> view.api(api), failures, op -> op.token().equals("maton") ? null : "conn_view");
    assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
  }

  @Test
  void versionOverrideReplacesTheSpecVersionOnGhlOperationsOnly() throws Exception {
    GhlClient overridden = FacadeTestSupport.builder(wm).versionOverride("2099-01-01").build();
    overridden.contacts().getContact("c1");
    assertEquals("2099-01-01", FacadeTestSupport.onlyRequest(wm).getHeader("Version"));
    wm.resetRequests();
    overridden.calendars().getCalendar("cal1");
    assertEquals("2099-01-01", FacadeTestSupport.onlyRequest(wm).getHeader("Version"));
    wm.resetRequests();
    overridden.connections().getConnection("conn_x");
    assertFalse(FacadeTestSupport.onlyRequest(wm).containsHeader("Version"));
  }

  /** Calls every operation variant of every area through {@code client}; returns how many. */
  private int exerciseAll(Function<Class<?>, Object> client, List<String> failures,
      Function<GhlOperation, String> expectedConnection) throws Exception {
    int calls = 0;
    for (Class<?> api : FacadeTestSupport.apiInterfaces()) {
      Object proxy = client.apply(api);
      for (Method m : FacadeTestSupport.operations(api)) {
        GhlOperation op = m.getAnnotation(GhlOperation.class);
        wm.resetRequests();
        String sig = FacadeTestSupport.signature(m);
        try {
          m.invoke(proxy, FacadeTestSupport.validArgs(m));
        } catch (InvocationTargetException e) {
          failures.add(sig + " threw " + e.getCause());
          continue;
        }
        calls++;
        LoggedRequest r;
        try {
          r = FacadeTestSupport.onlyRequest(wm);
        } catch (AssertionError e) {
          failures.add(sig + ": " + e.getMessage());
          continue;
        }
        check(failures, sig, "method", op.method(), r.getMethod().getName());
        String path = URI.create(r.getAbsoluteUrl()).getRawPath();
        if (!path.matches(op.path().replaceAll("\\{[^}]+}", "[^/]+"))) {
          failures.add(sig + ": path " + path + " does not match " + op.path());
        }
        check(failures, sig, "Authorization", "Bearer " + KEY, r.getHeader("Authorization"));
        check(failures, sig, "Maton-Connection", expectedConnection.apply(op), header(r, "Maton-Connection"));
        check(failures, sig, "Version", op.version().isEmpty() ? null : op.version(), header(r, "Version"));
        String ua = r.getHeader("User-Agent");
        if (ua == null || !ua.startsWith("ghl-maton-java/" + GhlClient.version())) {
          failures.add(sig + ": User-Agent " + ua);
        }
      }
    }
    return calls;
  }

  private static String header(LoggedRequest r, String name) {
    if (!r.containsHeader(name)) {
      return null;
    }
    HttpHeader h = r.getHeaders().getHeader(name);
    if (h.values().size() != 1) {
      return "multiple values " + h.values();
    }
    return h.firstValue();
  }

  private static void check(List<String> failures, String sig, String what, String expected, String actual) {
    if (expected == null ? actual != null : !expected.equals(actual)) {
      failures.add(sig + ": " + what + " expected " + expected + " but was " + actual);
    }
  }

  @Test
  void versionsFollowTheAreaConvention() {
    for (Class<?> api : FacadeTestSupport.apiInterfaces()) {
      for (Method m : FacadeTestSupport.operations(api)) {
        GhlOperation op = m.getAnnotation(GhlOperation.class);
        String expected = switch (api.getSimpleName()) {
          case "CalendarsApi", "ConversationsApi", "KnowledgeBaseApi", "ConversationAiApi", "VoiceAiApi", "AgentStudioApi",
              "SaasApi" -> "2021-04-15";
          case "ConnectionsApi" -> "";
          default -> "2021-07-28";
        };
        if (!expected.equals(op.version())) {
          fail(FacadeTestSupport.signature(m) + " has x-ghl-version '" + op.version() + "', expected '" + expected + "'");
        }
        if (api.getSimpleName().equals("ConnectionsApi")) {
          assertEquals("maton", op.token());
        } else if ((api.getSimpleName().equals("LocationsApi") || api.getSimpleName().equals("SnapshotsApi")
            || api.getSimpleName().equals("CompaniesApi") || api.getSimpleName().equals("CustomMenusApi")
            || api.getSimpleName().equals("SaasApi")
            // agency-only operations outside those areas: GHL's security lists only Agency-Access (for a PIT)
            || op.operationId().equals("filterUsersByEmail") || op.operationId().equals("uninstallMarketplaceApp"))
            // the one sub-account operation of those areas: Scopes.md lists the timezones as Sub-Account only
            && !op.operationId().equals("getLocationTimezones")) {
          assertEquals("agency", op.token(), FacadeTestSupport.signature(m));
        } else {
          assertEquals("sub-account", op.token(), FacadeTestSupport.signature(m));
        }
      }
    }
  }
}
