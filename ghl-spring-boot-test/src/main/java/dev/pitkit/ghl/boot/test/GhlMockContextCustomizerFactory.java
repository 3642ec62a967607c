package dev.pitkit.ghl.boot.test;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Finds {@link AutoConfigureGhlMock} on a test class (registered in {@code META-INF/spring.factories}).
 */
public final class GhlMockContextCustomizerFactory implements ContextCustomizerFactory {
  /** Created by the Spring TestContext Framework. */
  public GhlMockContextCustomizerFactory() {}

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass,
      List<ContextConfigurationAttributes> configAttributes) {
    AutoConfigureGhlMock mock = TestContextAnnotationUtils.findMergedAnnotation(testClass, AutoConfigureGhlMock.class);
    return mock == null ? null : new GhlMockContextCustomizer(mock.validateRequests());
  }
}
