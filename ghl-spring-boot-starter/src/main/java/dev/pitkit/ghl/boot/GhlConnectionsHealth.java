package dev.pitkit.ghl.boot;

import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.RequestOptions;
import dev.pitkit.ghl.client.error.GhlApiException;
import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.client.error.GhlException;
import dev.pitkit.ghl.model.Connection;
import dev.pitkit.ghl.model.ConnectionResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The status of the configured Maton connections, as the health indicators of both Spring Boot
 * lines report it: {@code GET /connections/{id}} for each, through the client (so the checks spend
 * the client's rate budget and show in its metrics), without retries, with a deadline, and the
 * result reused for a time to live. A probe waits at most the timeout per connection, whatever
 * holds the check (the gateway, or the rate limiter when the application has spent the budget):
 * past it the probe says {@code UNKNOWN} and the check goes on in the background, its result kept
 * for the next probe, which does not start another one meanwhile.
 *
 * <p>Status: {@code UP} when every connection is {@code ACTIVE}; {@code DOWN} when one is
 * {@code FAILED} or its check is refused (401, 403, 404: a wrong API key or a deleted connection);
 * {@code OUT_OF_SERVICE} when one is {@code PENDING} (authorization not completed); {@code UNKNOWN}
 * when a check could not tell (429, 5xx, I/O) or no connection is configured. Details per
 * connection ({@code agency}, {@code sub-account}): its id and status, or the error's type and
 * HTTP status. Never the API key. Thread-safe.
 */
public final class GhlConnectionsHealth {
  private final GhlClient client;
  private final Map<String, String> connections;
  private final Duration ttl;
  private final Clock clock;
  private final Duration deadline;
  /** Runs the checks; its one thread ends when idle, so nothing needs closing. */
  private final ThreadPoolExecutor checker;
  private Result cached;
  private Instant expires = Instant.MIN;
  /** The check under way, if any: probes that come meanwhile wait for it rather than start another. */
  private CompletableFuture<Result> running;

  /**
   * @param client the client whose connections are checked
   * @param connections the connections to check, by name ({@code agency}, {@code sub-account}), in order
   * @param ttl how long a result is reused (zero: never)
   * @param timeout the deadline of each check
   * @param clock the time source of the cache
   */
  public GhlConnectionsHealth(GhlClient client, Map<String, String> connections, Duration ttl, Duration timeout,
      Clock clock) {
    this.client = Objects.requireNonNull(client, "client")
        .withOptions(RequestOptions.builder().maxRetries(0).timeout(Objects.requireNonNull(timeout, "timeout")).build());
    this.connections = Collections.unmodifiableMap(new LinkedHashMap<>(connections));
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.deadline = timeout.multipliedBy(Math.max(1, this.connections.size()));
    this.checker = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, "ghl-health-check");
      t.setDaemon(true);
      return t;
    });
    this.checker.allowCoreThreadTimeOut(true);
  }

  /** The connections of the {@code ghl.connections.*} properties, checked as {@code ghl.health.*} says. */
  static GhlConnectionsHealth of(GhlClient client, GhlProperties p) {
    Map<String, String> connections = new LinkedHashMap<>();
    if (!GhlAutoConfiguration.isBlank(p.getConnections().getAgency())) { // empty is unset, as for the client
      connections.put("agency", p.getConnections().getAgency());
    }
    if (!GhlAutoConfiguration.isBlank(p.getConnections().getSubAccount())) {
      connections.put("sub-account", p.getConnections().getSubAccount());
    }
    Duration ttl = p.getHealth().getCacheTtl();
    if (ttl == null || ttl.isNegative()) {
      throw new GhlPropertyException("ghl.health.cache-ttl", "must be zero (no cache) or a positive duration");
    }
    if (p.getHealth().getTimeout() == null) {
      throw new GhlPropertyException("ghl.health.timeout", "must not be empty");
    }
    try {
      return new GhlConnectionsHealth(client, connections, ttl, p.getHealth().getTimeout(), Clock.systemUTC());
    } catch (GhlConfigurationException e) { // the per-call options' check, reported as the property's
      throw GhlAutoConfiguration.asPropertyProblem(e, Map.of("timeout", "ghl.health.timeout"));
    }
  }

  /**
   * The current result: the cached one while it is fresh, otherwise a check of every connection, one
   * after the other. A probe waits for it up to the timeout per connection, then answers
   * {@code UNKNOWN} while the check goes on; callers that come while a check runs wait for that
   * check and share its result.
   */
  public Result check() {
    CompletableFuture<Result> check;
    synchronized (this) {
      Instant now = clock.instant();
      if (cached != null && now.isBefore(expires)) {
        return cached;
      }
      check = running;
      if (check == null) {
        running = check = CompletableFuture.supplyAsync(this::checkNow, checker);
        check.whenComplete((result, failure) -> finished(result, now)); // may run here, at once
      }
    }
    try {
      return check.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return unknown("the check did not finish within " + deadline.toMillis()
          + " ms (the gateway is slow, or the rate limiter is holding it); it goes on, and a later probe reports it");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return unknown("interrupted while waiting for the check");
    } catch (ExecutionException e) {
      return unknown("the check failed: " + e.getCause().getClass().getSimpleName());
    }
  }

  private synchronized void finished(Result result, Instant started) {
    if (result != null) {
      cached = result;
      expires = started.plus(ttl);
    }
    running = null;
  }

  private static Result unknown(String reason) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("reason", reason);
    return new Result("UNKNOWN", details);
  }

  private Result checkNow() {
    Map<String, Object> details = new LinkedHashMap<>();
    if (connections.isEmpty()) {
      details.put("reason", "no connection configured (ghl.connections.agency, ghl.connections.sub-account)");
      return new Result("UNKNOWN", details);
    }
    int worst = 0; // 0 UP, 1 UNKNOWN, 2 OUT_OF_SERVICE, 3 DOWN
    for (Map.Entry<String, String> c : connections.entrySet()) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("id", c.getValue());
      int rank;
      try {
        ConnectionResponse r = client.connections().getConnection(c.getValue());
        Connection conn = r == null ? null : r.getConnection();
        String status = conn == null || conn.getStatus() == null ? "UNKNOWN" : conn.getStatus().getValue();
        d.put("status", status);
        rank = switch (status) {
          case "ACTIVE" -> 0;
          case "PENDING" -> 2;
          case "FAILED" -> 3;
          default -> 1;
        };
      } catch (GhlException e) {
        d.put("error", e.getClass().getSimpleName());
        int http = e instanceof GhlApiException api ? api.status() : 0;
        if (http != 0) {
          d.put("httpStatus", http);
        }
        rank = http == 401 || http == 403 || http == 404 ? 3 : 1;
      }
      details.put(c.getKey(), d);
      worst = Math.max(worst, rank);
    }
    return new Result(switch (worst) {
      case 0 -> "UP";
      case 1 -> "UNKNOWN";
      case 2 -> "OUT_OF_SERVICE";
      default -> "DOWN";
    }, details);
  }

  /** One health result: a Spring Boot status code and details, independent of the Boot line. */
  public static final class Result {
    private final String status;
    private final Map<String, Object> details;

    Result(String status, Map<String, Object> details) {
      this.status = status;
      this.details = Collections.unmodifiableMap(details);
    }

    /** {@code UP}, {@code DOWN}, {@code OUT_OF_SERVICE} or {@code UNKNOWN}. */
    public String status() {
      return status;
    }

    /** Per connection name, its id and status or error. */
    public Map<String, Object> details() {
      return details;
    }

    @Override
    public String toString() {
      return status + " " + details;
    }
  }
}
