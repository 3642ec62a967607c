package dev.pitkit.ghl.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitkit.ghl.invoker.ApiResponseDecoder;
import dev.pitkit.ghl.client.error.GhlConfigurationException;
import feign.Client;
import feign.Feign;
import feign.Request;
import feign.RequestTemplate;
import feign.Target;
import feign.Util;
import feign.codec.Decoder;
import feign.codec.Encoder;
import feign.codec.ErrorDecoder;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The client's Feign components for use outside {@link ClientCore}, behind the public
 * {@code GhlFeign}: the JDK transport, the byte-parsing decoder, the typed error mapper and a
 * builder whose targets route by each method's {@code @GhlOperation}. Not an API of its own.
 */
public final class FeignParts {
  private FeignParts() {}

  /**
   * {@link JdkTransport} over a caller's {@code http}, which must not follow redirects: a followed
   * redirect would carry the API key to wherever it points.
   *
   * @throws GhlConfigurationException when {@code http} follows redirects
   */
  public static Client transport(HttpClient http) {
    if (http.followRedirects() != HttpClient.Redirect.NEVER) {
      throw new GhlConfigurationException("the HttpClient follows redirects (" + http.followRedirects()
          + "): build it with followRedirects(HttpClient.Redirect.NEVER), so that no redirect can carry the API key"
          + " to another server");
    }
    return new JdkTransport(http);
  }

  /** {@link JsonEncoder}: Feign's JacksonEncoder, with a writer kept per body type. */
  public static Encoder encoder(ObjectMapper mapper) {
    return new JsonEncoder(mapper);
  }

  /** {@link SafeDecoder} over the generated decoder. */
  public static Decoder decoder(ObjectMapper mapper) {
    return new SafeDecoder(new ApiResponseDecoder(mapper), mapper);
  }

  /** {@link ErrorMapper}: error statuses become the typed {@code GhlApiException}s. */
  public static ErrorDecoder errorDecoder(ObjectMapper mapper) {
    return new ErrorMapper(mapper, Clock.systemUTC());
  }

  /**
   * Feign's default timeouts (10 s connect, 60 s read, redirects followed), as {@link LeanOptions}.
   */
  public static Request.Options defaultOptions() {
    return new LeanOptions(10, TimeUnit.SECONDS, 60, TimeUnit.SECONDS, true);
  }

  /**
   * {@link Request.Options} that skip Feign 13's per-thread method-options lookup until someone
   * uses it. Feign asks {@code getMethodOptions(methodName)} on every call, and the stock class
   * answers by building a string from the calling thread's group, name and id to look up a map
   * that is empty unless {@code setMethodOptions} was called: a few hundred nanoseconds and
   * bytes per call for nothing. Once {@code setMethodOptions} is called, it behaves exactly as
   * Feign's.
   */
  static final class LeanOptions extends Request.Options {
    private volatile boolean methodOptionsSet;

    LeanOptions(long connectTimeout, TimeUnit connectUnit, long readTimeout, TimeUnit readUnit, boolean followRedirects) {
      super(connectTimeout, connectUnit, readTimeout, readUnit, followRedirects);
    }

    @Override
    public Request.Options getMethodOptions(String methodName) {
      return methodOptionsSet ? super.getMethodOptions(methodName) : this;
    }

    @Override
    public void setMethodOptions(String methodName, Request.Options options) {
      super.setMethodOptions(methodName, options);
      methodOptionsSet = true;
    }
  }

  /**
   * A {@link Feign.Builder} whose targets add the gateway headers: {@code Authorization},
   * {@code User-Agent} and, from the called method's {@code @GhlOperation}, {@code Maton-Connection}
   * (by its token kind) and {@code Version}; and, with its {@link JsonHeadersContract}, the method's
   * constant JSON headers. They are added to the request when the target turns
   * the template into it, not by an interceptor, which would re-parse every value as a header
   * template on every call; so they stay whatever client is set later. {@code target(Class, String)}
   * gets a lean target of its own; any other {@link Target} ({@code target(Target)},
   * {@code build().newInstance(Target)}) is wrapped, and its requests get the same headers.
   *
   * @param apiKey Maton API key
   * @param agencyConnection connection for agency operations, or null
   * @param subAccountConnection connection for sub-account operations, or null
   * @param userAgent User-Agent header
   */
  public static Feign.Builder gatewayBuilder(String apiKey, String agencyConnection, String subAccountConnection,
      String userAgent) {
    JsonHeadersContract contract = new JsonHeadersContract();
    GatewayBuilder builder = new GatewayBuilder(new Routing(new GatewayHeaders(new Secret(apiKey), userAgent),
        agencyConnection, subAccountConnection, contract));
    builder.contract(contract);
    return builder;
  }

  private static final class GatewayBuilder extends Feign.Builder {
    private final Routing routing;

    GatewayBuilder(Routing routing) {
      this.routing = routing;
    }

    @Override
    public <T> T target(Class<T> apiType, String url) {
      return target(new GatewayTarget<>(apiType, url, routing));
    }

    /** Every way to a proxy ends in {@code newInstance}: a target that is not ours gets wrapped there. */
    @Override
    public Feign internalBuild() {
      Feign feign = super.internalBuild();
      return new Feign() {
        @Override
        public <T> T newInstance(Target<T> target) {
          return feign.newInstance(target instanceof GatewayTarget || target instanceof RoutedTarget
              ? target : new RoutedTarget<>(target, routing));
        }
      };
    }
  }

  /** Like Feign's {@code HardCodedTarget}, plus the gateway headers. */
  private record GatewayTarget<T>(Class<T> type, String url, Routing routing) implements Target<T> {
    @Override
    public String name() {
      return url;
    }

    @Override
    public Request apply(RequestTemplate template) {
      String relative = template.url();
      if (url.indexOf('?') >= 0 || relative.startsWith("http")) {
        // a base URL with a query, or an absolute template: let Feign merge them, as HardCodedTarget does
        if (!relative.startsWith("http")) {
          template.target(url);
        }
        return routing.addTo(template.request());
      }
      byte[] body = template.body();
      Map<String, Collection<String>> headers = routing.merged(template, template.headers(), body);
      return Request.create(Request.HttpMethod.valueOf(template.method()), url + relative, headers, body,
          body != null ? template.requestCharset() : null, template);
    }

    @Override
    public String toString() {
      return "GatewayTarget(type=" + type.getSimpleName() + ", url=" + url + ", " + routing + ")";
    }
  }

  /** A caller's own target; the request it builds gets the gateway headers. */
  private record RoutedTarget<T>(Target<T> delegate, Routing routing) implements Target<T> {
    @Override
    public Class<T> type() {
      return delegate.type();
    }

    @Override
    public String name() {
      return delegate.name();
    }

    @Override
    public String url() {
      return delegate.url();
    }

    @Override
    public Request apply(RequestTemplate template) {
      return routing.addTo(delegate.apply(template));
    }

    @Override
    public String toString() {
      return "RoutedTarget(" + delegate + ", " + routing + ")";
    }
  }

  /** The gateway headers of one operation, its connection picked by its token kind. */
  private static final class Routing {
    private final GatewayHeaders gateway;
    private final String agency;
    private final String subAccount;
    private final JsonHeadersContract contract;

    Routing(GatewayHeaders gateway, String agency, String subAccount, JsonHeadersContract contract) {
      this.gateway = gateway;
      this.agency = agency;
      this.subAccount = subAccount;
      this.contract = contract;
    }

    /** {@code request} with the gateway headers of its operation set (replacing any of the same name). */
    Request addTo(Request request) {
      RequestTemplate template = request.requestTemplate();
      return Request.create(request.httpMethod(), request.url(), merged(template, request.headers(), request.body()),
          request.body(), request.charset(), template);
    }

    /**
     * The request headers of the call that built {@code template}, case-insensitive: the JSON headers
     * the contract took from its method, then {@code headers} (which win over those), then the
     * gateway headers of its operation (which win over both); and the {@code Content-Length} of a
     * non-empty {@code body} when none is set (the {@link JsonEncoder} leaves it to the target).
     */
    Map<String, Collection<String>> merged(RequestTemplate template, Map<String, Collection<String>> headers,
        byte[] body) {
      Map<String, Collection<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      out.putAll(contract.headersOf(template));
      out.putAll(headers);
      forEach(OperationInfo.of(template), (name, value) -> out.put(name, List.of(value)));
      if (body != null && body.length > 0) {
        out.putIfAbsent(Util.CONTENT_LENGTH, List.of(String.valueOf(body.length)));
      }
      return out;
    }

    /** Hands each header to {@code sink}; throws when the operation's connection is not configured. */
    void forEach(OperationInfo op, BiConsumer<String, String> sink) {
      String connection = null;
      if (op != null && op.token() != TokenType.MATON) {
        connection = op.token().connection(agency, subAccount);
        if (connection == null) {
          throw new GhlConfigurationException(op.token().missingConnection(op.operationId())
              + " but none was given to GhlFeign.builder(...)");
        }
      }
      gateway.forEach(connection, op != null && op.hasVersion() ? op.version() : null, sink);
    }

    @Override
    public String toString() {
      return "agencyConnection=" + agency + ", subAccountConnection=" + subAccount;
    }
  }
}
