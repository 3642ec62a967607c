package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.client.error.GhlIoException;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link GhlClient.Builder}: required and rejected values (all failing at {@code build()} with a
 * message naming the setting, never the value), https-unless-loopback, {@code fromEnv},
 * immutability, one shared core per client and its views, the User-Agent, and views/options.
 */
class ClientBuilderTest {
  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  @BeforeEach
  void stub() {
    wm.stubFor(any(anyUrl()).willReturn(okJson("{}")));
  }

  private static GhlClient.Builder valid() {
    return GhlClient.builder().apiKey("test_key_not_real").agencyConnection("conn_a").subAccountConnection("conn_s");
  }

  private static GhlConfigurationException fails(GhlClient.Builder b) {
    return assertThrows(GhlConfigurationException.class, b::build);
  }

  // --- API key ----------------------------------------------------------------------------

  @Test
  void apiKeyIsRequired() {
    GhlConfigurationException e = fails(GhlClient.builder());
    assertTrue(e.getMessage().contains("apiKey is required"), e.getMessage());
    assertTrue(e.getMessage().contains("MATON_API_KEY"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   ", "\t", "\n", "\r\n"})
  void blankApiKeyIsRejected(String key) {
    GhlConfigurationException e = fails(valid().apiKey(key));
    assertTrue(e.getMessage().contains("apiKey must not be null or blank"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"secret_abc def", "secret_abc\r\nX-Injected: 1", "secret_abc\n", " secret_abc",
      "secret_abc\u0000", "secret_abc\u007f", "secret_abc\u0085", "secret_abc\t"})
  void apiKeyWithWhitespaceOrControlCharactersIsRejectedWithoutEchoingIt(String key) {
    GhlConfigurationException e = fails(valid().apiKey(key));
    assertTrue(e.getMessage().startsWith("apiKey must not contain whitespace or control characters")
        || e.getMessage().startsWith("apiKey must be printable ASCII"), e.getMessage());
    assertFalse(e.getMessage().contains("secret_abc"), e.getMessage());
  }

  @Test
  void anAuthorizationValueGivenAsTheKeySaysWhatToDrop() {
    GhlConfigurationException e = fails(valid().apiKey("Bearer secret_abc"));
    assertEquals("apiKey must be the key alone, without \"Bearer \": the client adds it", e.getMessage());
  }

  @Test
  void apiKeyWithBracesOrNonAsciiIsRejected() {
    assertTrue(fails(valid().apiKey("abc{def}")).getMessage().contains("apiKey"));
    assertTrue(fails(valid().apiKey("abcé")).getMessage().contains("apiKey"));
  }

  // --- connections ------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "conn\r\nX: y", "conn\n", "conn id", "conn\u0001"})
  void badConnectionIdsAreRejectedAtBuildTime(String id) {
    assertTrue(fails(valid().agencyConnection(id)).getMessage().startsWith("agencyConnection must"));
    assertTrue(fails(valid().subAccountConnection(id)).getMessage().startsWith("subAccountConnection must"));
    GhlClient ghl = valid().build();
    GhlConfigurationException view = assertThrows(GhlConfigurationException.class, () -> ghl.withConnection(id));
    assertTrue(view.getMessage().startsWith("connection id must"), view.getMessage());
    assertThrows(GhlConfigurationException.class, () -> RequestOptions.builder().connection(id).build());
  }

  @Test
  void nullViewConnectionIsRejected() {
    GhlClient ghl = valid().build();
    GhlConfigurationException e = assertThrows(GhlConfigurationException.class, () -> ghl.withConnection(null));
    assertTrue(e.getMessage().contains("connection id"), e.getMessage());
  }

  @Test
  void connectionsAreOptionalUntilAnOperationNeedsOne() {
    assertDoesNotThrow(() -> GhlClient.builder().apiKey("k").build());
  }

  // --- base URL ---------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"http://api.maton.ai", "http://example.com:8080", "http://localhost.evil.com",
      "http://10.0.0.1", "ftp://api.maton.ai", "api.maton.ai", "https://", "", " ", "not a url", "http://0.0.0.0:80"})
  void nonHttpsBaseUrlIsRejectedUnlessLoopback(String url) {
    GhlConfigurationException e = fails(valid().baseUrl(url));
    assertTrue(e.getMessage().startsWith("baseUrl"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://api.maton.ai", "https://api.maton.ai/", "https://gateway.example.com:8443/base",
      "http://localhost:8080", "http://LOCALHOST", "http://127.0.0.1:9", "http://127.1.2.3", "http://[::1]:8080"})
  void httpsOrLoopbackBaseUrlIsAccepted(String url) {
    assertDoesNotThrow(() -> valid().baseUrl(url).build());
  }

  @Test
  void defaultBaseUrlIsMatonOverHttps() {
    assertEquals("https://api.maton.ai", GhlClient.Builder.DEFAULT_BASE_URL);
    assertTrue(valid().build().toString().contains("baseUrl=https://api.maton.ai"));
  }

  @Test
  void trailingSlashOfBaseUrlIsIgnored() {
    GhlClient ghl = FacadeTestSupport.builder(wm).baseUrl(wm.baseUrl() + "/").build();
    ghl.contacts().getContact("c1");
    assertEquals("/highlevel-pit/contacts/c1", FacadeTestSupport.onlyRequest(wm).getUrl());
  }

  // --- timeouts, log level, version -----------------------------------------------------

  @Test
  void timeoutsMustBePositive() {
    assertTrue(fails(valid().connectTimeout(Duration.ZERO)).getMessage().contains("connectTimeout"));
    assertTrue(fails(valid().readTimeout(Duration.ofSeconds(-1))).getMessage().contains("readTimeout"));
    assertTrue(fails(valid().readTimeout(null)).getMessage().contains("readTimeout"));
    assertDoesNotThrow(() -> valid().connectTimeout(Duration.ofMillis(1)).readTimeout(Duration.ofMinutes(5)).build());
  }

  @Test
  void logLevelIsRequired() {
    assertTrue(fails(valid().logLevel(null)).getMessage().startsWith("logLevel"));
  }

  @Test
  void badVersionOverrideIsRejected() {
    assertTrue(fails(valid().versionOverride("2021-07-28\r\nX: y")).getMessage().startsWith("versionOverride"));
  }

  // --- fromEnv ----------------------------------------------------------------------------

  @Test
  void fromEnvReadsKeyConnectionsAndSettings() {
    Map<String, String> env = Map.of("MATON_API_KEY", "env_key_not_real", "GHL_AGENCY_CONNECTION", "conn_env_a",
        "GHL_SUB_ACCOUNT_CONNECTION", "conn_env_s", "MATON_BASE_URL", wm.baseUrl(), "GHL_LOG_LEVEL", "basic",
        "GHL_VERSION", "2021-07-28");
    GhlClient ghl = GhlClient.builder().fromEnv(env).maxRetries(0).rateLimiting(false).build();
    ghl.contacts().getContact("c1");
    LoggedRequest r = FacadeTestSupport.onlyRequest(wm);
    assertEquals("Bearer env_key_not_real", r.getHeader("Authorization"));
    assertEquals("conn_env_s", r.getHeader("Maton-Connection"));
    wm.resetRequests();
    ghl.locations().getLocation("loc1");
    assertEquals("conn_env_a", FacadeTestSupport.onlyRequest(wm).getHeader("Maton-Connection"));
  }

  @Test
  void fromEnvLeavesUnsetVariablesAloneAndLaterSettersWin() {
    GhlClient.Builder b = GhlClient.builder().subAccountConnection("conn_explicit").fromEnv(Map.of("MATON_API_KEY", "k1"))
        .baseUrl(wm.baseUrl()).maxRetries(0).rateLimiting(false);
    b.apiKey("k2").build().contacts().getContact("c1");
    LoggedRequest r = FacadeTestSupport.onlyRequest(wm);
    assertEquals("Bearer k2", r.getHeader("Authorization"));
    assertEquals("conn_explicit", r.getHeader("Maton-Connection"));
  }

  @Test
  void fromEnvValidatesLikeSettersAndNamesTheVariable() {
    Map<String, String> refused = Map.of("MATON_API_KEY", "  ", "GHL_SUB_ACCOUNT_CONNECTION", "",
        "GHL_AGENCY_CONNECTION", "a\nb", "MATON_BASE_URL", "", "GHL_VERSION", "", "GHL_LOG_LEVEL", "LOUD");
    Map<String, String> setting = Map.of("MATON_API_KEY", "apiKey", "GHL_SUB_ACCOUNT_CONNECTION", "subAccountConnection",
        "GHL_AGENCY_CONNECTION", "agencyConnection", "MATON_BASE_URL", "baseUrl", "GHL_VERSION", "versionOverride",
        "GHL_LOG_LEVEL", "NONE, BASIC");
    refused.forEach((variable, value) -> {
      GhlConfigurationException e = assertThrows(GhlConfigurationException.class,
          () -> GhlClient.builder().fromEnv(Map.of(variable, value)), variable);
      assertTrue(e.getMessage().startsWith(variable) && e.getMessage().contains(setting.get(variable)), e.getMessage());
    });
    GhlConfigurationException e = assertThrows(GhlConfigurationException.class, () -> GhlClient.builder().fromEnv(null));
    assertTrue(e.getMessage().contains("env"), e.getMessage());
  }

  // --- immutability, sharing, User-Agent --------------------------------------------------

  @Test
  void builtClientIgnoresLaterBuilderChanges() {
    GhlClient.Builder b = FacadeTestSupport.builder(wm);
    GhlClient ghl = b.build();
    b.apiKey("other_key").subAccountConnection("conn_changed");
    ghl.contacts().getContact("c1");
    LoggedRequest r = FacadeTestSupport.onlyRequest(wm);
    assertEquals("Bearer " + FacadeTestSupport.KEY, r.getHeader("Authorization"));
    assertEquals(FacadeTestSupport.SUB, r.getHeader("Maton-Connection"));
  }

  @Test
  void accessorsAreCachedAndViewsShareOneCore() throws Exception {
    // one core per client and its views: request plans, validator metadata and any Feign target are built once
    GhlClient ghl = FacadeTestSupport.builder(wm).build();
    assertSame(ghl.contacts(), ghl.contacts());
    GhlClient view = ghl.withConnection("conn_v");
    assertNotSame(ghl.contacts(), view.contacts());
    assertSame(core(ghl.contacts()), core(view.contacts()));
    assertSame(core(ghl.contacts()), core(view.withOptions(RequestOptions.builder().maxRetries(1).build())
        .api(ContactsApi.class)));
    assertSame(core(ghl.contacts()), core(ghl.withConnection("conn_w").contacts()));
    assertNotSame(core(ghl.contacts()), core(FacadeTestSupport.builder(wm).build().contacts()));
  }

  /** The core behind a generated implementation: its invoker's (the view's) core. */
  private static Object core(Object api) throws ReflectiveOperationException {
    return field(field(api, "invoker"), "core");
  }

  private static Object field(Object owner, String name) throws ReflectiveOperationException {
    Field f = owner.getClass().getDeclaredField(name);
    f.setAccessible(true);
    return f.get(owner);
  }

  @Test
  void userAgentNamesLibraryAndVersion() {
    assertFalse(GhlClient.version().isBlank());
    assertFalse(GhlClient.version().contains("${"), "LibraryVersion must be filtered by the build");
    FacadeTestSupport.builder(wm).build().contacts().getContact("c1");
    String ua = FacadeTestSupport.onlyRequest(wm).getHeader("User-Agent");
    assertTrue(ua.matches("ghl-maton-java/" + java.util.regex.Pattern.quote(GhlClient.version()) + " Java/.+"), ua);
  }

  // --- views and per-call options -------------------------------------------------------

  @Test
  void perCallOptionsOverrideAndMerge() {
    GhlClient ghl = FacadeTestSupport.builder(wm).build();
    GhlClient view = ghl.withConnection("conn_v");
    Function<GhlClient, String> sentConnection = c -> {
      wm.resetRequests();
      c.contacts().getContact("c1");
      return FacadeTestSupport.onlyRequest(wm).getHeader("Maton-Connection");
    };
    assertEquals("conn_v", sentConnection.apply(view));
    assertEquals("conn_v", sentConnection.apply(view.withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(5))
        .build())), "options without a connection keep the view's");
    assertEquals("conn_call", sentConnection.apply(view.withOptions(RequestOptions.builder().connection("conn_call")
        .build())), "the later override wins");
    assertEquals(FacadeTestSupport.SUB, sentConnection.apply(ghl), "the parent is unchanged");
    assertEquals("conn_v", view.options().connection());
    assertEquals(RequestOptions.NONE, ghl.options());
  }

  @Test
  void requestOptionsMergeSemantics() {
    RequestOptions a = RequestOptions.builder().connection("c1").maxRetries(1).timeout(Duration.ofSeconds(1)).build();
    RequestOptions b = RequestOptions.builder().maxRetries(3).build();
    RequestOptions m = a.merge(b);
    assertEquals("c1", m.connection());
    assertEquals(3, m.maxRetries());
    assertEquals(Duration.ofSeconds(1), m.timeout());
    assertThrows(GhlConfigurationException.class, () -> RequestOptions.builder().maxRetries(-1).build());
  }

  @Test
  void toStringsShowConfigurationButNotTheKey() {
    GhlClient.Builder b = valid().apiKey("tostring_key_not_real");
    assertFalse(b.toString().contains("tostring_key_not_real"));
    GhlClient ghl = b.build();
    String s = ghl.toString();
    assertTrue(s.contains("conn_a") && s.contains("conn_s"), s);
    assertFalse(s.contains("tostring_key_not_real"), s);
    String api = ghl.withConnection("conn_v").contacts().toString();
    assertTrue(api.startsWith("ContactsApi("), api);
    assertTrue(api.contains("conn_v"), api);
    assertFalse(api.contains("tostring_key_not_real"), api);
  }

  // --- the caller's HttpClient ------------------------------------------------------------

  @Test
  void theCallersHttpClientSendsTheRequestsAndTheReadTimeoutStillApplies() {
    List<URI> asked = new CopyOnWriteArrayList<>();
    ProxySelector recording = new ProxySelector() { // as a corporate proxy setup would be consulted
      @Override
      public List<java.net.Proxy> select(URI uri) {
        asked.add(uri);
        return List.of(java.net.Proxy.NO_PROXY);
      }

      @Override
      public void connectFailed(URI uri, SocketAddress address, IOException e) {
      }
    };
    HttpClient own = HttpClient.newBuilder().proxy(recording).build();
    GhlClient ghl = valid().baseUrl(wm.baseUrl()).httpClient(own).rateLimiting(false).maxRetries(0)
        .readTimeout(Duration.ofMillis(300)).build();

    ghl.contacts().getContact("abc123");
    assertEquals(List.of("/highlevel-pit/contacts/abc123"), asked.stream().map(URI::getPath).toList());

    wm.stubFor(any(anyUrl()).willReturn(okJson("{}").withFixedDelay(3_000)));
    GhlIoException slow = assertThrows(GhlIoException.class, () -> ghl.contacts().getContact("slow1"));
    assertTrue(slow.getMessage().toLowerCase(java.util.Locale.ROOT).contains("timed out")
        || slow.getCause() instanceof java.net.http.HttpTimeoutException, slow.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"NORMAL", "ALWAYS"})
  void anHttpClientThatFollowsRedirectsIsRefused(String policy) {
    HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.valueOf(policy)).build();
    GhlConfigurationException e = assertThrows(GhlConfigurationException.class, () -> valid().httpClient(following),
        "refused at the setter");
    assertTrue(e.getMessage().startsWith("the HttpClient follows redirects (" + policy + ")"), e.getMessage());
    assertFalse(e.getMessage().contains("test_key_not_real"), e.getMessage());
    assertThrows(GhlConfigurationException.class, () -> GhlFeign.builder("test_key_not_real", null, "conn_s", following),
        "GhlFeign refuses it too");
  }

  @Test
  void httpClientAndTransportAreExclusive() {
    GhlConfigurationException e = fails(valid().httpClient(HttpClient.newHttpClient())
        .transport((request, options) -> {
          throw new IOException("never called");
        }));
    assertEquals("set transport(...) or httpClient(...), not both", e.getMessage());
  }
}
