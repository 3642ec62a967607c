package dev.pitkit.ghl.boot.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitkit.ghl.testkit.GhlMockServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.support.GenericApplicationContext;

/** The mock gateway lives exactly as long as its application context, a context that fails to start included. */
class MockLifecycleTest {
  @Test
  void aContextThatFailsToStartStopsItsMockGateway() {
    GenericApplicationContext context = new GenericApplicationContext();
    new GhlMockContextCustomizer(false).customizeContext(context, null);
    GhlMockServer gateway = context.getBeanFactory().getBean(GhlMockServer.class);
    assertThat(gateway.isRunning()).isTrue();
    context.registerBean("broken", Object.class, () -> {
      throw new IllegalStateException("a bean of the application fails");
    });
    assertThatThrownBy(context::refresh).isInstanceOf(BeanCreationException.class);
    assertThat(gateway.isRunning()).as("stopped with the failed context").isFalse();
  }

  @Test
  void aClosedContextStopsItsMockGateway() {
    GenericApplicationContext context = new GenericApplicationContext();
    new GhlMockContextCustomizer(false).customizeContext(context, null);
    context.refresh();
    GhlMockServer gateway = context.getBean(GhlMockServer.class);
    assertThat(gateway.isRunning()).isTrue();
    context.close();
    assertThat(gateway.isRunning()).isFalse();
  }
}
