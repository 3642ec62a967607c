package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.GhlCallListener;
import dev.pitkit.ghl.client.GhlRawRequest;
import dev.pitkit.ghl.client.LogLevel;
import dev.pitkit.ghl.client.RequestOptions;
import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.client.resilience.RetryPolicy;
import dev.pitkit.ghl.client.resilience.RateLimiter;
import dev.pitkit.ghl.client.resilience.Sleeper;
import dev.pitkit.ghl.api.GhlApiFactory;
import dev.pitkit.ghl.invoker.ApiResponseDecoder;
import feign.Client;
import feign.Logger;
import feign.Request;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The shared, immutable part of a client and all its views: settings, the JSON mapper and the
 * {@link CallPipeline} every call of every view goes down.
 */
public final class ClientCore {

  private final Settings settings;
  private final CallPipeline pipeline;
  private final RetryLoop retryLoop;
  /** The HttpClient this core builds itself (not the caller's), to close with the client; or null. */
  private final HttpClientStart ownHttpClient;
  private final CloseSignal closing;

  /**
   * Everything the builder collected, already checked (see {@code GhlClient.Builder}). The base URL
   * has no trailing slash; an optional connection, {@code versionOverride}, {@code httpClient} or
   * {@code transport} is null when not set.
   */
  public record Settings(Secret apiKey, String baseUrl, String agencyConnection, String subAccountConnection,
      Duration connectTimeout, Duration readTimeout, LogLevel logLevel, String versionOverride,
      RetryPolicy retryPolicy, RateLimiter rateLimiter, Clock clock, Sleeper sleeper, String userAgent,
      HttpClient httpClient, Client transport, GhlCallListener callListener, long maxResponseBytes) {}

  /** Builds the pipeline from checked settings; {@code closing} is the one the settings' waits end at. */
  public ClientCore(Settings settings, CloseSignal closing) {
    this.settings = settings;
    this.closing = closing;
    // first, so that the HttpClient is built while this thread builds the rest (HttpClientStart)
    this.ownHttpClient = settings.transport() != null || settings.httpClient() != null ? null
        : HttpClientStart.inBackground(() -> HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .version(settings.baseUrl().startsWith("https:") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
    CallEvents events = new CallEvents(settings.callListener());
    Client transport = settings.transport() != null ? settings.transport()
        : new JdkTransport(settings.httpClient() != null ? HttpClientStart.of(settings.httpClient()) : ownHttpClient,
            settings.maxResponseBytes());
    Logger.Level level = switch (settings.logLevel()) {
      case NONE -> Logger.Level.NONE;
      case BASIC -> Logger.Level.BASIC;
      case HEADERS -> Logger.Level.HEADERS;
      case BODY -> Logger.Level.FULL;
    };
    Request.Options options = new Request.Options(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
        settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false);
    this.retryLoop = new RetryLoop(transport, settings.rateLimiter(), settings.sleeper(), settings.clock(), events,
        new RedactingLogger(settings.apiKey()), level, options, closing::isClosed, settings.apiKey());
    this.pipeline = new CallPipeline(settings, new RequestValidator(), retryLoop,
        new SafeDecoder(new ApiResponseDecoder(ClientJson.MAPPER), ClientJson.MAPPER, settings.apiKey()),
        new ErrorMapper(ClientJson.MAPPER, settings.clock(), settings.apiKey()), events, closing::isClosed);
  }

  /**
   * The generated implementation of {@code api}, applying {@code options} to every call.
   *
   * @throws GhlConfigurationException when {@code api} is not a generated GHL interface
   */
  public <T> T api(Class<T> api, RequestOptions options) {
    T impl = GhlApiFactory.create(api, new ApiView(this, options));
    if (impl == null) {
      throw new GhlConfigurationException(api.getName() + " is not a generated GHL API interface: the client sends"
          + " the interfaces of dev.pitkit.ghl.api only (see GhlApis)");
    }
    return impl;
  }

  /**
   * Sends {@code request} down the pipeline with {@code options}: its 2xx answer, read whole.
   *
   * @throws dev.pitkit.ghl.client.error.GhlException as a generated method's call does
   */
  public RawAnswer raw(GhlRawRequest request, RequestOptions options) {
    return pipeline.run(request, options);
  }

  /** The pipeline (which refuses calls once the client is closed, telling the listener). */
  CallPipeline pipeline() {
    return pipeline;
  }

  /** What a call gets when it would start, or send again, on a closed client. */
  static GhlConfigurationException closedError() {
    return new dev.pitkit.ghl.client.error.GhlClientClosedException("this GhlClient was closed: build a new one");
  }

  /**
   * Closes the HttpClient this core built (JDK 21+: HttpClient is AutoCloseable there), and lets go
   * of it (on JDK 17 its threads end once it is unreachable, even while the closed client is still
   * referenced); calls waiting for the limiter or a retry end now, later calls fail.
   */
  public void close() {
    closing.close();
    retryLoop.close();
    HttpClient own = ownHttpClient == null ? null : ownHttpClient.release();
    if ((Object) own instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        // closing is best effort: the client is unusable either way
      }
    }
  }

  /** For toString(): never the API key. */
  public String describe(RequestOptions o) {
    return "baseUrl=" + settings.baseUrl() + ", agencyConnection=" + settings.agencyConnection()
        + ", subAccountConnection=" + settings.subAccountConnection() + ", options=" + o;
  }
}
