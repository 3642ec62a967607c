package dev.pitkit.ghl.testkit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.testkit.internal.ConnectionKinds;
import dev.pitkit.ghl.testkit.internal.FaultInjector;
import dev.pitkit.ghl.testkit.internal.FaultRule;
import dev.pitkit.ghl.testkit.internal.GatewayChecks;
import dev.pitkit.ghl.testkit.internal.SpecHolder;
import dev.pitkit.ghl.testkit.internal.SpecValidator;
import dev.pitkit.ghl.testkit.internal.StubCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A standalone mock of the Maton gateway: a WireMock server with the stub of every spec operation
 * (the spec's examples) under the gateway's paths ({@code /highlevel-pit/...},
 * {@code /connections...}), 401 with a GHL-style body for requests without
 * {@code Authorization}, and faults on demand: per request with the header
 * {@code X-Mock-Fault: 429 | 500 | reset | empty | delay=200 | stall=2000 | retry-after=5 | no-retry-after}, or for
 * all requests with {@link Options}. Not stateful: a create does not change what a get returns.
 *
 * <pre>{@code
 * try (GhlMockServer gw = GhlMockServer.start(0)) {    // 0: any free port
 *   GhlClient ghl = GhlClient.builder().apiKey("test_maton_key_not_secret").baseUrl(gw.baseUrl())
 *       .agencyConnection("conn_agency").subAccountConnection("conn_sub").build();
 *   ghl.contacts().getContact("abc123");
 * }
 * }</pre>
 * From a shell: {@code java -jar ghl-testkit-<version>-standalone.jar --port 8089} (see {@link GhlMockServerMain}).
 * It has the extension's helpers ({@link #operation}, {@link #verify()}, {@link #nextCalls}), its
 * journal running from the start or the last {@link #reset()}.
 * In JUnit 5 tests, {@link GhlMockExtension} serves the same stubs with per-test checks; the pair
 * follows WireMock's {@code WireMockServer} / {@code WireMockExtension}.
 */
public final class GhlMockServer implements AutoCloseable {
  private final WireMockServer server;
  private final FaultInjector faults;
  private final List<FaultRule> optionFaults;
  private final Map<String, String> connectionKinds;
  private final MockGateway gateway = new Gateway();

  private GhlMockServer(WireMockServer server, FaultInjector faults, List<FaultRule> optionFaults,
      Map<String, String> connectionKinds) {
    this.server = server;
    this.faults = faults;
    this.optionFaults = List.copyOf(optionFaults);
    this.connectionKinds = connectionKinds;
  }

  /** Starts a gateway on {@code port} (0 for any free port), bound to all interfaces, with the default options. */
  public static GhlMockServer start(int port) {
    return start(Options.defaults().port(port));
  }

  /** Starts a gateway with these options. */
  public static GhlMockServer start(Options options) {
    Objects.requireNonNull(options, "options");
    StubCatalog catalog = SpecHolder.catalog();
    SpecValidator validator = options.validateRequests ? SpecHolder.validator() : null;
    FaultInjector faults = new FaultInjector(catalog, options.headerFaults, validator == null ? null : validator::validateAnswered);
    List<FaultRule> rules = options.resolve().rules;
    rules.forEach(faults::add);
    Map<String, String> kinds = options.connections.snapshot();
    WireMockConfiguration config = WireMockConfiguration.wireMockConfig()
        .mappingSource(GhlStubs.mappingsSource())
        .extensions(new GatewayChecks(catalog, kinds), faults) // GHL's own answers first, faults on top
        .notifier(options.verbose ? new ConsoleNotifier(true) : new Slf4jNotifier(false));
    if (options.port == 0) {
      config.dynamicPort();
    } else {
      config.port(options.port);
    }
    if (options.bindAddress != null) {
      config.bindAddress(options.bindAddress);
    }
    WireMockServer server = new WireMockServer(config);
    server.start();
    return new GhlMockServer(server, faults, rules, kinds);
  }

  /** The URL to give a client as its base URL, e.g. {@code http://localhost:8089}. */
  public String baseUrl() {
    return server.baseUrl();
  }

  /** The port it listens on. */
  public int port() {
    return server.port();
  }

  /** Number of operations served. */
  public int operationCount() {
    return SpecHolder.catalog().operations().size();
  }

  /** The underlying WireMock server (stubs, request journal, admin API). */
  public WireMockServer server() {
    return server;
  }

  /** Whether it is running. */
  public boolean isRunning() {
    return server.isRunning();
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.stop();
  }

  /**
   * Helpers for one operation, by the spec's operationId, as on {@link GhlMockExtension#operation}:
   * {@code gateway.operation("getContact").willReturnError(404)}, {@code .pages(3, 2)},
   * {@code .nextCalls(2).rateLimited(...)}, {@code .verifyCalled(1)}. Stubs and faults added
   * through them stay until {@link #reset()}.
   *
   * @throws IllegalArgumentException (with suggestions) for an unknown operationId
   */
  public OperationStubs operation(String operationId) {
    return new OperationStubs(gateway, SpecHolder.catalog().operation(operationId));
  }

  /** Faults for the next {@code n} calls, whatever the operation (until used, or {@link #reset()}). */
  public CallFaults nextCalls(int n) {
    return new CallFaults(faults, null, n);
  }

  /** Faults for every call, whatever the operation (until {@link #reset()} or {@link #clearFaults()}). */
  public CallFaults allCalls() {
    return new CallFaults(faults, null, -1);
  }

  /** The requests received since the server started or was {@link #reset()}, oldest first. */
  public List<LoggedRequest> requests() {
    return gateway.requests();
  }

  /** The requests addressed to {@code operationId} (by method and path), oldest first. */
  public List<LoggedRequest> requestsFor(String operationId) {
    return gateway.requestsFor(operationId);
  }

  /** How many times {@code operationId} was called since the server started or was {@link #reset()}. */
  public int callCount(String operationId) {
    return requestsFor(operationId).size();
  }

  /**
   * Assertions on the requests received since the server started or was {@link #reset()}:
   * {@code gateway.verify().called("getContact", 1)}, {@code .called(id, n, json)},
   * {@code .authorization(key)}, {@code .connection(id)}, {@code .routing()} (the
   * {@code Maton-Connection} of an agency or sub-account operation is one the options name for that
   * kind, or any when they name none).
   */
  public GhlMockAssertions verify() {
    return new GhlMockAssertions(gateway);
  }

  /**
   * Puts the server back as it started: the spec's stubs only, an empty request journal, the
   * options' faults only. For a server shared by several tests (a Spring test context's).
   */
  public void reset() {
    server.resetToDefaultMappings();
    server.resetRequests();
    server.resetScenarios();
    faults.clear();
    optionFaults.forEach(faults::add);
  }

  /** Removes every fault rule (those of the options included). */
  public void clearFaults() {
    faults.clear();
  }

  /** This server as the helpers and assertions see it. */
  private final class Gateway implements MockGateway {
    @Override
    public void addStubMapping(StubMapping mapping) {
      server.addStubMapping(mapping);
    }

    @Override
    public FaultInjector faults() {
      return faults;
    }

    @Override
    public StubCatalog catalog() {
      return SpecHolder.catalog();
    }

    @Override
    public List<ServeEvent> serveEvents() {
      return server.getAllServeEvents();
    }

    @Override
    public String journalScope() {
      return "since it started or was reset";
    }

    @Override
    public String connectionProblem(String token, String actual) {
      return ConnectionKinds.problem(connectionKinds, token, actual);
    }
  }

  /**
   * How a {@link GhlMockServer} runs. Faults given here apply to every request to an operation
   * (or to every {@code every}-th one).
   */
  public static final class Options {
    private int port = 8089;
    private String bindAddress;
    private boolean verbose;
    private boolean headerFaults = true;
    private boolean validateRequests;
    private int every = 1;
    private final List<FaultRule> rules = new ArrayList<>();
    private final List<Runnable> pending = new ArrayList<>();
    private final ConnectionKinds connections = new ConnectionKinds();
    private Duration retryAfter = Duration.ofSeconds(FaultInjector.DEFAULT_RETRY_AFTER_SECONDS);

    private Options() {}

    /** Port 8089, all interfaces, header faults on, no global faults, no validation. */
    public static Options defaults() {
      return new Options();
    }

    /** The port (0 for any free port). */
    public Options port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535");
      }
      this.port = port;
      return this;
    }

    /** The address to bind, e.g. {@code 127.0.0.1} (default: all interfaces). */
    public Options bindAddress(String address) {
      this.bindAddress = address;
      return this;
    }

    /** Log every request and response to the console. */
    public Options verbose(boolean verbose) {
      this.verbose = verbose;
      return this;
    }

    /** Honour the {@code X-Mock-Fault} request header (default true). */
    public Options headerFaults(boolean enabled) {
      this.headerFaults = enabled;
      return this;
    }

    /** Answer requests that violate the spec with a GHL-style 422 listing the violations. */
    public Options validateRequests(boolean validate) {
      this.validateRequests = validate;
      return this;
    }

    /**
     * Connection ids the gateway knows to be agency connections. A known connection of the wrong
     * kind gets GHL's answer: an agency connection on an operation GHL allows only a sub-account
     * token for 401 {@code "Token's user type mismatch"}, a sub-account connection on an agency
     * operation 403 {@code "The token does not have access to this location."}. Connections it was
     * not told of (by default: all) are accepted on every operation.
     */
    public Options agencyConnections(String... ids) {
      connections.add(ConnectionKinds.AGENCY, ids);
      return this;
    }

    /** Connection ids the gateway knows to be sub-account connections (see {@link #agencyConnections}). */
    public Options subAccountConnections(String... ids) {
      connections.add(ConnectionKinds.SUB_ACCOUNT, ids);
      return this;
    }

    /** Apply the global faults only to every {@code n}-th request (default 1: all). */
    public Options every(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("every must be >= 1");
      }
      this.every = n;
      return this;
    }

    /** {@code Retry-After} of the global 429s (default 1 s; null for none). */
    public Options retryAfter(Duration retryAfter) {
      this.retryAfter = retryAfter;
      return this;
    }

    /** Every request is answered 429 (with {@link #retryAfter}). */
    public Options rateLimitAll() {
      pending.add(() -> rules.add(FaultRule.respond(null, -1, every, 429, retryAfter, null)));
      return this;
    }

    /**
     * Every request is answered with this 5xx status.
     *
     * @throws IllegalArgumentException when it is not 500 to 599
     */
    public Options serverErrorAll(int status) {
      if (status < 500 || status > 599) {
        throw new IllegalArgumentException("not a 5xx status: " + status);
      }
      pending.add(() -> rules.add(FaultRule.respond(null, -1, every, status, null, null)));
      return this;
    }

    /** Every request's connection is reset. */
    public Options resetAll() {
      pending.add(() -> rules.add(FaultRule.fault(null, -1, every, FaultRule.Kind.RESET)));
      return this;
    }

    /** Every response is delayed (or every {@link #every}-th); a negative delay is refused here. */
    public Options delayAll(Duration delay) {
      FaultRule.checkDelay(delay);
      pending.add(() -> rules.add(FaultRule.delay(null, -1, every, delay)));
      return this;
    }

    /**
     * Every response's body (or every {@link #every}-th) stalls after the headers, complete only
     * after {@code stall}; a stall under 50 ms is refused here.
     */
    public Options stallAll(Duration stall) {
      FaultRule.checkStall(stall);
      pending.add(() -> rules.add(FaultRule.stall(null, -1, every, stall)));
      return this;
    }

    Options resolve() {
      rules.clear();
      pending.forEach(Runnable::run);
      return this;
    }
  }
}
