package dev.pitkit.ghl.testkit;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.verification.diff.Diff;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.testkit.internal.ConnectionKinds;
import dev.pitkit.ghl.testkit.internal.FaultInjector;
import dev.pitkit.ghl.testkit.internal.GatewayChecks;
import dev.pitkit.ghl.testkit.internal.OperationStub;
import dev.pitkit.ghl.testkit.internal.RecordingSleeper;
import dev.pitkit.ghl.testkit.internal.SpecHolder;
import dev.pitkit.ghl.testkit.internal.StubCatalog;
import dev.pitkit.ghl.testkit.internal.StubLayout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * A JUnit 5 extension running a mock Maton gateway: a {@link WireMockExtension} on a dynamic port
 * with a stub for every operation of the spec (answered with the spec's examples), the gateway's
 * 401 for requests without {@code Authorization}, and a {@link GhlClient} already pointed at it.
 *
 * <pre>{@code
 * @RegisterExtension
 * static GhlMockExtension ghl = GhlMockExtension.create();
 *
 * @Test
 * void listsContacts() {
 *   PageChain chain = ghl.operation("listContacts").pages(3, 2);
 *   List<String> ids = ghl.client()
 *       .paginate(ContactsApi.class, api -> api.listContacts("loc123", 2, null, null, null),
 *           ContactsListResponse::getContacts)
 *       .stream().map(Contact::getId).toList();
 *   assertEquals(chain.itemIds(), ids);
 *   ghl.verify().routing();                    // Authorization, Maton-Connection, Version on every call
 * }
 * }</pre>
 *
 * <p>After each test, the extension fails the test when a request matched no stub or lacked a
 * required query parameter (naming the closest stub, from WireMock's near-miss API) or, unless
 * disabled, when a request violates the spec (unknown or missing parameters, missing required body
 * fields, wrong types), checked with swagger-request-validator. Stubs, faults, recorded requests
 * and sleeps are reset before each test.
 *
 * <p>Outside JUnit (a shell, a demo, another test framework), {@link GhlMockServer} is the same
 * gateway as a server you start and stop.
 *
 * <p>Instance-scoped: no static WireMock DSL (WireMock issue #169), so test classes can run in
 * parallel. A {@code static} field shares one server per class (its test methods must then not
 * run concurrently); an instance field gets a fresh server per test.
 */
public class GhlMockExtension extends WireMockExtension {
  /** The fake Maton API key of {@link #client()}. */
  public static final String API_KEY = "test_maton_key_not_secret";
  /** The agency connection id of {@link #client()}. */
  public static final String AGENCY_CONNECTION = "conn_agency_test";
  /** The sub-account connection id of {@link #client()}. */
  public static final String SUB_ACCOUNT_CONNECTION = "conn_sub_account_test";
  /** Priority of the helpers' stubs: above a user's default-priority stub and the spec stubs. */
  static final int HELPER_PRIORITY = 3;

  private final String apiKey;
  private final String agencyConnection;
  private final String subAccountConnection;
  /** The connections {@code verify().routing()} knows the kind of: the client's and the known ones. */
  private final Map<String, String> routingKinds;
  private final int maxRetries;
  private final boolean validateRequests;
  private final boolean failOnUnmatched;
  private final FaultInjector faults;
  private final StubCatalog catalog = SpecHolder.catalog();
  private final Gateway gateway = new Gateway();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final Set<UUID> handledViolations = ConcurrentHashMap.newKeySet();
  private final Set<UUID> handledUnmatched = ConcurrentHashMap.newKeySet();
  private volatile boolean validationSkipped;
  private GhlClient client;
  private String clientBaseUrl;

  /** For subclasses: a gateway configured by {@code builder}. */
  protected GhlMockExtension(Builder builder) {
    this(builder, new FaultInjector(SpecHolder.catalog(), false, null));
  }

  private GhlMockExtension(Builder b, FaultInjector faults) {
    this(b, faults, ConnectionKinds.ofClient(b.agencyConnection, b.subAccountConnection, b.knownConnections));
  }

  /** {@code kinds}: the connections whose kind is known, for verify().routing() and (when checked) the gateway. */
  private GhlMockExtension(Builder b, FaultInjector faults, Map<String, String> kinds) {
    super(wireMock(b, faults, b.checkConnectionKinds ? kinds : Map.of()));
    this.apiKey = b.apiKey;
    this.agencyConnection = b.agencyConnection;
    this.subAccountConnection = b.subAccountConnection;
    this.routingKinds = kinds;
    this.maxRetries = b.maxRetries;
    this.validateRequests = b.validateRequests;
    this.failOnUnmatched = b.failOnUnmatchedRequests;
    this.faults = faults;
  }

  private static WireMockExtension.Builder wireMock(Builder b, FaultInjector faults, Map<String, String> checkedKinds) {
    WireMockConfiguration config = WireMockConfiguration.wireMockConfig()
        .dynamicPort()
        .mappingSource(GhlStubs.mappingsSource())
        .extensions(new GatewayChecks(SpecHolder.catalog(), checkedKinds), faults); // GHL's own answers first, faults on top
    if (b.configurer != null) {
      b.configurer.accept(config);
    }
    return WireMockExtension.newInstance()
        .options(config)
        .configureStaticDsl(false)
        .failOnUnmatchedRequests(false) // done here, with the closest stub named
        .resetOnEachTest(true);
  }

  /** A gateway with the defaults: request validation and unmatched-request checks on. */
  public static GhlMockExtension create() {
    return builder().build();
  }

  /** A builder for a customised gateway. */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- lifecycle

  @Override
  protected void onBeforeAll(ExtensionContext context, WireMockRuntimeInfo info) {
    if (validateRequests) {
      SpecHolder.prewarmValidator();
    }
    super.onBeforeAll(context, info);
  }

  @Override
  protected void onBeforeEach(ExtensionContext context, WireMockRuntimeInfo info) {
    resetRequests();
    resetScenarios();
    faults.clear();
    sleeper.clear();
    handledViolations.clear();
    handledUnmatched.clear();
    validationSkipped = false;
    if (validateRequests) {
      SpecHolder.prewarmValidator();
    }
    super.onBeforeEach(context, info);
  }

  @Override
  protected void onAfterEach(ExtensionContext context, WireMockRuntimeInfo info) {
    super.onAfterEach(context, info);
    List<String> problems = new ArrayList<>();
    if (failOnUnmatched) {
      problems.addAll(collectUnmatched(false));
    }
    if (validateRequests && !validationSkipped) {
      problems.addAll(collectViolations(false));
    }
    if (!problems.isEmpty()) {
      throw new AssertionFailedError("GHL mock gateway: " + problems.size() + " problem(s) with the requests this test sent:\n"
          + String.join("\n", problems));
    }
  }

  // ---------------------------------------------------------------- client

  /**
   * A {@link GhlClient} pointed at this gateway: fake key {@link #API_KEY}, connections
   * {@link #AGENCY_CONNECTION} and {@link #SUB_ACCOUNT_CONNECTION}, retries that never really
   * sleep (see {@link #sleeps()}), no client-side rate limiting. Rebuilt when the port changes.
   */
  public synchronized GhlClient client() {
    String url = baseUrl();
    if (client == null || !url.equals(clientBaseUrl)) {
      client = clientBuilder().build();
      clientBaseUrl = url;
    }
    return client;
  }

  /** A builder preset like {@link #client()}, to customise (timeouts, retries, logging...). */
  public GhlClient.Builder clientBuilder() {
    return GhlClient.builder()
        .apiKey(apiKey)
        .baseUrl(baseUrl())
        .agencyConnection(agencyConnection)
        .subAccountConnection(subAccountConnection)
        .maxRetries(maxRetries)
        .sleeper(sleeper)
        .rateLimiting(false)
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(10));
  }

  /** The waits the client asked for (retry backoff, Retry-After) in this test; nothing really slept. */
  public List<Duration> sleeps() {
    return sleeper.sleeps();
  }

  /** The API key {@link #client()} sends. */
  public String apiKey() {
    return apiKey;
  }

  /** The agency connection {@link #client()} uses. */
  public String agencyConnection() {
    return agencyConnection;
  }

  /** The sub-account connection {@link #client()} uses. */
  public String subAccountConnection() {
    return subAccountConnection;
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Helpers for one operation, by the spec's operationId.
   *
   * @throws IllegalArgumentException (with suggestions) for an unknown operationId
   */
  public OperationStubs operation(String operationId) {
    return new OperationStubs(gateway, catalog.operation(operationId));
  }

  /** Faults for the next {@code n} calls, whatever the operation. */
  public CallFaults nextCalls(int n) {
    return new CallFaults(faults, null, n);
  }

  /** Faults for every call, whatever the operation. */
  public CallFaults allCalls() {
    return new CallFaults(faults, null, -1);
  }

  /** This gateway as the helpers and assertions see it. */
  private final class Gateway implements MockGateway {
    @Override
    public void addStubMapping(StubMapping mapping) {
      GhlMockExtension.this.addStubMapping(mapping);
    }

    @Override
    public FaultInjector faults() {
      return faults;
    }

    @Override
    public StubCatalog catalog() {
      return catalog;
    }

    @Override
    public List<ServeEvent> serveEvents() {
      return getAllServeEvents();
    }

    @Override
    public String journalScope() {
      return "in this test";
    }

    @Override
    public String connectionProblem(String token, String actual) {
      return ConnectionKinds.problem(routingKinds, token, actual);
    }
  }

  // ---------------------------------------------------------------- assertions

  /** The requests sent in this test, oldest first. */
  public List<LoggedRequest> requests() {
    return gateway.requests();
  }

  /** The requests addressed to {@code operationId} (by method and path) in this test, oldest first. */
  public List<LoggedRequest> requestsFor(String operationId) {
    return gateway.requestsFor(operationId);
  }

  /** How many times {@code operationId} was called in this test. */
  public int callCount(String operationId) {
    return requestsFor(operationId).size();
  }

  /**
   * Assertions on the requests of this test: {@code ghl.verify().called("getContact", 1)},
   * {@code .called(id, n, json)}, {@code .authorization()}, {@code .authorization(key)},
   * {@code .connection(id)}, {@code .routing()}.
   */
  public GhlMockAssertions verify() {
    return new GhlMockAssertions(gateway);
  }

  /**
   * The spec violations of the requests sent so far in this test, which then no longer fail
   * the test: for tests that send invalid requests on purpose and assert on the report.
   */
  public List<String> takeRequestViolations() {
    return collectViolations(true);
  }

  /** The requests that matched no stub so far (with the closest stub), which then no longer fail the test. */
  public List<String> takeUnmatchedRequests() {
    return collectUnmatched(true);
  }

  /** Turns request validation off for the rest of the current test. */
  public void skipRequestValidation() {
    validationSkipped = true;
  }

  // ---------------------------------------------------------------- internals

  /** The operation a request addressed (by method and path), if any. */

  private List<String> collectUnmatched(boolean markHandled) {
    List<String> out = new ArrayList<>();
    List<ServeEvent> events = new ArrayList<>(getAllServeEvents());
    Collections.reverse(events);
    for (ServeEvent e : events) {
      if (matchedAStub(e) || handledUnmatched.contains(e.getId())) {
        continue;
      }
      if (markHandled) {
        handledUnmatched.add(e.getId());
      }
      out.add(describeUnmatched(e.getRequest(), e.getWasMatched()));
    }
    return out;
  }

  /**
   * Whether a stub answered the request as the operation: a request lacking a required query
   * parameter gets GHL's 422 from its missing-query stub, but is reported like an unmatched one.
   */
  private static boolean matchedAStub(ServeEvent e) {
    return e.getWasMatched() && !GatewayChecks.isMissingQueryStub(e.getStubMapping());
  }

  private String describeUnmatched(LoggedRequest r, boolean answeredMissingQuery) {
    StringBuilder s = new StringBuilder(answeredMissingQuery
        ? "  " + line(r) + " lacks a required query parameter (answered GHL's 422)" : "  no stub matched " + line(r));
    Optional<OperationStub> addressed = gateway.operationOf(r);
    StubMapping closest = closestStub(r, addressed);
    String name = addressed.map(OperationStub::operationId)
        .orElse(closest == null ? null : closest.getName() != null ? closest.getName() : String.valueOf(closest.getId()));
    if (name == null) {
      s.append("\n    no stub is close (GHL paths start with /highlevel-pit/, Maton's with /connections)");
      return s.toString();
    }
    s.append("\n    closest stub: ").append(name);
    catalogEntry(name).ifPresent(op -> {
      s.append(" (").append(op.method()).append(' ').append(op.path())
          .append(op.requiredQuery().isEmpty() ? "" : ", required query: " + String.join(", ", op.requiredQuery())).append(')');
      List<String> missing = new ArrayList<>();
      for (String q : op.requiredQuery()) {
        if (r.queryParameter(q) == null || !r.queryParameter(q).isPresent()) {
          missing.add(q);
        }
      }
      if (addressed.isPresent() && !missing.isEmpty()) {
        s.append("\n    missing required query parameter(s): ").append(String.join(", ", missing));
      }
    });
    if (closest != null) {
      s.append("\n    ").append(new Diff(closest, r).toString().strip().replace("\n", "\n    "));
    }
    return s.toString();
  }

  /**
   * The stub nearest the request (WireMock's match distance) among the operations' own stubs and
   * the test's: the gateway's checks and an operation's end-of-list and missing-query stubs answer
   * for an operation, they are not one. Only the addressed operation's stubs, when it is known.
   */
  private StubMapping closestStub(LoggedRequest r, Optional<OperationStub> addressed) {
    StubMapping closest = null;
    double best = Double.MAX_VALUE;
    for (StubMapping stub : getStubMappings()) {
      String name = stub.getName();
      if (StubLayout.isHelperMapping(name) || addressed.isPresent() && !addressed.get().operationId().equals(name)) {
        continue;
      }
      double distance = stub.getRequest().match(r).getDistance();
      if (distance < best) {
        best = distance;
        closest = stub;
      }
    }
    return closest;
  }

  private Optional<OperationStub> catalogEntry(String name) {
    return Optional.ofNullable(catalog.operations().get(name));
  }

  private List<String> collectViolations(boolean markHandled) {
    List<String> out = new ArrayList<>();
    List<ServeEvent> events = new ArrayList<>(getAllServeEvents());
    Collections.reverse(events);
    for (ServeEvent e : events) {
      if (handledViolations.contains(e.getId()) || (!matchedAStub(e) && failOnUnmatched && !markHandled)) {
        continue;
      }
      List<String> violations = matchedAStub(e) ? SpecHolder.validator().validateAnswered(e.getRequest())
          : SpecHolder.validator().validate(e.getRequest());
      if (markHandled) {
        handledViolations.add(e.getId());
      }
      if (!violations.isEmpty()) {
        out.add("  " + line(e.getRequest()) + " violates the spec:\n    - " + String.join("\n    - ", violations));
      }
    }
    return out;
  }

  /** {@code METHOD url} of a request, for messages. */
  static String line(LoggedRequest r) {
    return r.getMethod().getName() + " " + r.getUrl();
  }

  /** Configures a {@link GhlMockExtension}. */
  public static final class Builder {
    private String apiKey = API_KEY;
    private String agencyConnection = AGENCY_CONNECTION;
    private String subAccountConnection = SUB_ACCOUNT_CONNECTION;
    private int maxRetries = 2;
    private boolean validateRequests = true;
    private boolean failOnUnmatchedRequests = true;
    private boolean checkConnectionKinds = true;
    private final ConnectionKinds knownConnections = new ConnectionKinds();
    private Consumer<WireMockConfiguration> configurer;

    private Builder() {}

    /** Validate every request against the spec and fail the test on a violation (default true). */
    public Builder validateRequests(boolean validate) {
      this.validateRequests = validate;
      return this;
    }

    /**
     * Fail the test when a request matched no stub, or lacked a required query parameter (it gets
     * GHL's 422 either way), naming the closest stub (default true). Off, such a request still
     * fails the test as a spec violation (an unknown path, a missing parameter) while
     * {@link #validateRequests(boolean)} is on; turn both off to send requests outside the spec.
     */
    public Builder failOnUnmatchedRequests(boolean fail) {
      this.failOnUnmatchedRequests = fail;
      return this;
    }

    /** The fake API key of {@link #client()} (default {@link #API_KEY}). */
    public Builder apiKey(String key) {
      this.apiKey = Objects.requireNonNull(key, "key");
      return this;
    }

    /** The agency connection of {@link #client()} (default {@link #AGENCY_CONNECTION}). */
    public Builder agencyConnection(String id) {
      this.agencyConnection = Objects.requireNonNull(id, "id");
      return this;
    }

    /** The sub-account connection of {@link #client()} (default {@link #SUB_ACCOUNT_CONNECTION}). */
    public Builder subAccountConnection(String id) {
      this.subAccountConnection = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Further connection ids the gateway knows to be agency connections (say, those your code sends
     * with {@code withConnection(...)}), besides {@link #agencyConnection(String)}.
     */
    public Builder knownAgencyConnections(String... ids) {
      knownConnections.add(ConnectionKinds.AGENCY, ids);
      return this;
    }

    /** Further connection ids the gateway knows to be sub-account connections, besides {@link #subAccountConnection(String)}. */
    public Builder knownSubAccountConnections(String... ids) {
      knownConnections.add(ConnectionKinds.SUB_ACCOUNT, ids);
      return this;
    }

    /**
     * Answer a known connection of the wrong kind as GHL does (default true): an agency connection
     * on an operation GHL allows only a sub-account token for gets 401 {@code "Token's user type
     * mismatch"}, a sub-account connection on an agency operation 403 {@code "The token does not
     * have access to this location."}. Known: the client's two connections and the
     * {@code known...Connections}; any other connection, or none, is accepted.
     */
    public Builder checkConnectionKinds(boolean check) {
      this.checkConnectionKinds = check;
      return this;
    }

    /** Retries of {@link #client()} (default 2, as the client's default). */
    public Builder maxRetries(int n) {
      this.maxRetries = n;
      return this;
    }

    /**
     * Adjusts the WireMock configuration (after the testkit's: dynamic port, the GHL mappings
     * source, the fault injector). E.g. {@code c -> c.port(8089)} or extra extensions.
     */
    public Builder configure(Consumer<WireMockConfiguration> configurer) {
      this.configurer = configurer;
      return this;
    }

    /** The extension, to register with {@code @RegisterExtension}. */
    public GhlMockExtension build() {
      return new GhlMockExtension(this);
    }
  }
}
