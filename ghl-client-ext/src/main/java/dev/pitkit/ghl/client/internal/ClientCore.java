package dev.pitkit.ghl.client.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.pitkit.ghl.client.GhlCallListener;
import dev.pitkit.ghl.client.LogLevel;
import dev.pitkit.ghl.client.RequestOptions;
import dev.pitkit.ghl.client.resilience.RateLimiter;
import dev.pitkit.ghl.client.resilience.RetryPolicy;
import dev.pitkit.ghl.client.resilience.Sleeper;
import feign.Client;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.codec.Decoder;
import feign.jackson.JacksonEncoder;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The shared, immutable part of a client and all its views: settings, the JSON mapper, the
 * validator, a request plan per generated method and, for methods without one, a Feign target per
 * interface (each built once, on first use).
 */
public final class ClientCore {
  private final Settings settings;
  private final CallEvents events;
  private final ObjectMapper mapper;
  private final RequestValidator validator = new RequestValidator();
  private final Map<Class<?>, Object> targets = new ConcurrentHashMap<>();
  private final Feign.Builder feign;
  private final RequestExecutor executor;
  /** Per method: how to build its request without Feign, or empty to go through the Feign target. */
  private final Map<Method, Optional<RequestPlan>> plans = new ConcurrentHashMap<>();

  /**
   * Everything the builder collected, already checked.
   *
   * @param apiKey Maton API key
   * @param baseUrl gateway base URL, no trailing slash
   * @param agencyConnection connection for x-ghl-token agency, or null
   * @param subAccountConnection connection for x-ghl-token sub-account, or null
   * @param connectTimeout connect timeout
   * @param readTimeout read timeout
   * @param logLevel wire logging level
   * @param versionOverride Version header for every GHL operation, or null for the spec's
   * @param retryPolicy default retry policy
   * @param rateLimiter client-side limiter
   * @param clock time source
   * @param sleeper how to wait
   * @param userAgent User-Agent header
   * @param transport HTTP transport, or null for the JDK HttpClient
   * @param callListener told about every call and retry
   */
  public record Settings(Secret apiKey, String baseUrl, String agencyConnection, String subAccountConnection,
      Duration connectTimeout, Duration readTimeout, LogLevel logLevel, String versionOverride,
      RetryPolicy retryPolicy, RateLimiter rateLimiter, Clock clock, Sleeper sleeper, String userAgent,
      Client transport, GhlCallListener callListener) {}

  /** Builds the shared Feign stack from checked settings. */
  public ClientCore(Settings settings) {
    this.settings = settings;
    this.events = new CallEvents(settings.callListener());
    this.mapper = newMapper();
    Client transport = settings.transport() != null ? settings.transport() : new JdkTransport(HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .version(settings.baseUrl().startsWith("https:") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build());
    RedactingLogger logger = new RedactingLogger();
    Logger.Level level = switch (settings.logLevel()) {
      case NONE -> Logger.Level.NONE;
      case BASIC -> Logger.Level.BASIC;
      case HEADERS -> Logger.Level.HEADERS;
      case BODY -> Logger.Level.FULL;
    };
    // the retry loop logs every attempt, so the wire log shows each request and its outcome
    Client client = new ResilientClient(transport, settings.rateLimiter(), settings.sleeper(), settings.clock(),
        settings.retryPolicy(), events, logger, level);
    Decoder decoder = FeignParts.decoder(mapper);
    ErrorMapper errors = new ErrorMapper(mapper, settings.clock());
    Request.Options options = new Request.Options(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
        settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false);
    GatewayHeaders gateway = new GatewayHeaders(settings.apiKey(), settings.userAgent());
    this.executor = new RequestExecutor(settings.baseUrl(), client, decoder, errors, options, gateway);
    this.feign = Feign.builder()
        .client(client)
        .encoder(new JacksonEncoder(mapper))
        .decoder(decoder)
        .errorDecoder(errors)
        .retryer(Retryer.NEVER_RETRY)
        .logLevel(Logger.Level.NONE) // the retry loop logs each attempt
        .requestInterceptor(gateway)
        .options(options);
  }

  /**
   * The JSON mapper the client uses: unknown properties ignored, nulls not sent, a single object
   * accepted where GHL documents an array, java.time supported.
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
  }

  /** A proxy of {@code api} that applies {@code options} to every call. */
  public <T> T api(Class<T> api, RequestOptions options) {
    return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api},
        new ApiInvocationHandler(api, this, options)));
  }

  /**
   * The Feign target of {@code api}, built on first need: only methods without a
   * {@link RequestPlan} go through it (none of the generated ones), so a client that never needs
   * it never pays for Feign parsing the interface.
   */
  Object feignTarget(Class<?> api) {
    Object t = targets.get(api);
    return t != null ? t : targets.computeIfAbsent(api, a -> feign.target(a, settings.baseUrl()));
  }

  /** The client's JSON mapper. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** Where call and retry events go. */
  CallEvents events() {
    return events;
  }

  /** The settings this core was built with. */
  public Settings settings() {
    return settings;
  }

  /** The plan of {@code method} called through {@code api}, or null when it must go through Feign. */
  RequestPlan plan(Class<?> api, Method method) {
    Optional<RequestPlan> p = plans.get(method);
    if (p == null) {
      p = plans.computeIfAbsent(method, m -> Optional.ofNullable(RequestPlan.compile(api, m, mapper)));
    }
    return p.orElse(null);
  }

  RequestExecutor executor() {
    return executor;
  }

  RequestValidator validator() {
    return validator;
  }

  String agencyConnection() {
    return settings.agencyConnection();
  }

  String subAccountConnection() {
    return settings.subAccountConnection();
  }

  String versionFor(OperationInfo op) {
    return settings.versionOverride() != null ? settings.versionOverride() : op.version();
  }

  RetryPolicy retryPolicy(RequestOptions o) {
    RetryPolicy p = settings.retryPolicy();
    if (o.maxRetries() != null) {
      p = p.withMaxRetries(o.maxRetries());
    }
    if (o.maxRetryDelay() != null) {
      p = p.withMaxDelay(o.maxRetryDelay());
    }
    if (o.retryNonIdempotent() != null) {
      p = p.withRetryNonIdempotent(o.retryNonIdempotent());
    }
    return p;
  }

  /** For toString(): never the API key. */
  public String describe(RequestOptions o) {
    return "baseUrl=" + settings.baseUrl() + ", agencyConnection=" + settings.agencyConnection()
        + ", subAccountConnection=" + settings.subAccountConnection() + ", options=" + o;
  }
}
