package dev.pitkit.ghl.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitkit.ghl.client.GhlCall;
import dev.pitkit.ghl.client.GhlCallListener;
import dev.pitkit.ghl.client.GhlClient;
import dev.pitkit.ghl.client.error.GhlInvalidResponseException;
import dev.pitkit.ghl.client.resilience.RateLimiter;
import dev.pitkit.ghl.micrometer.GhlMetrics;
import dev.pitkit.ghl.micrometer.GhlObservations;
import dev.pitkit.ghl.testkit.GhlMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configured client, against the testkit's mock gateway (no network). */
class GhlAutoConfigurationTest {
  static final String FAKE_KEY = "sk_FAKE_key_must_never_show_4242";
  static GhlMockServer gw;

  @BeforeAll
  static void start() {
    gw = GhlMockServer.start(0);
  }

  @AfterAll
  static void stop() {
    gw.close();
  }

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(GhlAutoConfiguration.class, GhlHealthAutoConfiguration.class))
      .withPropertyValues("ghl.api-key=" + FAKE_KEY, "ghl.base-url=" + gw.baseUrl(),
          "ghl.connections.agency=conn_agency_test", "ghl.connections.sub-account=conn_sub_account_test");

  @Test
  void aClientIsConfiguredFromTheProperties() {
    runner.run(ctx -> {
      assertThat(ctx).hasSingleBean(GhlClient.class);
      GhlClient ghl = ctx.getBean(GhlClient.class);
      assertThat(ghl.contacts().getContact("abc123").getContact()).isNotNull();
      assertThat(ghl.toString()).doesNotContain(FAKE_KEY);
    });
  }

  @Test
  void theApplicationsJacksonWritesARequestModelsClearedFieldAsTheClientDoes() {
    runner.withConfiguration(AutoConfigurations.of(
            org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration.class))
        .run(ctx -> {
          com.fasterxml.jackson.databind.ObjectMapper json = ctx.getBean(com.fasterxml.jackson.databind.ObjectMapper.class);
          com.fasterxml.jackson.databind.JsonNode written = json.readTree(json.writeValueAsString(
              new dev.pitkit.ghl.model.ContactUpdateRequest().firstName("Jane").email(null)));
          assertThat(written.path("firstName").asText()).isEqualTo("Jane");
          assertThat(written.get("email").isNull()).as("cleared: null, not {\"present\":true}").isTrue();
          assertThat(written.has("phone")).as("a clearable field never set is not written").isFalse();
        });
  }

  @Test
  void maxResponseSizeBoundsTheBodiesTheClientReads() {
    runner.withPropertyValues("ghl.max-response-size=100B").run(ctx -> {
      GhlClient ghl = ctx.getBean(GhlClient.class);
      assertThatThrownBy(() -> ghl.contacts().getContact("abc123")).isInstanceOf(GhlInvalidResponseException.class)
          .hasMessageContaining("over the limit of 100 bytes");
    });
  }

  @Test
  void theApplicationsOwnClientWins() {
    runner.withBean("myGhl", GhlClient.class, () -> GhlClient.builder().apiKey("other_fake").baseUrl(gw.baseUrl()).build())
        .run(ctx -> {
          assertThat(ctx).hasSingleBean(GhlClient.class);
          assertThat(ctx).hasBean("myGhl").doesNotHaveBean("ghlClient");
        });
  }

  @Test
  void metricsGoToTheApplicationsMeterRegistry() {
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(ctx -> {
      ctx.getBean(GhlClient.class).contacts().getContact("abc123");
      MeterRegistry registry = ctx.getBean(MeterRegistry.class);
      assertThat(registry.get(GhlMetrics.CALLS).tags("operation", "getContact", "connection", "sub-account")
          .timer().count()).isEqualTo(1);
    });
  }

  @Test
  void metricsCanBeSwitchedOff() {
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withPropertyValues("ghl.metrics.enabled=false")
        .run(ctx -> {
          assertThat(ctx).doesNotHaveBean(GhlMetrics.class);
          ctx.getBean(GhlClient.class).contacts().getContact("abc123");
          assertThat(ctx.getBean(MeterRegistry.class).find(GhlMetrics.CALLS).timer()).isNull();
        });
  }

  @Test
  void eachCallIsAnObservationInTheApplicationsRegistry() {
    runner.withBean(ObservationRegistry.class, TestObservationRegistry::create).run(ctx -> {
      assertThat(ctx).hasSingleBean(GhlObservations.class);
      ctx.getBean(GhlClient.class).contacts().getContact("abc123");
      TestObservationRegistryAssert.assertThat(ctx.getBean(TestObservationRegistry.class))
          .hasSingleObservationThat().hasContextualNameEqualTo("getContact").hasBeenStopped();
    });
  }

  @Test
  void theApplicationsListenersAreToldToo() {
    List<GhlCall> calls = new CopyOnWriteArrayList<>();
    runner.withBean(GhlCallListener.class, () -> calls::add).run(ctx -> {
      ctx.getBean(GhlClient.class).contacts().getContact("abc123");
      assertThat(calls).singleElement().extracting(GhlCall::operationId).isEqualTo("getContact");
    });
  }

  @Test
  void aRateLimiterBeanIsUsedInPlaceOfTheInMemoryOne() {
    AtomicInteger permits = new AtomicInteger();
    RateLimiter shared = key -> {
      permits.incrementAndGet();
      return RateLimiter.Permit.of(key);
    };
    runner.withBean(RateLimiter.class, () -> shared).run(ctx -> {
      ctx.getBean(GhlClient.class).contacts().getContact("abc123");
      assertThat(permits).hasValue(1);
    });
    runner.withBean(RateLimiter.class, () -> shared).withPropertyValues("ghl.rate-limit.enabled=false").run(ctx -> {
      ctx.getBean(GhlClient.class).contacts().getContact("abc123");
      assertThat(permits).as("rate limiting off: the bean is not asked").hasValue(1);
    });
  }

  @Test
  void twoRateLimiterBeansWithoutAPrimaryStopTheStart() {
    RateLimiter one = RateLimiter.Permit::of;
    RateLimiter two = RateLimiter.Permit::of;
    runner.withBean("limiterOne", RateLimiter.class, () -> one).withBean("limiterTwo", RateLimiter.class, () -> two)
        .run(ctx -> assertThat(ctx).hasFailed().getFailure()
            .rootCause().hasMessageContaining("limiterOne").hasMessageContaining("limiterTwo"));
  }

  @Test
  void emptyOptionalPropertiesAreUnset() {
    runner.withPropertyValues("ghl.connections.agency=", "ghl.version-override=  ", "ghl.health.enabled=true").run(ctx -> {
      assertThat(ctx).hasNotFailed();
      GhlClient ghl = ctx.getBean(GhlClient.class);
      ghl.contacts().getContact("abc123"); // the sub-account connection still set
      assertThat(ghl.toString()).doesNotContain("conn_agency_test");
      assertThat(ctx.getBean(GhlConnectionsHealth.class).check().details()).containsOnlyKeys("sub-account");
    });
  }

  @Test
  void theApiKeyIsMaskedInActuatorsEndpoints() {
    runner.run(ctx -> {
      org.springframework.boot.actuate.endpoint.SanitizingFunction f =
          ctx.getBean(org.springframework.boot.actuate.endpoint.SanitizingFunction.class);
      for (String key : List.of("ghl.api-key", "ghl.apiKey", "GHL_API_KEY", "MATON_API_KEY")) {
        org.springframework.boot.actuate.endpoint.SanitizableData data =
            new org.springframework.boot.actuate.endpoint.SanitizableData(null, key, FAKE_KEY);
        assertThat(f.apply(data).getValue()).as(key).isEqualTo(org.springframework.boot.actuate.endpoint.SanitizableData.SANITIZED_VALUE);
      }
      org.springframework.boot.actuate.endpoint.SanitizableData other =
          new org.springframework.boot.actuate.endpoint.SanitizableData(null, "ghl.base-url", gw.baseUrl());
      assertThat(f.apply(other).getValue()).isEqualTo(gw.baseUrl());
    });
    runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
        .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean("ghlApiKeySanitizingFunction"));
  }

  @Test
  void customizersRunAfterTheProperties() {
    runner.withBean(GhlClientBuilderCustomizer.class, () -> b -> b.subAccountConnection("conn_from_customizer"))
        .withBean(GhlCallListener.class, () -> call -> assertThat(call.connection()).isEqualTo("conn_from_customizer"))
        .run(ctx -> ctx.getBean(GhlClient.class).contacts().getContact("abc123"));
  }

  @Test
  void healthIsOffUnlessEnabled() {
    runner.run(ctx -> assertThat(ctx).doesNotHaveBean("ghlHealthIndicator").doesNotHaveBean(GhlConnectionsHealth.class));
  }

  @Test
  void healthReportsEachConfiguredConnection() {
    // this module's test class path holds both lines' health types: hide Boot 4's, as on Boot 3
    runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.health.contributor"))
        .withPropertyValues("ghl.health.enabled=true").run(ctx -> {
      assertThat(ctx).hasSingleBean(GhlHealthIndicator.class);
      org.springframework.boot.actuate.health.Health health = ctx.getBean(GhlHealthIndicator.class).health();
      assertThat(health.getStatus().getCode()).isEqualTo("UP");
      assertThat(health.getDetails()).containsOnlyKeys("agency", "sub-account");
      assertThat(health.getDetails().get("agency").toString()).contains("conn_agency_test").contains("ACTIVE");
      assertThat(health.toString()).doesNotContain(FAKE_KEY);
    });
  }

  /** Two clients, none primary: no indicator (which to check is the application's call), and the context starts. */
  @Test
  void healthNeedsOneClientOrAPrimaryOne() {
    java.util.function.Supplier<GhlClient> own = () -> GhlClient.builder().apiKey(FAKE_KEY).build();
    runner.withPropertyValues("ghl.health.enabled=true").withBean("one", GhlClient.class, own).withBean("two", GhlClient.class, own)
        .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(GhlConnectionsHealth.class).doesNotHaveBean("ghlHealthIndicator"));
    runner.withPropertyValues("ghl.health.enabled=true")
        .withBean("one", GhlClient.class, own, d -> d.setPrimary(true)).withBean("two", GhlClient.class, own)
        .run(ctx -> assertThat(ctx).hasNotFailed().hasSingleBean(GhlConnectionsHealth.class));
  }

  @Test
  void onBoot4TheIndicatorIsOfBoot4sHealthApi() {
    runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate.health"))
        .withPropertyValues("ghl.health.enabled=true").run(ctx -> {
          assertThat(ctx).hasSingleBean(GhlBoot4HealthIndicator.class).doesNotHaveBean(GhlHealthIndicator.class);
          org.springframework.boot.health.contributor.Health health = ctx.getBean(GhlBoot4HealthIndicator.class).health();
          assertThat(health.getStatus().getCode()).isEqualTo("UP");
          assertThat(health.getDetails()).containsOnlyKeys("agency", "sub-account");
        });
  }
}
