package dev.pitkit.ghl.boot.test;

import dev.pitkit.ghl.testkit.GhlMockServer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/** Starts the mock gateway for one application context and points {@code ghl.*} at it. */
final class GhlMockContextCustomizer implements ContextCustomizer {
  static final String BEAN_NAME = "ghlMockServer";

  private final boolean validateRequests;

  GhlMockContextCustomizer(boolean validateRequests) {
    this.validateRequests = validateRequests;
  }

  @Override
  public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
    GhlMockServer server = GhlMockServer.start(GhlMockServer.Options.defaults().port(0).validateRequests(validateRequests));
    // stopped with the context's singletons: on close, and also when the context fails to start
    // (a failed refresh publishes no ContextClosedEvent)
    context.getBeanFactory().registerSingleton(BEAN_NAME, server);
    ((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean(BEAN_NAME, server::close);
    ConfigurableEnvironment env = context.getEnvironment();
    Map<String, Object> mock = new LinkedHashMap<>();
    mock.put("ghl.base-url", server.baseUrl());
    // the test values where the application has none: unset, blank, or a placeholder nothing resolves
    // (ghl.api-key=${MATON_API_KEY} on a machine without that variable)
    putIfUnset(env, mock, "ghl.api-key", AutoConfigureGhlMock.API_KEY);
    putIfUnset(env, mock, "ghl.connections.agency", AutoConfigureGhlMock.AGENCY_CONNECTION);
    putIfUnset(env, mock, "ghl.connections.sub-account", AutoConfigureGhlMock.SUB_ACCOUNT_CONNECTION);
    env.getPropertySources().addFirst(new MapPropertySource("ghlMock", mock));
  }

  private static void putIfUnset(ConfigurableEnvironment env, Map<String, Object> mock, String property, String testValue) {
    String value;
    try {
      value = env.getProperty(property);
    } catch (IllegalArgumentException unresolvable) {
      value = null;
    }
    if (value == null || value.isBlank() || value.contains("${")) {
      mock.put(property, testValue);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GhlMockContextCustomizer c && c.validateRequests == validateRequests;
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(validateRequests);
  }
}
