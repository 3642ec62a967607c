package dev.pitkit.ghl.client;

import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.client.internal.Require;
import feign.Capability;
import feign.Client;
import feign.Contract;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.InvocationHandlerFactory;
import feign.Logger;
import feign.QueryMapEncoder;
import feign.Request;
import feign.RequestInterceptor;
import feign.ResponseInterceptor;
import feign.ResponseMapper;
import feign.Retryer;
import feign.Target;
import feign.codec.Decoder;
import feign.codec.Encoder;
import feign.codec.ErrorDecoder;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The generated interfaces from a {@link Feign.Builder}, for code written against Feign's builder:
 * {@code GhlFeign.builder(key, agency, subAccount).target(ContactsApi.class, url)}. What it returns
 * is the same as {@code GhlClient.api(ContactsApi.class)}: every call goes down the client's one
 * pipeline (routing by each operation's token kind and {@code Version}, validation before sending,
 * the rate limiter, retries, typed errors, whole-response timeouts), so a call behaves exactly as it
 * does through {@link GhlClient}.
 *
 * <p>Of Feign's builder settings, those the pipeline has an equivalent of are used:
 * {@code options(...)} (connect and read timeout), {@code client(...)} (the transport),
 * {@code logLevel(...)} (wire logging) and {@code retryer(Retryer.NEVER_RETRY)} (no retries; the
 * default is the client's policy). The others (an encoder, decoder, error decoder, contract,
 * logger, interceptors, capabilities, ...) have no place in the pipeline and are refused where they
 * are set, with a {@link GhlConfigurationException}; for a plain Feign client, start from
 * {@code Feign.builder()}. A {@code feign.Target} is taken for its type and URL
 * ({@code Target.HardCodedTarget}); a target that builds requests its own way is refused.
 *
 * <pre>{@code
 * ContactsApi contacts = GhlFeign.builder(System.getenv("MATON_API_KEY"), null, "conn_sub")
 *     .target(ContactsApi.class, GhlFeign.DEFAULT_BASE_URL);
 * }</pre>
 */
public final class GhlFeign {
  /** Maton's gateway. */
  public static final String DEFAULT_BASE_URL = GhlClient.Builder.DEFAULT_BASE_URL;

  private GhlFeign() {}

  /**
   * A builder for the gateway, over the client's own JDK {@link HttpClient}.
   *
   * @param apiKey Maton API key (never logged, never in {@code toString()})
   * @param agencyConnection {@code Maton-Connection} for agency operations, or null if unused
   * @param subAccountConnection {@code Maton-Connection} for sub-account operations, or null if unused
   * @return a builder; call {@code target(SomeApi.class, baseUrl)} on it
   * @throws GhlConfigurationException as {@link #builder(String, String, String, HttpClient)}
   */
  public static Feign.Builder builder(String apiKey, String agencyConnection, String subAccountConnection) {
    return new PipelineBuilder(client(apiKey, agencyConnection, subAccountConnection));
  }

  /**
   * As {@link #builder(String, String, String)}, over {@code http}.
   *
   * @param apiKey Maton API key
   * @param agencyConnection connection for agency operations, or null
   * @param subAccountConnection connection for sub-account operations, or null
   * @param http the JDK client to send with, as {@link GhlClient.Builder#httpClient(HttpClient)}
   * @return a builder
   * @throws GhlConfigurationException naming the setting (never its value) when the API key is
   *     missing, the key or a connection id is blank or holds whitespace, control characters or
   *     braces, or {@code http} is null or follows redirects
   */
  public static Feign.Builder builder(String apiKey, String agencyConnection, String subAccountConnection,
      HttpClient http) {
    return new PipelineBuilder(client(apiKey, agencyConnection, subAccountConnection).httpClient(http));
  }

  /** The client builder, its values checked as {@code GhlClient.builder().build()} checks them. */
  private static GhlClient.Builder client(String apiKey, String agencyConnection, String subAccountConnection) {
    if (apiKey == null) {
      throw new GhlConfigurationException("apiKey is required (your Maton API key)");
    }
    return GhlClient.builder().apiKey(Require.headerSafe(apiKey, "apiKey"))
        .agencyConnection(Require.headerSafeIfSet(agencyConnection, "agencyConnection"))
        .subAccountConnection(Require.headerSafeIfSet(subAccountConnection, "subAccountConnection"));
  }

  /** Feign's builder shape over the client's pipeline. */
  private static final class PipelineBuilder extends Feign.Builder {
    private final GhlClient.Builder client;
    /** The client the last target was built on, shared by the next ones while nothing changes (one limiter). */
    private GhlClient built;
    private String builtUrl;

    PipelineBuilder(GhlClient.Builder client) {
      this.client = client;
    }

    @Override
    public synchronized <T> T target(Class<T> apiType, String url) {
      if (built == null || !url.equals(builtUrl)) {
        built = client.baseUrl(url).build();
        builtUrl = url;
      }
      return built.api(apiType);
    }

    /** Applies a setting to the client builder: the next target gets a client built with it. */
    private synchronized Feign.Builder set(Runnable setting) {
      setting.run();
      built = null;
      return this;
    }

    @Override
    public <T> T target(Target<T> target) {
      if (!(target instanceof Target.HardCodedTarget)) {
        throw new GhlConfigurationException("GhlFeign takes a Target.HardCodedTarget (a type and a URL), not "
            + target.getClass().getName() + ": requests are built by the client's pipeline");
      }
      return target(target.type(), target.url());
    }

    @Override
    public Feign internalBuild() {
      return new Feign() {
        @Override
        public <T> T newInstance(Target<T> target) {
          return PipelineBuilder.this.target(target);
        }
      };
    }

    @Override
    public Feign.Builder options(Request.Options options) {
      Require.nonNull(options, "options");
      return set(() -> client.connectTimeout(Duration.ofMillis(options.connectTimeoutMillis()))
          .readTimeout(Duration.ofMillis(options.readTimeoutMillis())));
    }

    @Override
    public Feign.Builder client(Client transport) {
      return set(() -> client.transport(transport));
    }

    @Override
    public Feign.Builder logLevel(Logger.Level level) {
      LogLevel ours = switch (Require.nonNull(level, "logLevel")) {
        case NONE -> LogLevel.NONE;
        case BASIC -> LogLevel.BASIC;
        case HEADERS -> LogLevel.HEADERS;
        case FULL -> LogLevel.BODY;
      };
      return set(() -> client.logLevel(ours));
    }

    @Override
    public Feign.Builder retryer(Retryer retryer) {
      if (retryer != Retryer.NEVER_RETRY) {
        throw refused("retryer (only Retryer.NEVER_RETRY, which turns the client's retries off)");
      }
      return set(() -> client.maxRetries(0));
    }

    private static GhlConfigurationException refused(String setting) {
      return new GhlConfigurationException("GhlFeign: " + setting + " is not used: every call goes through the client's"
          + " pipeline, which has its own (use Feign.builder() for a plain Feign client)");
    }

    // Settings the pipeline has no place for: each is refused where it is set.
    @Override public Feign.Builder contract(Contract c) { throw refused("contract"); }
    @Override public Feign.Builder logger(Logger l) {
      throw refused("logger (the client logs through SLF4J, logger dev.pitkit.ghl.client.http)");
    }
    @Override public Feign.Builder encoder(Encoder e) { throw refused("encoder"); }
    @Override public Feign.Builder decoder(Decoder d) { throw refused("decoder"); }
    @Override public Feign.Builder queryMapEncoder(QueryMapEncoder e) { throw refused("queryMapEncoder"); }
    @Override public Feign.Builder mapAndDecode(ResponseMapper m, Decoder d) { throw refused("mapAndDecode"); }
    @Override public Feign.Builder decode404() { throw refused("decode404"); }
    @Override public Feign.Builder dismiss404() { throw refused("dismiss404"); }
    @Override public Feign.Builder errorDecoder(ErrorDecoder e) { throw refused("errorDecoder"); }
    @Override public Feign.Builder requestInterceptor(RequestInterceptor i) { throw refused("requestInterceptor"); }
    @Override public Feign.Builder requestInterceptors(Iterable<RequestInterceptor> i) { throw refused("requestInterceptors"); }
    @Override public Feign.Builder responseInterceptor(ResponseInterceptor i) { throw refused("responseInterceptor"); }
    @Override public Feign.Builder invocationHandlerFactory(InvocationHandlerFactory f) { throw refused("invocationHandlerFactory"); }
    @Override public Feign.Builder doNotCloseAfterDecode() { throw refused("doNotCloseAfterDecode"); }
    @Override public Feign.Builder decodeVoid() { throw refused("decodeVoid"); }
    @Override public Feign.Builder exceptionPropagationPolicy(ExceptionPropagationPolicy p) { throw refused("exceptionPropagationPolicy"); }
    @Override public Feign.Builder addCapability(Capability c) { throw refused("addCapability"); }
  }
}
