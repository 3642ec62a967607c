package dev.pitkit.ghl.boot;

import dev.pitkit.ghl.client.GhlCallListener;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.client.resilience.RateLimiter;
import dev.pitkit.ghl.micrometer.GhlMetrics;
import dev.pitkit.ghl.micrometer.GhlObservations;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openapitools.jackson.nullable.JsonNullableModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configures a {@link GhlClient} from the {@code ghl.*} properties ({@link GhlProperties}),
 * unless the application defines its own {@code GhlClient} bean. Works on Spring Boot 3.5 and 4.0.
 *
 * <p>Beans the client picks up from the application context:
 * <ul>
 *   <li>a {@link RateLimiter} bean: used in place of the in-memory limiter (the extension point for
 *       a budget shared by several instances, e.g. on Redis); ignored when {@code ghl.rate-limit.enabled=false}.
 *       A library providing one registers an auto-configuration ordered
 *       {@code @AutoConfiguration(before = GhlAutoConfiguration.class)} with a
 *       {@code @ConditionalOnMissingBean} {@code RateLimiter} bean, so an application's own still wins;</li>
 *   <li>{@link GhlCallListener} beans: all told about every call (in {@code @Order}), together
 *       with the starter's own metrics ({@link GhlMetrics}, when Micrometer has a {@code MeterRegistry})
 *       and observations ({@link GhlObservations}, when there is an {@code ObservationRegistry});</li>
 *   <li>{@link GhlClientBuilderCustomizer} beans: anything else the builder offers.</li>
 * </ul>
 * A missing or invalid property stops the application at startup with a report naming the
 * property, never its value ({@link GhlFailureAnalyzer}).
 */
@AutoConfiguration(afterName = {
    // Boot 3.5
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
    // Boot 4.0
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@ConditionalOnClass(GhlClient.class)
@EnableConfigurationProperties(GhlProperties.class)
public class GhlAutoConfiguration {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)}");

  /** Setting names of {@code GhlClient.Builder} (as its messages say them) and their properties. */
  private static final Map<String, String> PROPERTY_OF_SETTING = Map.ofEntries(
      Map.entry("apiKey", "ghl.api-key"),
      Map.entry("baseUrl", "ghl.base-url"),
      Map.entry("agencyConnection", "ghl.connections.agency"),
      Map.entry("subAccountConnection", "ghl.connections.sub-account"),
      Map.entry("connectTimeout", "ghl.connect-timeout"),
      Map.entry("readTimeout", "ghl.read-timeout"),
      Map.entry("maxRetries", "ghl.max-retries"),
      Map.entry("maxRetryDelay", "ghl.max-retry-delay"),
      Map.entry("maxResponseBytes", "ghl.max-response-size"),
      Map.entry("versionOverride", "ghl.version-override"),
      Map.entry("logLevel", "ghl.log-level"));

  /** Created by Spring Boot. */
  public GhlAutoConfiguration() {}

  /**
   * The client, closed with the context.
   *
   * @param properties the {@code ghl.*} properties
   * @param rateLimiter the application's shared limiter, if it defines one
   * @param listeners every {@link GhlCallListener} bean (the starter's metrics and observations included)
   * @param customizers every {@link GhlClientBuilderCustomizer} bean
   * @return the client
   */
  @Bean
  @ConditionalOnMissingBean
  public GhlClient ghlClient(GhlProperties properties, ObjectProvider<RateLimiter> rateLimiter,
      ObjectProvider<GhlCallListener> listeners, ObjectProvider<GhlClientBuilderCustomizer> customizers) {
    GhlClient.Builder b = GhlClient.builder();
    try {
      applyProperties(properties, b);
    } catch (GhlConfigurationException e) {
      throw asPropertyProblem(e);
    }
    if (properties.getRateLimit().isEnabled()) {
      // two without a @Primary fail here, naming them: a shared budget is not dropped silently
      RateLimiter shared = rateLimiter.getIfAvailable();
      if (shared != null) {
        b.rateLimiter(shared);
      }
    } else {
      b.rateLimiting(false);
    }
    b.callListener(GhlCallListener.composite(listeners.orderedStream().collect(Collectors.toList())));
    customizers.orderedStream().forEach(c -> c.customize(b)); // a customizer's own refusal stays its own
    try {
      return b.build();
    } catch (GhlConfigurationException e) {
      // a property's, if the properties alone fail too; else a value a customizer set
      throw propertiesAloneFail(properties).orElse(e);
    }
  }

  /**
   * What building from the properties alone (nothing else set, nothing sent) fails with, as the
   * property's problem; empty when they build.
   */
  private static Optional<RuntimeException> propertiesAloneFail(GhlProperties properties) {
    GhlClient.Builder alone = GhlClient.builder().transport((request, options) -> {
      throw new IllegalStateException("never sent");
    });
    try {
      applyProperties(properties, alone);
      alone.build().close();
      return Optional.empty();
    } catch (GhlConfigurationException e) {
      return Optional.of(asPropertyProblem(e));
    }
  }

  static void applyProperties(GhlProperties p, GhlClient.Builder b) {
    if (p.getApiKey() != null) {
      b.apiKey(resolved(p.getApiKey(), "ghl.api-key"));
    }
    require(p.getBaseUrl(), "ghl.base-url");
    b.baseUrl(resolved(p.getBaseUrl(), "ghl.base-url"));
    // an empty value is no value (ghl.connections.agency=${GHL_AGENCY_CONNECTION:} makes the variable optional)
    if (!isBlank(p.getConnections().getAgency())) {
      b.agencyConnection(resolved(p.getConnections().getAgency(), "ghl.connections.agency"));
    }
    if (!isBlank(p.getConnections().getSubAccount())) {
      b.subAccountConnection(resolved(p.getConnections().getSubAccount(), "ghl.connections.sub-account"));
    }
    b.connectTimeout(require(p.getConnectTimeout(), "ghl.connect-timeout"));
    b.readTimeout(require(p.getReadTimeout(), "ghl.read-timeout"));
    b.maxRetries(p.getMaxRetries());
    b.maxRetryDelay(require(p.getMaxRetryDelay(), "ghl.max-retry-delay"));
    b.maxResponseBytes(require(p.getMaxResponseSize(), "ghl.max-response-size").toBytes());
    b.logLevel(require(p.getLogLevel(), "ghl.log-level"));
    if (!isBlank(p.getVersionOverride())) {
      b.versionOverride(resolved(p.getVersionOverride(), "ghl.version-override"));
    }
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /**
   * The value, unless it is a placeholder nothing resolved: Spring binds {@code ${MATON_API_KEY}}
   * as that text when the variable is not set. Said as such, naming the variable (a name, not a
   * secret), rather than as a value with braces in it.
   */
  private static String resolved(String value, String property) {
    if (!value.contains("${")) {
      return value;
    }
    Matcher m = PLACEHOLDER.matcher(value);
    throw new GhlPropertyException(property, "is a placeholder nothing resolves"
        + (m.matches() ? " (${" + m.group(1) + "}): set " + m.group(1) + " in the environment or give a default, ${"
            + m.group(1) + ":...}" : ""));
  }

  private static <T> T require(T value, String property) {
    if (value == null) {
      throw new GhlPropertyException(property, "must not be empty");
    }
    return value;
  }

  /**
   * The builder's message names the setting (e.g. "apiKey must not contain whitespace ..., found one
   * at index 3"): the property it comes from and the problem, cut before any detail that could
   * echo a value (", found", ", was", ": ").
   */
  static GhlPropertyException asPropertyProblem(GhlConfigurationException e) {
    return asPropertyProblem(e, PROPERTY_OF_SETTING);
  }

  /** As {@link #asPropertyProblem(GhlConfigurationException)}, for the settings and properties given. */
  static GhlPropertyException asPropertyProblem(GhlConfigurationException e, Map<String, String> propertyOfSetting) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    for (Map.Entry<String, String> s : propertyOfSetting.entrySet()) {
      if (message.startsWith(s.getKey() + " ")) {
        String problem = message.substring(s.getKey().length() + 1);
        for (String cut : List.of(", found", ", was", ": ")) {
          int i = problem.indexOf(cut);
          if (i >= 0) {
            problem = problem.substring(0, i);
          }
        }
        GhlPropertyException p = new GhlPropertyException(s.getValue(), problem.trim());
        p.initCause(e);
        return p;
      }
    }
    GhlPropertyException p = new GhlPropertyException("ghl.*", "is invalid (" + e.getClass().getSimpleName() + ")");
    p.initCause(e);
    return p;
  }

  /** Micrometer metrics of every call: a {@code MeterBinder}, bound by Spring Boot to its registry. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
  @ConditionalOnProperty(prefix = "ghl.metrics", name = "enabled", matchIfMissing = true)
  static class MetricsConfiguration {
    @Bean
    @ConditionalOnMissingBean
    GhlMetrics ghlMetrics(GhlProperties properties, ObjectProvider<MeterRegistry> registry) {
      GhlMetrics metrics = GhlMetrics.builder().tagConnectionId(properties.getMetrics().isTagConnectionId()).build();
      // bound now, so calls made while the context starts count too; Boot binds MeterBinder beans
      // again later (the same meters: registering twice is a no-op)
      registry.ifUnique(metrics::bindTo);
      return metrics;
    }
  }

  /**
   * Masks the API key in Actuator's {@code configprops} and {@code env} endpoints, which show values
   * once {@code show-values} is {@code always} (or {@code when-authorized}): {@code ghl.api-key} in any
   * of its relaxed forms, and {@code MATON_API_KEY}, the variable the README sets it from.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
  static class SanitizingConfiguration {
    @Bean
    SanitizingFunction ghlApiKeySanitizingFunction() {
      return data -> isApiKey(data.getKey()) ? data.withSanitizedValue() : data;
    }

    static boolean isApiKey(String key) {
      String k = key == null ? "" : key.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
      return k.equals("ghlapikey") || k.equals("matonapikey");
    }
  }

  /**
   * The request models' clearable fields are {@code JsonNullable} (sent as null when set to null,
   * not sent when never set): Spring Boot adds {@code Module} beans to the application's Jackson 2
   * {@code ObjectMapper}, so with this one it writes and reads those fields as the client does
   * ({@code null}, or nothing when never set), not as {@code {"present":true}}; its other null fields
   * follow the application's inclusion setting.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.openapitools.jackson.nullable.JsonNullableModule")
  static class JsonNullableConfiguration {
    @Bean
    @ConditionalOnMissingBean(JsonNullableModule.class)
    JsonNullableModule ghlJsonNullableModule() {
      return new JsonNullableModule();
    }
  }

  /** One Micrometer Observation per call (tracing spans named after the operation). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.observation.ObservationRegistry")
  @ConditionalOnProperty(prefix = "ghl.observations", name = "enabled", matchIfMissing = true)
  static class ObservationConfiguration {
    @Bean
    @ConditionalOnMissingBean
    GhlObservations ghlObservations(ObjectProvider<ObservationRegistry> registry) {
      ObservationRegistry r = registry.getIfUnique();
      return GhlObservations.of(r != null ? r : ObservationRegistry.NOOP);
    }
  }
}
