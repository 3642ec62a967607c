package dev.pitkit.ghl.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.client.internal.ClientCore;
import dev.pitkit.ghl.client.internal.FeignParts;
import dev.pitkit.ghl.client.internal.HeaderValues;
import dev.pitkit.ghl.client.internal.Require;
import feign.Feign;
import feign.Retryer;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The generated interfaces through plain Feign, for callers who want Feign's own proxy and
 * nothing of {@link GhlClient} but the wiring. The builder comes with this library's parts:
 * <ul>
 *   <li>the JDK {@link HttpClient} transport that reads bodies as bytes (HTTP/2 over https, HTTP/1.1
 *       over plain http);</li>
 *   <li>the client's JSON mapper for bodies (written as Feign's {@code JacksonEncoder} writes them,
 *       with one writer kept per body type; the body's {@code Content-Length} is set on the request
 *       by the target rather than kept as a Feign header template), and a decoder that parses
 *       straight from the bytes and
 *       reports an empty, HTML or wrong-shape success as {@code GhlInvalidResponseException}
 *       (which Feign hands on as the cause of its {@code DecodeException});</li>
 *   <li>error statuses as the typed {@code GhlApiException}s ({@code NotFoundException}, ...);</li>
 *   <li>{@code Authorization}, {@code User-Agent}, and per method, from its {@code @GhlOperation},
 *       the {@code Maton-Connection} of its token kind and its {@code Version};</li>
 *   <li>Feign's default contract, except that each method's constant {@code Accept} and
 *       {@code Content-Type: application/json} are not kept as Feign header templates (which Feign
 *       would copy, expand and re-parse on every call) but added to the request by the target. They
 *       are sent as before; a {@code RequestInterceptor} does not see them in the template, and one
 *       that sets either header replaces it. A contract of your own ({@code contract(...)}) leaves
 *       them all to Feign;</li>
 *   <li>Feign's default timeouts (10 s connect, 60 s read) in {@code Request.Options} that skip
 *       Feign's per-call, per-thread method-options lookup until {@code setMethodOptions} is
 *       used;</li>
 *   <li>no retries ({@link Retryer#NEVER_RETRY}).</li>
 * </ul>
 * What it does not do, and {@link GhlClient} does: validation before sending, retries, rate
 * limiting, pagination, per-call options, and wrapping transport failures (Feign throws its
 * {@code RetryableException}).
 *
 * <pre>{@code
 * ContactsApi contacts = GhlFeign.builder(System.getenv("MATON_API_KEY"), null, "conn_sub")
 *     .target(ContactsApi.class, GhlFeign.DEFAULT_BASE_URL);
 * }</pre>
 * The returned builder can be changed further (options, logger, another client) before
 * {@code target(SomeApi.class, baseUrl)}, which adds the headers when each request is made. A
 * {@code feign.Target} of your own ({@code target(Target)} or {@code build().newInstance(Target)})
 * builds the request as it likes, and the headers are set on what it builds.
 */
public final class GhlFeign {
  /** Maton's gateway. */
  public static final String DEFAULT_BASE_URL = GhlClient.Builder.DEFAULT_BASE_URL;

  private GhlFeign() {}

  /**
   * A Feign builder wired for the gateway, over a new JDK {@link HttpClient} (10 s connect
   * timeout, no redirects).
   *
   * @param apiKey Maton API key (never logged, never in {@code toString()})
   * @param agencyConnection {@code Maton-Connection} for agency operations, or null if unused
   * @param subAccountConnection {@code Maton-Connection} for sub-account operations, or null if unused
   * @return a builder; call {@code target(SomeApi.class, baseUrl)} on it
   * @throws GhlConfigurationException as {@link #builder(String, String, String, HttpClient)}
   */
  public static Feign.Builder builder(String apiKey, String agencyConnection, String subAccountConnection) {
    return builder(apiKey, agencyConnection, subAccountConnection, HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build());
  }

  /**
   * As {@link #builder(String, String, String)}, over {@code http}.
   *
   * @param apiKey Maton API key
   * @param agencyConnection connection for agency operations, or null
   * @param subAccountConnection connection for sub-account operations, or null
   * @param http the JDK client to send with (its connect timeout applies; Feign's read timeout is
   *     each request's timeout); it must not follow redirects, which would carry the API key to
   *     wherever they point
   * @return a builder
   * @throws GhlConfigurationException naming the setting (never its value) when the API key is
   *     missing, the key or a connection id is blank or holds whitespace, control characters or
   *     braces, or {@code http} is null or follows redirects
   */
  public static Feign.Builder builder(String apiKey, String agencyConnection, String subAccountConnection,
      HttpClient http) {
    if (apiKey == null) {
      throw new GhlConfigurationException("apiKey is required (your Maton API key)");
    }
    // the same checks as GhlClient.builder(), before anything can carry a value into a header
    HeaderValues.requireSafe(apiKey, "apiKey");
    if (agencyConnection != null) {
      HeaderValues.requireSafe(agencyConnection, "agencyConnection");
    }
    if (subAccountConnection != null) {
      HeaderValues.requireSafe(subAccountConnection, "subAccountConnection");
    }
    Require.nonNull(http, "http");
    ObjectMapper mapper = ClientCore.newMapper();
    return FeignParts.gatewayBuilder(apiKey, agencyConnection, subAccountConnection, GhlClient.userAgent())
        .client(FeignParts.transport(http))
        .encoder(FeignParts.encoder(mapper))
        .decoder(FeignParts.decoder(mapper))
        .errorDecoder(FeignParts.errorDecoder(mapper))
        .options(FeignParts.defaultOptions())
        .retryer(Retryer.NEVER_RETRY);
  }
}
