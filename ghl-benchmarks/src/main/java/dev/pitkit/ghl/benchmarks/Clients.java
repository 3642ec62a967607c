package dev.pitkit.ghl.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.benchmarks.official.invoker.ApiClient;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.internal.ClientJson;
import dev.pitkit.ghl.invoker.ApiResponseDecoder;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.RequestInterceptor;
import feign.Retryer;
import feign.http2client.Http2Client;
import feign.jackson.JacksonEncoder;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The three clients under test, configured alike: HTTP/1.1 over one JDK {@link HttpClient}
 * (10 s connect timeout, no redirects, 60 s request timeout), the facade's JSON mapper
 * ({@link ClientJson#newMapper()}), and the same request headers (Authorization, User-Agent,
 * Maton-Connection, Version, Accept, Content-Type on POST).
 */
public final class Clients {
  /** Connect timeout of every client. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Request (read) timeout of every client. */
  public static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

  private Clients() {}

  /** The facade as users build it, pointed at the local server. */
  public static GhlClient facade(String baseUrl, boolean rateLimiting) {
    return GhlClient.builder()
        .apiKey(Payloads.API_KEY)
        .baseUrl(baseUrl)
        .subAccountConnection(Payloads.CONNECTION)
        .connectTimeout(CONNECT_TIMEOUT)
        .readTimeout(READ_TIMEOUT)
        .rateLimiting(rateLimiting)
        .build();
  }

  /** The facade's User-Agent, sent by the other two clients too. */
  public static String userAgent() {
    return "ghl-maton-java/" + GhlClient.version() + " Java/" + System.getProperty("java.version");
  }

  /** A JDK HttpClient configured like the facade's for an http:// base URL. */
  public static HttpClient jdkHttpClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(CONNECT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /**
   * The generated interface through plain Feign: Http2Client, JacksonEncoder, the generated
   * ApiResponseDecoder and an interceptor adding the facade's headers. No validation, routing,
   * retries, rate limiting or error mapping.
   */
  public static ContactsApi rawFeign(String baseUrl) {
    return rawFeign(baseUrl, new Http2Client(jdkHttpClient()));
  }

  /** {@link #rawFeign(String)} over another transport. */
  public static ContactsApi rawFeign(String baseUrl, feign.Client transport) {
    ObjectMapper mapper = ClientJson.newMapper();
    String authorization = "Bearer " + Payloads.API_KEY;
    String userAgent = userAgent();
    RequestInterceptor headers = t -> {
      t.header("Authorization", authorization);
      t.header("User-Agent", userAgent);
      t.header("Maton-Connection", Payloads.CONNECTION);
      t.header("Version", Payloads.VERSION);
    };
    return Feign.builder()
        .client(transport)
        .encoder(new JacksonEncoder(mapper))
        .decoder(new ApiResponseDecoder(mapper))
        .requestInterceptor(headers)
        .retryer(Retryer.NEVER_RETRY)
        .logLevel(Logger.Level.NONE)
        .options(feignOptions())
        .target(ContactsApi.class, baseUrl);
  }

  /** Feign's timeouts, the same values as the HttpClient's (or Http2Client builds a second HttpClient for them). */
  private static Request.Options feignOptions() {
    return new Request.Options(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS, READ_TIMEOUT.toMillis(),
        TimeUnit.MILLISECONDS, false);
  }

  /** The hand-written baseline. */
  public static BaselineClient baseline(String baseUrl) {
    return new BaselineClient(baseUrl, jdkHttpClient(), ClientJson.newMapper(), userAgent());
  }

  /**
   * The client a user gets by running openapi-generator's {@code java}/{@code native} library on
   * GHL's own {@code contacts.json} (module ghl-benchmarks-official), pointed at the gateway path
   * and given the gateway's headers; its own defaults otherwise (its mapper, a default HttpClient).
   */
  public static dev.pitkit.ghl.benchmarks.official.api.ContactsApi official(String baseUrl) {
    String authorization = "Bearer " + Payloads.API_KEY;
    ApiClient client = new ApiClient()
        .setRequestInterceptor(r -> r.header("Authorization", authorization).header("Maton-Connection", Payloads.CONNECTION));
    client.updateBaseUri(baseUrl + "/highlevel-pit");
    return new dev.pitkit.ghl.benchmarks.official.api.ContactsApi(client);
  }
}
