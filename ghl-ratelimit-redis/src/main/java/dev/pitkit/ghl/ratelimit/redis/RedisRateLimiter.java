package dev.pitkit.ghl.ratelimit.redis;

import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.client.resilience.RateLimitInfo;
import dev.pitkit.ghl.client.resilience.RateLimiter;
import dev.pitkit.ghl.client.resilience.Sleeper;
import dev.pitkit.ghl.client.resilience.SlidingWindowRateLimiter;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandInterruptedException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link RateLimiter} whose windows live in Redis, so that every JVM using the same Maton API
 * key and connection spends one budget: GHL's burst window per connection (100 requests in any
 * 10 s), GHL's daily budget per connection (200,000), Maton's window per API key (10 requests in any
 * second), and what GHL's {@code X-RateLimit-*} headers and {@code Retry-After} teach (one
 * instance's 429 or {@code X-RateLimit-Remaining: 0} pauses all of them).
 *
 * <pre>{@code
 * RedisRateLimiter shared = RedisRateLimiter.builder().fromEnv().build();   // GHL_REDIS_URL, MATON_API_KEY, ...
 * GhlClient ghl = GhlClient.builder().fromEnv().rateLimiter(shared).build();
 * // at shutdown: shared.close();
 * }</pre>
 *
 * <p><b>The rule and the algorithm.</b> GHL's limit is a sliding window: at most {@code N} requests in
 * <em>any</em> interval of length {@code W}. Each window is a Redis sorted set with one member per
 * admitted request, scored by the instant (microseconds) of the Redis server's own clock
 * ({@code TIME}): clients' clocks are never compared. One Lua script, atomic on the server, drops the
 * members older than {@code W}, and admits the request only if every window it spends holds fewer
 * than its maximum, adding it to all of them; otherwise it answers how long until the member that
 * blocks leaves, and the caller sleeps that long and asks again. So no interval of length {@code W}
 * ever holds more than {@code N} admissions. A token bucket (Redisson's {@code RRateLimiter},
 * Bucket4j) does not keep this rule: a full bucket lets its capacity through at once and then
 * refills while the window is still open, so one window can see the capacity plus a refill (up to
 * about 2N with capacity N and a refill of N per W); making it safe means a capacity of N/2, which
 * halves the rate.
 *
 * <p><b>Counting like the server.</b> As {@link SlidingWindowRateLimiter} does, the response to a
 * request moves its entry from the admission instant to the response's instant (Redis time), which
 * is at or after GHL counted the request: these windows never free a slot before GHL's does.
 *
 * <p><b>Safe by default.</b> No secret is written to Redis: keys carry a truncated SHA-256 of the API
 * key (and of the connection id), members are random, values are numbers. The key prefix is
 * configurable. Password and TLS come from the builder or the environment ({@link Builder#fromEnv()}).
 * Every Redis call has a timeout ({@link Builder#commandTimeout(Duration)}, default 200 ms). The API
 * key appears in no {@code toString()}, log line or exception message.
 *
 * <p><b>When Redis fails</b> (down at start, killed, slower than the command timeout), the request is
 * neither lost nor stuck: in {@link FailureMode#FAIL_OPEN} (the default) it is admitted by the in-JVM
 * fallback limiter; in {@link FailureMode#FAIL_CLOSED} it is refused with
 * {@link SharedRateLimitUnavailableException}, unsent. One WARN line is logged when an outage begins and
 * one INFO line when Redis answers again, not one per call. The limiter reconnects on its own
 * (Lettuce's reconnect, and a new connection attempt when there never was one); during an outage
 * one call per {@link Builder#reconnectInterval(Duration)} tries Redis, the others fall back at once,
 * so a slow Redis costs at most one command timeout per interval, not one per call. A call that timed out may
 * still have been admitted by Redis: that entry spends a slot of the window it was added to until it
 * ages out (at most one window), which errs on the side of sending less, never more.
 *
 * <p>Thread-safe; one instance per application (it holds one Redis connection, shared by all threads).
 * {@link #close()} releases the connection and the Redis client's threads.
 */
public final class RedisRateLimiter implements RateLimiter, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RedisRateLimiter.class);
  private static final String ACQUIRE = load("acquire.lua");
  private static final String RESPOND = load("respond.lua");
  private static final String UNTIL_FREE = load("until-free.lua");
  private static final String RELEASE = load("release.lua");
  private static final String RECORD = load("record.lua");
  /** Longest single sleep between two admission attempts, so a Redis outage is seen soon. */
  private static final long MAX_SLEEP_MICROS = 1_000_000;
  /** What {@link #start()} allows beyond the timeouts for a cold JVM's first connection. */
  private static final long START_GRACE_MILLIS = 5_000;

  private final Settings settings;
  private final RedisURI uri;
  private final String apiKeyHash;
  private final String accountTag;
  private final RateLimiter fallback;
  private final ClientResources resources;
  private final RedisClient client;
  private final AtomicBoolean outage = new AtomicBoolean();
  private final AtomicBoolean connecting = new AtomicBoolean();
  private final AtomicLong lastConnectAttemptNanos = new AtomicLong();
  private final AtomicLong outages = new AtomicLong();
  private final AtomicLong nextProbeNanos = new AtomicLong();
  private volatile StatefulRedisConnection<String, String> connection;
  private volatile boolean closed;
  /** Released by {@link #close()}: wakes callers waiting in the fallback. */
  private final CountDownLatch closing = new CountDownLatch(1);
  /** The last failure to reach Redis: why a caller that finds no connection has none. */
  private volatile Throwable lastFailure;
  private final String acquireSha;
  private final String respondSha;
  private final String untilFreeSha;
  private final String releaseSha;
  private final String recordSha;

  private RedisRateLimiter(Builder b, char[] password) {
    this.settings = new Settings(b);
    this.apiKeyHash = hash(b.apiKey);
    this.accountTag = settings.keyPrefix + ":{" + apiKeyHash + "}";
    this.fallback = b.fallback != null ? b.fallback
        : new SlidingWindowRateLimiter(settings.burstMax, settings.burstWindow, settings.matonMax, settings.matonWindow,
            SlidingWindowRateLimiter.monotonicClock(), this::sleepUnlessClosed);
    RedisURI.Builder ub = RedisURI.builder(RedisURI.create(b.url))
        // Lettuce bounds a connection's handshake (HELLO, AUTH) by the URI's timeout: the connect
        // timeout's, since a cold JVM's first handshake can take longer than one command may;
        // commands get the command timeout (TimeoutOptions below, and the connection's own)
        .withTimeout(settings.connectTimeout);
    if (b.tls) {
      ub.withSsl(true);
    }
    if (password != null && password.length > 0) {
      if (b.username != null) {
        ub.withAuthentication(b.username, password);
      } else {
        ub.withPassword(password);
      }
    }
    this.uri = ub.build();
    this.resources = DefaultClientResources.builder()
        .ioThreadPoolSize(2)
        .computationThreadPoolSize(2)
        .reconnectDelay(Delay.exponential(Duration.ofMillis(50), settings.reconnectInterval, 2, TimeUnit.MILLISECONDS))
        .build();
    this.client = RedisClient.create(resources, uri);
    client.setOptions(ClientOptions.builder()
        .autoReconnect(true)
        // while disconnected, a command fails at once (and the call falls back) instead of queueing
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .socketOptions(SocketOptions.builder().connectTimeout(settings.connectTimeout).keepAlive(true).build())
        .timeoutOptions(TimeoutOptions.enabled(settings.commandTimeout))
        .build());
    this.acquireSha = sha1(ACQUIRE);
    this.respondSha = sha1(RESPOND);
    this.untilFreeSha = sha1(UNTIL_FREE);
    this.releaseSha = sha1(RELEASE);
    this.recordSha = sha1(RECORD);
  }

  /** A builder with GHL's and Maton's documented limits and {@code redis://127.0.0.1:6379}. */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------------------------------------
  // RateLimiter

  /**
   * Waits until every window the request spends has room in Redis, and admits it there; when Redis
   * does not answer in time, hands the request to the fallback (fail-open) or refuses it (fail-closed).
   *
   * @throws DailyBudgetSpentException when the connection's shared daily budget is spent
   * @throws SharedRateLimitUnavailableException in {@link FailureMode#FAIL_CLOSED} when Redis does not answer
   * @throws InterruptedException when the thread is interrupted while waiting (nothing is admitted then)
   */
  @Override
  public Permit acquirePermit(String key) throws InterruptedException {
    String member = UUID.randomUUID().toString();
    Keys keys = keys(key);
    String[] args = {member, key == null ? "0" : "1", Integer.toString(settings.burstMax),
        Long.toString(micros(settings.burstWindow)), Integer.toString(settings.matonMax),
        Long.toString(micros(settings.matonWindow)), Long.toString(settings.dailyMax)};
    while (true) {
      if (closed) { // also for a caller that was waiting when close() came
        throw new IllegalStateException("this RedisRateLimiter is closed");
      }
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      List<Object> r;
      try {
        r = eval(ACQUIRE, acquireSha, keys.all, args);
      } catch (RedisCommandInterruptedException e) {
        // this caller's interrupt, not a Redis outage (Lettuce set the flag again: cleared, as thrown)
        Thread.interrupted();
        InterruptedException ie = new InterruptedException("interrupted while waiting for Redis");
        ie.initCause(e);
        throw ie;
      } catch (RuntimeException e) {
        if (closed) {
          throw new IllegalStateException("this RedisRateLimiter is closed");
        }
        return unavailable(key, e);
      }
      long code = (Long) r.get(0);
      long value = (Long) r.get(1);
      if (code == 1) {
        return new SharedPermit(this, key, member, value);
      }
      if (code == -1) {
        throw new DailyBudgetSpentException(key, Duration.ofNanos(value * 1000));
      }
      long sleepMicros = Math.max(1, Math.min(value, MAX_SLEEP_MICROS));
      settings.sleeper.sleep(Duration.ofNanos(sleepMicros * 1000));
    }
  }

  /**
   * Moves the request's entries to the response's instant and shares what the response's headers
   * teach with every instance. A failure to reach Redis here is not the caller's: it is logged (once
   * per outage) and ignored.
   */
  @Override
  public void onPermitResponse(Permit permit, RateLimitInfo info) {
    String member = "";
    String key = permit.key();
    if (permit instanceof SharedPermit p && p.owner == this) {
      member = p.member;
      // the fallback learns what GHL counted (X-RateLimit-Remaining: every instance's requests), so an
      // outage does not start it from an empty window
      fallback.onPermitResponse(RateLimiter.Permit.of(key), info);
    } else {
      fallback.onPermitResponse(permit, info);
    }
    if (member.isEmpty() && (key == null || !hasHeaders(info))) {
      return;
    }
    if (connection == null && outage.get()) {
      return; // no Redis: the fallback learned it above
    }
    Keys keys = keys(key);
    String[] args = {member, key == null ? "0" : "1", Integer.toString(settings.burstMax),
        Long.toString(micros(settings.burstWindow)), Long.toString(settings.dailyMax),
        str(info.burstMax()), str(info.burstRemaining()), info.interval().map(d -> Long.toString(d.toMillis())).orElse(""),
        str(info.dailyLimit()), str(info.dailyRemaining()), info.retryAfter().map(d -> Long.toString(d.toMillis())).orElse(""),
        Long.toString(micros(SlidingWindowRateLimiter.MAX_LEARNED_WINDOW)),
        Integer.toString(SlidingWindowRateLimiter.MAX_LEARNED_BURST)};
    try {
      eval(RESPOND, respondSha, keys.all, args);
    } catch (RuntimeException e) {
      noteFailure(e);
    }
  }

  /**
   * Takes the request's entries out of the shared windows (and its count out of the day's): it was
   * not sent. A failure to reach Redis here is logged (once per outage) and ignored; the entries then
   * age out with their window.
   */
  @Override
  public void onPermitUnused(Permit permit) {
    if (!(permit instanceof SharedPermit p && p.owner == this)) {
      fallback.onPermitUnused(permit);
      return;
    }
    if (connection == null && outage.get()) {
      return;
    }
    try {
      eval(RELEASE, releaseSha, keys(p.key).all, new String[] {p.member, Long.toString(p.admittedAtMicros)});
    } catch (RuntimeException e) {
      noteFailure(e);
    }
  }

  /**
   * Counts a request the JDK resent on its own in the shared windows (and the day's count) at once,
   * however full they are, so the requests admitted after it, on every instance, wait by as much. With
   * Redis unreachable the fallback counts it.
   */
  @Override
  public boolean countResent(String key) {
    if (closed || connection == null && outage.get()) {
      return fallback.countResent(key);
    }
    try {
      eval(RECORD, recordSha, keys(key).all, new String[] {UUID.randomUUID().toString(), key == null ? "0" : "1",
          Long.toString(micros(settings.burstWindow)), Long.toString(micros(settings.matonWindow))});
      return true;
    } catch (RuntimeException e) {
      noteFailure(e);
      return fallback.countResent(key);
    }
  }

  /** Until the connection's shared pause ends (a spent burst window, a 429's Retry-After), if it is paused. */
  @Override
  public Optional<Duration> untilBurstWindowFrees(String key) {
    if (key == null) {
      return Optional.empty();
    }
    try {
      List<Object> r = eval(UNTIL_FREE, untilFreeSha, new String[] {keys(key).state}, new String[0]);
      long micros = (Long) r.get(0);
      return micros > 0 ? Optional.of(Duration.ofNanos(micros * 1000)) : Optional.empty();
    } catch (RuntimeException e) {
      noteFailure(e);
      return fallback.untilBurstWindowFrees(key);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // State, for health checks

  /** True when the last call to Redis succeeded (false during an outage and before the first answer). */
  public boolean isRedisAvailable() {
    return connection != null && !outage.get();
  }

  /** How many outages began since this limiter was built (each logged once at WARN). */
  public long outageCount() {
    return outages.get();
  }

  /** The key prefix, e.g. {@code ghl:rl}; every key this limiter writes starts with it. */
  public String keyPrefix() {
    return settings.keyPrefix;
  }

  /** Closes the Redis connection and the client's threads. Calls after this fail, waiting ones too. */
  @Override
  public void close() {
    closed = true;
    closing.countDown();
    StatefulRedisConnection<String, String> c = connection;
    connection = null;
    if (c != null) {
      c.close();
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    resources.shutdown(0, 2, TimeUnit.SECONDS);
  }

  /** Where and how this limiter keeps its windows; no password, no API key. */
  @Override
  public String toString() {
    return "RedisRateLimiter{redis=" + (uri.isSsl() ? "rediss://" : "redis://") + uri.getHost() + ":" + uri.getPort()
        + (uri.getDatabase() != 0 ? "/" + uri.getDatabase() : "")
        + ", keyPrefix=" + settings.keyPrefix + ", apiKeySha256=" + apiKeyHash.substring(0, 8) + "…"
        + ", " + settings.burstMax + " per " + settings.burstWindow.toMillis() + " ms per connection, "
        + settings.matonMax + " per " + settings.matonWindow.toMillis() + " ms per API key, daily " + settings.dailyMax
        + ", " + settings.failureMode + ", timeout " + settings.commandTimeout.toMillis() + " ms}";
  }

  // ---------------------------------------------------------------------------------------------
  // Redis calls and outages

  private List<Object> eval(String script, String sha, String[] keys, String[] args) {
    if (outage.get()) {
      // During an outage one caller probes Redis per reconnect interval; the others do not wait
      // for a Redis that is down or slow, they fall back at once.
      long now = System.nanoTime();
      long next = nextProbeNanos.get();
      if (now - next < 0 || !nextProbeNanos.compareAndSet(next, now + settings.reconnectInterval.toNanos())) {
        throw new NoConnectionException();
      }
    }
    List<Object> r = evalsha(connection(), script, sha, keys, args);
    noteSuccess();
    return r;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> evalsha(StatefulRedisConnection<String, String> c, String script, String sha,
      String[] keys, String[] args) {
    Object r;
    try {
      r = c.sync().evalsha(sha, ScriptOutputType.MULTI, keys, args);
    } catch (RedisNoScriptException e) {
      // a restarted (or flushed) Redis forgot the script: send it once
      r = c.sync().eval(script, ScriptOutputType.MULTI, keys, args);
    }
    return r instanceof List<?> l ? (List<Object>) l : List.of(r);
  }

  /** The connection, or an exception when there is none (then a new attempt starts when one is due). */
  private StatefulRedisConnection<String, String> connection() {
    StatefulRedisConnection<String, String> c = connection;
    if (c != null) {
      return c;
    }
    if (closed) {
      throw new IllegalStateException("closed");
    }
    long now = System.nanoTime();
    long last = lastConnectAttemptNanos.get();
    if (now - last >= settings.reconnectInterval.toNanos() && lastConnectAttemptNanos.compareAndSet(last, now)) {
      connectAsync();
    }
    throw new NoConnectionException();
  }

  /** Starts one connection attempt in the background (callers never wait for it). */
  private CompletableFuture<StatefulRedisConnection<String, String>> connectAsync() {
    if (!connecting.compareAndSet(false, true)) {
      return CompletableFuture.failedFuture(new NoConnectionException());
    }
    lastConnectAttemptNanos.set(System.nanoTime());
    CompletableFuture<StatefulRedisConnection<String, String>> f = client.connectAsync(StringCodec.UTF8, uri).toCompletableFuture();
    return f.whenComplete((c, e) -> {
      connecting.set(false);
      if (c != null) {
        c.setTimeout(settings.commandTimeout);
        if (closed) {
          c.close();
        } else {
          connection = c;
        }
      } else {
        noteFailure(e);
      }
    });
  }

  /**
   * Connects at build time. A refused connection (Redis down) fails at once, an unreachable host
   * after the connect timeout; the extra seconds allowed here are for a cold JVM, whose first
   * connection loads the Redis client's classes (over a second on a busy machine). Without a
   * connection the first calls fall back, and the connection is used as soon as it is there.
   */
  private RedisRateLimiter start() {
    try {
      connectAsync().get(settings.connectTimeout.toMillis() + settings.commandTimeout.toMillis() + START_GRACE_MILLIS,
          TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      noteFailure(e instanceof ExecutionException ? e.getCause() : e);
    }
    return this;
  }

  /**
   * How the default fallback waits: the configured sleeper, but a wait of the system sleeper ends at
   * {@link #close()}, and a caller whose wait ends after it gets the closed limiter's error.
   */
  private void sleepUnlessClosed(Duration d) throws InterruptedException {
    if (settings.sleeper == Sleeper.SYSTEM) {
      closing.await(d.toNanos(), TimeUnit.NANOSECONDS);
    } else {
      settings.sleeper.sleep(d);
    }
    if (closed) {
      throw new IllegalStateException("this RedisRateLimiter is closed");
    }
  }

  private Permit unavailable(String key, RuntimeException e) throws InterruptedException {
    noteFailure(e);
    if (settings.failureMode == FailureMode.FAIL_CLOSED) {
      // not connected: the failure that left it so (a refused connection, a wrong password) says why
      Throwable why = e instanceof NoConnectionException ? lastFailure : e;
      throw new SharedRateLimitUnavailableException("the shared rate limiter's Redis (" + endpoint() + ") "
          + (why instanceof RedisCommandTimeoutException ? "did not answer within " + settings.commandTimeout.toMillis() + " ms"
              : "is unavailable (" + describe(why) + ")")
          + "; fail-closed: the request was not sent", why instanceof NoConnectionException ? null : why);
    }
    return fallback.acquirePermit(key);
  }

  private void noteFailure(Throwable e) {
    if (e instanceof RedisCommandInterruptedException) {
      return; // the caller's interrupt (its flag stays set), not an outage
    }
    if (!(e instanceof NoConnectionException)) {
      lastFailure = e;
    }
    if (closed) {
      return;
    }
    if (outage.compareAndSet(false, true)) {
      nextProbeNanos.set(System.nanoTime() + settings.reconnectInterval.toNanos());
      outages.incrementAndGet();
      LOG.warn("Redis rate limiter at {} unavailable ({}); {} until it answers again (logged once per outage)", endpoint(),
          describe(e), settings.failureMode == FailureMode.FAIL_OPEN
              ? "requests are admitted by the in-JVM limiter (fail-open)"
              : "requests are refused with SharedRateLimitUnavailableException (fail-closed)");
    }
  }

  private void noteSuccess() {
    if (outage.get() && outage.compareAndSet(true, false)) {
      LOG.info("Redis rate limiter at {} answers again; the budget is shared again", endpoint());
    }
  }

  private String endpoint() {
    return uri.getHost() + ":" + uri.getPort();
  }

  /**
   * The failure's type, its root cause's and the root's message (Redis' own reply, e.g. "WRONGPASS
   * invalid username-password pair", or "Connection refused": a wrong password must not read like a
   * slow server). Neither Lettuce nor Redis puts the password in these.
   */
  private static String describe(Throwable e) {
    if (e == null) {
      return "unknown";
    }
    if (e instanceof NoConnectionException) {
      return "not connected";
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
    return e.getClass().getSimpleName() + (root != e ? " / " + root.getClass().getSimpleName() : "")
        + (message.isEmpty() ? "" : ": " + (message.length() > 160 ? message.substring(0, 160) + "..." : message));
  }

  private static boolean hasHeaders(RateLimitInfo info) {
    return info.burstMax().isPresent() || info.burstRemaining().isPresent() || info.interval().isPresent()
        || info.dailyRemaining().isPresent() || info.retryAfter().isPresent();
  }

  private static String str(java.util.OptionalLong v) {
    return v.isPresent() ? Long.toString(v.getAsLong()) : "";
  }

  private static long micros(Duration d) {
    return TimeUnit.NANOSECONDS.toMicros(d.toNanos());
  }

  // ---------------------------------------------------------------------------------------------
  // Keys

  /** The Redis keys of one budget; all share the API key's hash tag (one Redis Cluster slot). */
  Keys keys(String connectionId) {
    String conn = accountTag + ":c:" + (connectionId == null ? "-" : hash(connectionId));
    return new Keys(conn + ":burst", accountTag + ":maton", conn + ":state");
  }

  static final class Keys {
    final String burst;
    final String maton;
    final String state;
    final String[] all;

    Keys(String burst, String maton, String state) {
      this.burst = burst;
      this.maton = maton;
      this.state = state;
      this.all = new String[] {burst, maton, state};
    }
  }

  /** A truncated (128 bit), domain-separated SHA-256, hex: the same input gives the same key in every JVM. */
  static String hash(String value) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update("ghl-ratelimit-redis\0".getBytes(StandardCharsets.UTF_8));
      byte[] h = d.digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sha1(String script) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(script.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String load(String name) {
    try (InputStream in = RedisRateLimiter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** No connection yet (Redis was down at start): the call falls back without waiting. */
  private static final class NoConnectionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoConnectionException() {
      super("no Redis connection", null, false, false);
    }
  }

  /** A request admitted in Redis: the random member it was added as, and the Redis instant (µs). */
  static final class SharedPermit implements Permit {
    final RedisRateLimiter owner;
    final String key;
    final String member;
    final long admittedAtMicros;

    SharedPermit(RedisRateLimiter owner, String key, String member, long admittedAtMicros) {
      this.owner = owner;
      this.key = key;
      this.member = member;
      this.admittedAtMicros = admittedAtMicros;
    }

    @Override
    public String key() {
      return key;
    }

    @Override
    public String toString() {
      return "SharedPermit{" + key + " at " + admittedAtMicros + " us}";
    }
  }

  /** The builder's values, checked and frozen. */
  private static final class Settings {
    final String keyPrefix;
    final int burstMax;
    final Duration burstWindow;
    final int matonMax;
    final Duration matonWindow;
    final long dailyMax;
    final Duration commandTimeout;
    final Duration connectTimeout;
    final Duration reconnectInterval;
    final FailureMode failureMode;
    final Sleeper sleeper;

    Settings(Builder b) {
      this.keyPrefix = b.keyPrefix;
      this.burstMax = b.burstMax;
      this.burstWindow = b.burstWindow;
      this.matonMax = b.matonMax;
      this.matonWindow = b.matonWindow;
      this.dailyMax = b.dailyMax;
      this.commandTimeout = b.commandTimeout;
      this.connectTimeout = b.connectTimeout;
      this.reconnectInterval = b.reconnectInterval;
      this.failureMode = b.failureMode;
      this.sleeper = b.sleeper;
    }
  }

  /**
   * Settings of a {@link RedisRateLimiter}. Each setter checks its value and throws
   * {@link GhlConfigurationException} naming the setting; {@link #build()} requires the API key.
   *
   * <table>
   *   <caption>Settings, their environment variables ({@link #fromEnv()}) and defaults</caption>
   *   <tr><th>setter</th><th>environment</th><th>default</th></tr>
   *   <tr><td>{@link #apiKey(String)}</td><td>{@code MATON_API_KEY}</td><td>required (only its hash is used)</td></tr>
   *   <tr><td>{@link #url(String)}</td><td>{@code GHL_REDIS_URL}</td><td>{@code redis://127.0.0.1:6379}</td></tr>
   *   <tr><td>{@link #username(String)}</td><td>{@code GHL_REDIS_USERNAME}</td><td>none (ACL user {@code default})</td></tr>
   *   <tr><td>{@link #password(char[])}</td><td>{@code GHL_REDIS_PASSWORD}</td><td>none</td></tr>
   *   <tr><td>{@link #tls(boolean)}</td><td>{@code GHL_REDIS_TLS} ({@code true}/{@code false})</td><td>false (or a {@code rediss://} URL)</td></tr>
   *   <tr><td>{@link #keyPrefix(String)}</td><td>{@code GHL_REDIS_KEY_PREFIX}</td><td>{@code ghl:rl}</td></tr>
   *   <tr><td>{@link #commandTimeout(Duration)}</td><td>{@code GHL_REDIS_TIMEOUT_MS}</td><td>200 ms</td></tr>
   *   <tr><td>{@link #failureMode(FailureMode)}</td><td>{@code GHL_REDIS_FAILURE_MODE} ({@code FAIL_OPEN}/{@code FAIL_CLOSED})</td><td>{@code FAIL_OPEN}</td></tr>
   * </table>
   */
  public static final class Builder {
    private String apiKey;
    private String url = "redis://127.0.0.1:6379";
    private String username;
    private char[] password;
    private boolean tls;
    private String keyPrefix = "ghl:rl";
    private int burstMax = SlidingWindowRateLimiter.GHL_BURST_MAX;
    private Duration burstWindow = SlidingWindowRateLimiter.GHL_BURST_WINDOW;
    private int matonMax = SlidingWindowRateLimiter.MATON_MAX;
    private Duration matonWindow = SlidingWindowRateLimiter.MATON_WINDOW;
    private long dailyMax = 200_000;
    private Duration commandTimeout = Duration.ofMillis(200);
    private Duration connectTimeout = Duration.ofSeconds(1);
    private Duration reconnectInterval = Duration.ofSeconds(1);
    private FailureMode failureMode = FailureMode.FAIL_OPEN;
    private RateLimiter fallback;
    private Sleeper sleeper = Sleeper.SYSTEM;

    private Builder() {}

    /** Reads every setting that is set in the process environment (see the table above). */
    public Builder fromEnv() {
      return fromEnv(System.getenv());
    }

    /** As {@link #fromEnv()}, from the given map (tests, or a configuration source of your own). */
    public Builder fromEnv(Map<String, String> env) {
      Objects.requireNonNull(env, "env");
      ifSet(env, "MATON_API_KEY", this::apiKey);
      ifSet(env, "GHL_REDIS_URL", this::url);
      ifSet(env, "GHL_REDIS_USERNAME", this::username);
      ifSet(env, "GHL_REDIS_PASSWORD", v -> password(v.toCharArray()));
      ifSet(env, "GHL_REDIS_TLS", v -> tls(parseBoolean(v, "GHL_REDIS_TLS")));
      ifSet(env, "GHL_REDIS_KEY_PREFIX", this::keyPrefix);
      ifSet(env, "GHL_REDIS_TIMEOUT_MS", v -> commandTimeout(Duration.ofMillis(parseLong(v, "GHL_REDIS_TIMEOUT_MS"))));
      ifSet(env, "GHL_REDIS_FAILURE_MODE", v -> {
        try {
          failureMode(FailureMode.valueOf(v.trim().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new GhlConfigurationException("GHL_REDIS_FAILURE_MODE must be FAIL_OPEN or FAIL_CLOSED, was " + v);
        }
      });
      return this;
    }

    /** The Maton API key whose budget is shared. Only a SHA-256 of it is ever sent to Redis. */
    public Builder apiKey(String apiKey) {
      if (apiKey == null || apiKey.isBlank()) {
        throw new GhlConfigurationException("apiKey must not be blank");
      }
      this.apiKey = apiKey;
      return this;
    }

    /** Redis' URL: {@code redis://host:port[/db]}, or {@code rediss://...} for TLS. Prefer {@link #password(char[])} to a password in the URL. */
    public Builder url(String url) {
      if (url == null || !(url.startsWith("redis://") || url.startsWith("rediss://"))) {
        throw new GhlConfigurationException("url must start with redis:// or rediss://");
      }
      try {
        RedisURI.create(url);
      } catch (RuntimeException e) {
        throw new GhlConfigurationException("url is not a Redis URL (" + e.getClass().getSimpleName() + ")");
      }
      this.url = url;
      return this;
    }

    /** The ACL user name (Redis 6+), used with {@link #password(char[])}. */
    public Builder username(String username) {
      this.username = requireText(username, "username");
      return this;
    }

    /** The password ({@code AUTH}); the array is copied. */
    public Builder password(char[] password) {
      if (password == null) {
        throw new GhlConfigurationException("password must not be null");
      }
      this.password = password.clone();
      return this;
    }

    /** Connects with TLS (peer verified by the JVM's trust store), as a {@code rediss://} URL does. */
    public Builder tls(boolean tls) {
      this.tls = tls;
      return this;
    }

    /**
     * The prefix of every key this limiter writes (default {@code ghl:rl}): keeps these keys apart from
     * other data in the same Redis. Instances that spend one budget (one Maton API key) must use the
     * same prefix: two prefixes are two budgets, and together they would send up to twice what Maton
     * and GHL allow.
     */
    public Builder keyPrefix(String keyPrefix) {
      String p = requireText(keyPrefix, "keyPrefix");
      if (p.chars().anyMatch(ch -> ch <= ' ' || ch == '{' || ch == '}' || ch == 127)) {
        throw new GhlConfigurationException("keyPrefix must not contain spaces, control characters or braces");
      }
      this.keyPrefix = p;
      return this;
    }

    /** GHL's burst window per connection (default 100 per 10 s); a response's {@code X-RateLimit-Max} / {@code -Interval-Milliseconds} override it for everyone. */
    public Builder burstLimit(int max, Duration window) {
      this.burstMax = positive(max, "burstLimit max");
      this.burstWindow = atLeastMillis(window, "burstLimit window");
      return this;
    }

    /** Maton's window per API key (default 10 per second). */
    public Builder matonLimit(int max, Duration window) {
      this.matonMax = positive(max, "matonLimit max");
      this.matonWindow = atLeastMillis(window, "matonLimit window");
      return this;
    }

    /** GHL's daily budget per connection (default 200,000; a response's {@code X-RateLimit-Limit-Daily} overrides it). */
    public Builder dailyLimit(long max) {
      if (max < 1) {
        throw new GhlConfigurationException("dailyLimit must be at least 1, was " + max);
      }
      this.dailyMax = max;
      return this;
    }

    /** The longest wait for one Redis call (default 200 ms); past it the call counts as Redis failing. */
    public Builder commandTimeout(Duration timeout) {
      this.commandTimeout = atLeastMillis(timeout, "commandTimeout");
      return this;
    }

    /**
     * The longest wait to open a connection, TCP connect and Redis' handshake each (default 1 s).
     * {@link #build()} waits for the first one
     * (a refused connection fails at once), at most this plus the command timeout plus 5 s for a
     * cold JVM's class loading.
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = atLeastMillis(timeout, "connectTimeout");
      return this;
    }

    /**
     * During an outage, how often Redis is tried again (default 1 s): one call per interval probes
     * it (and a new connection is opened when there is none), every other call falls back at once
     * instead of waiting for a Redis that is down or slow.
     */
    public Builder reconnectInterval(Duration interval) {
      this.reconnectInterval = atLeastMillis(interval, "reconnectInterval");
      return this;
    }

    /** Fail-open (default) or fail-closed when Redis does not answer; see {@link FailureMode}. */
    public Builder failureMode(FailureMode mode) {
      if (mode == null) {
        throw new GhlConfigurationException("failureMode must not be null");
      }
      this.failureMode = mode;
      return this;
    }

    /** The in-JVM limiter used while Redis is away in {@link FailureMode#FAIL_OPEN} (default: a {@link SlidingWindowRateLimiter} with the same limits). */
    public Builder fallback(RateLimiter fallback) {
      if (fallback == null) {
        throw new GhlConfigurationException("fallback must not be null");
      }
      this.fallback = fallback;
      return this;
    }

    /** How to wait between two admission attempts (tests). */
    public Builder sleeper(Sleeper sleeper) {
      if (sleeper == null) {
        throw new GhlConfigurationException("sleeper must not be null");
      }
      this.sleeper = sleeper;
      return this;
    }

    /**
     * Builds the limiter and connects, waiting at most the connect timeout plus the command
     * timeout and a few seconds for a cold JVM's first connection (a refused connection returns at
     * once). A Redis that is down does not fail the build: see {@link FailureMode}.
     *
     * @throws GhlConfigurationException when the API key is missing
     */
    public RedisRateLimiter build() {
      if (apiKey == null) {
        throw new GhlConfigurationException("apiKey is required (or MATON_API_KEY with fromEnv())");
      }
      return new RedisRateLimiter(this, password).start();
    }

    /** Never shows the API key or the password. */
    @Override
    public String toString() {
      return "RedisRateLimiter.Builder{url=" + redactedUrl() + ", keyPrefix=" + keyPrefix + ", tls=" + tls
          + ", password=" + (password == null ? "none" : "****") + ", apiKey=" + (apiKey == null ? "none" : "****") + "}";
    }

    private String redactedUrl() {
      int at = url.lastIndexOf('@');
      int scheme = url.indexOf("://") + 3;
      return at > scheme ? url.substring(0, scheme) + "****@" + url.substring(at + 1) : url;
    }

    private static void ifSet(Map<String, String> env, String name, java.util.function.Consumer<String> set) {
      String v = env.get(name);
      if (v != null && !v.isBlank()) {
        set.accept(v.trim());
      }
    }

    private static boolean parseBoolean(String v, String setting) {
      if (v.equalsIgnoreCase("true")) {
        return true;
      }
      if (v.equalsIgnoreCase("false")) {
        return false;
      }
      throw new GhlConfigurationException(setting + " must be true or false, was " + v);
    }

    private static long parseLong(String v, String setting) {
      try {
        return Long.parseLong(v);
      } catch (NumberFormatException e) {
        throw new GhlConfigurationException(setting + " must be a number of milliseconds, was " + v);
      }
    }

    private static String requireText(String v, String setting) {
      if (v == null || v.isBlank()) {
        throw new GhlConfigurationException(setting + " must not be blank");
      }
      return v;
    }

    private static int positive(int v, String setting) {
      if (v < 1) {
        throw new GhlConfigurationException(setting + " must be at least 1, was " + v);
      }
      return v;
    }

    private static Duration atLeastMillis(Duration d, String setting) {
      if (d == null || d.toMillis() < 1) {
        throw new GhlConfigurationException(setting + " must be at least 1 ms, was " + d);
      }
      return d;
    }
  }
}
