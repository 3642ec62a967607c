package dev.pitkit.ghl.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.client.resilience.RetryPolicy;
import dev.pitkit.ghl.client.resilience.SlidingWindowRateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every public setter of the client's builders and options rejects what it cannot honour, where
 * it is given (or at {@code build()}), with a {@link GhlConfigurationException} that names the
 * setting and never a secret value; the same checks on every way in ({@code GhlClient.builder()},
 * {@code GhlFeign.builder(...)}, views, per-call options).
 */
class SettingsChecksTest {
  private static final String KEY = "settings_key_not_real";

  private static void rejected(String setting, Executable e, String... notInMessage) {
    GhlConfigurationException x = assertThrows(GhlConfigurationException.class, e);
    assertTrue(x.getMessage().contains(setting), "names " + setting + ": " + x.getMessage());
    for (String secret : notInMessage) {
      assertFalse(x.getMessage().contains(secret), "the value stays out of the message: " + x.getMessage());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"key_with\r\nInjected: header", "key with space", " padded_key ", "key{brace}", "", "tab\tkey"})
  void ghlFeignRefusesAnUnsafeKeyWhenBuiltNotOnTheFirstCall(String key) {
    rejected("apiKey", () -> GhlFeign.builder(key, "conn_a", "conn_s"), key.isBlank() ? "\u0000" : key.trim());
  }

  @ParameterizedTest
  @ValueSource(strings = {"conn\r\nX: y", "conn id", " conn ", "{conn}"})
  void ghlFeignRefusesUnsafeConnectionIds(String id) {
    rejected("agencyConnection", () -> GhlFeign.builder(KEY, id, null), id.trim());
    rejected("subAccountConnection", () -> GhlFeign.builder(KEY, null, id), id.trim());
  }

  @Test
  void ghlFeignAndTheClientAgreeOnEveryValue() {
    String[] values = {KEY, "k\u00e9y", "a\u007fb", "k\nk", " k", "k ", "{k}"};
    for (String v : values) {
      boolean client = accepted(() -> GhlClient.builder().apiKey(v).build());
      boolean feign = accepted(() -> GhlFeign.builder(v, null, null));
      assertTrue(client == feign, "same verdict for " + v.replace("\n", "\\n") + ": client " + client + ", feign " + feign);
    }
  }

  private static boolean accepted(Supplier<?> build) {
    try {
      build.get();
      return true;
    } catch (GhlConfigurationException e) {
      return false;
    }
  }

  @Test
  void aZeroOrNegativeTimeoutFailsAtTheSetterNotOnTheCall() {
    rejected("timeout", () -> RequestOptions.builder().timeout(Duration.ZERO));
    rejected("timeout", () -> RequestOptions.builder().timeout(Duration.ofMillis(-5)));
    rejected("timeout", () -> RequestOptions.builder().timeout(null));
  }

  /** Timeouts are kept in whole milliseconds: a shorter one was taken, and then every call failed. */
  @Test
  void aTimeoutUnderOneMillisecondFailsAtTheSetterOrBuild() {
    rejected("timeout", () -> RequestOptions.builder().timeout(Duration.ofNanos(500_000)));
    rejected("readTimeout", () -> GhlClient.builder().apiKey(KEY).readTimeout(Duration.ofNanos(999_999)).build());
    rejected("connectTimeout", () -> GhlClient.builder().apiKey(KEY).connectTimeout(Duration.ofNanos(1)).build());
    assertEquals(Duration.ofMillis(1), RequestOptions.builder().timeout(Duration.ofMillis(1)).build().timeout());
  }

  @Test
  void aBaseUrlPortOutOfRangeFailsAtBuild() {
    rejected("baseUrl", () -> GhlClient.builder().apiKey(KEY).baseUrl("http://127.0.0.1:99999").build());
    rejected("baseUrl", () -> GhlFeign.builder(KEY, null, null).target(dev.pitkit.ghl.api.ContactsApi.class,
        "http://127.0.0.1:65536"));
    GhlClient.builder().apiKey(KEY).baseUrl("http://127.0.0.1:65535").build().close();
  }

  /** A base URL copied from an operation's documented URL would double its prefix on every call: each would 404. */
  @Test
  void aBaseUrlEndingWithAnOperationPrefixFailsAtBuild() {
    for (String url : new String[] {"https://api.maton.ai/highlevel-pit", "https://api.maton.ai/highlevel-pit/",
        "https://api.maton.ai/connections"}) {
      GhlConfigurationException e = assertThrows(GhlConfigurationException.class,
          () -> GhlClient.builder().apiKey(KEY).baseUrl(url).build(), url);
      assertTrue(e.getMessage().contains("baseUrl must be the gateway's root (e.g. https://api.maton.ai)")
          && e.getMessage().contains("the client adds it"), e.getMessage());
    }
    GhlClient.builder().apiKey(KEY).baseUrl("https://proxy.example.com/maton").build().close(); // a proxy's own prefix
  }

  /** A user name or password in the base URL would not be sent (the JDK ignores it) but would show in every log line. */
  @Test
  void aBaseUrlWithUserInfoFailsAtBuildWithoutShowingIt() {
    GhlConfigurationException e = assertThrows(GhlConfigurationException.class,
        () -> GhlClient.builder().apiKey(KEY).baseUrl("https://proxyuser:proxy-secret-999@api.maton.ai").build());
    assertTrue(e.getMessage().contains("user name or password") && !e.getMessage().contains("proxy-secret"), e.getMessage());
  }

  /** Feign's request options hold milliseconds in an int: a longer timeout would wrap around to a short one. */
  @Test
  void aDurationOverIntegerMaxMillisecondsFailsAtTheSetterOrBuild() {
    Duration tooLong = Duration.ofMillis(Integer.MAX_VALUE + 1L);
    Duration longest = Duration.ofMillis(Integer.MAX_VALUE);
    rejected("timeout", () -> RequestOptions.builder().timeout(tooLong));
    rejected("maxRetryDelay", () -> RequestOptions.builder().maxRetryDelay(java.time.temporal.ChronoUnit.FOREVER.getDuration()));
    rejected("readTimeout", () -> GhlClient.builder().apiKey(KEY).readTimeout(Duration.ofDays(30)).build());
    rejected("connectTimeout", () -> GhlClient.builder().apiKey(KEY)
        .connectTimeout(java.time.temporal.ChronoUnit.FOREVER.getDuration()).build());
    rejected("maxRetryDelay", () -> GhlClient.builder().maxRetryDelay(tooLong));
    rejected("maxDelay", () -> RetryPolicy.DEFAULT.withMaxDelay(tooLong));
    rejected("initialDelay", () -> RetryPolicy.DEFAULT.withInitialDelay(tooLong));
    // the longest is taken, and the client builds with it
    assertEquals(longest, RequestOptions.builder().timeout(longest).build().timeout());
    GhlClient.builder().apiKey(KEY).readTimeout(longest).connectTimeout(longest).maxRetryDelay(longest).build().close();
  }

  @Test
  void requestOptionsCheckEverySetting() {
    rejected("maxRetries", () -> RequestOptions.builder().maxRetries(-1));
    rejected("maxRetryDelay", () -> RequestOptions.builder().maxRetryDelay(Duration.ofSeconds(-1)));
    rejected("connection id", () -> RequestOptions.builder().connection("conn\r\nX: y"), "conn\r\n");
    rejected("connection id", () -> RequestOptions.builder().connection(null));
  }

  @Test
  void viewsCheckWhatTheyAreGiven() {
    GhlClient ghl = GhlClient.builder().apiKey(KEY).build();
    rejected("connection id", () -> ghl.withConnection(" conn"));
    rejected("options", () -> ghl.withOptions(null));
  }

  @Test
  void theClientBuilderChecksEverySetting() {
    GhlClient.Builder b = GhlClient.builder().apiKey(KEY);
    rejected("maxRetries", () -> b.maxRetries(-1));
    rejected("maxRetryDelay", () -> b.maxRetryDelay(Duration.ofSeconds(-1)));
    rejected("maxRetryDelay", () -> b.maxRetryDelay(null));
    rejected("retryPolicy", () -> b.retryPolicy(null));
    rejected("rateLimiter", () -> b.rateLimiter(null));
    rejected("clock", () -> b.clock(null));
    rejected("sleeper", () -> b.sleeper(null));
    rejected("callListener", () -> b.callListener(null));
    rejected("httpClient", () -> b.httpClient(null));
    rejected("transport", () -> b.transport(null));
    rejected("readTimeout", () -> GhlClient.builder().apiKey(KEY).readTimeout(Duration.ZERO).build());
    rejected("connectTimeout", () -> GhlClient.builder().apiKey(KEY).connectTimeout(Duration.ofMillis(-1)).build());
  }

  @Test
  void retryPolicyAndTheLimiterCheckTheirValues() {
    rejected("maxRetries", () -> RetryPolicy.NONE.withMaxRetries(-1));
    rejected("initialDelay", () -> RetryPolicy.DEFAULT.withInitialDelay(null));
    rejected("maxDelay", () -> RetryPolicy.DEFAULT.withMaxDelay(Duration.ofMillis(-1)));
    Duration s = Duration.ofSeconds(1);
    rejected("keyMax", () -> new SlidingWindowRateLimiter(0, s, 1, s, Clock.systemUTC(), d -> { }));
    rejected("globalMax", () -> new SlidingWindowRateLimiter(1, s, 0, s, Clock.systemUTC(), d -> { }));
    rejected("keyWindow", () -> new SlidingWindowRateLimiter(1, Duration.ZERO, 1, s, Clock.systemUTC(), d -> { }));
    rejected("globalWindow", () -> new SlidingWindowRateLimiter(1, s, 1, Duration.ofNanos(10), Clock.systemUTC(), d -> { }));
    rejected("clock", () -> new SlidingWindowRateLimiter(1, s, 1, s, null, d -> { }));
  }
}
