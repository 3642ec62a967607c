package dev.pitkit.ghl.boot.test;

import dev.pitkit.ghl.testkit.GhlMockServer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
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
    context.getBeanFactory().registerSingleton(BEAN_NAME, server);
    context.addApplicationListener(event -> {
      if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
        server.close();
      }
    });
    ConfigurableEnvironment env = context.getEnvironment();
    env.getPropertySources().addFirst(new MapPropertySource("ghlMock", Map.of("ghl.base-url", server.baseUrl())));
    Map<String, Object> defaults = new LinkedHashMap<>();
    defaults.put("ghl.api-key", AutoConfigureGhlMock.API_KEY);
    defaults.put("ghl.connections.agency", AutoConfigureGhlMock.AGENCY_CONNECTION);
    defaults.put("ghl.connections.sub-account", AutoConfigureGhlMock.SUB_ACCOUNT_CONNECTION);
    env.getPropertySources().addLast(new MapPropertySource("ghlMockDefaults", defaults));
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
