package dev.pitkit.ghl.client.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The client boots Hibernate Validator without its INFO version line reaching java.util.logging's console. */
class ValidatorStartupTest {

  @Test
  void hibernateValidatorsVersionLineIsNotLoggedAtInfo() {
    assertNotNull(RequestValidator.Shared.VALIDATOR); // boots the shared factory (once per JVM, on the first call that needs it)
    Logger version = Logger.getLogger("org.hibernate.validator.internal.util.Version");
    assertFalse(version.isLoggable(Level.INFO), "HV000001 would be printed at INFO");
    assertTrue(version.isLoggable(Level.WARNING), "its warnings still come through");
  }
}
