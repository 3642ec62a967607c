package dev.pitkit.ghl.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitkit.ghl.generated.support.SpecFile;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A model's {@code toString()} (what ends up in logs) never prints a credential it carries: every
 * {@code format: password} property of the spec is printed as {@code *}, its value still sent.
 */
class CredentialFieldsTest {
  private static final String FAKE = "fake-credential-not-real-42";

  @Test
  void passwordFormattedPropertiesAreMaskedInToString() throws Exception {
    List<String> checked = new ArrayList<>();
    for (Map.Entry<String, JsonNode> schema : SpecFile.tree().path("components").path("schemas").properties()) {
      for (Map.Entry<String, JsonNode> property : schema.getValue().path("properties").properties()) {
        if (!"password".equals(property.getValue().path("format").asText())) {
          continue;
        }
        Class<?> model = Class.forName("dev.pitkit.ghl.model." + schema.getKey());
        Object instance = model.getConstructor().newInstance();
        Method setter = model.getMethod(property.getKey(), String.class);
        setter.invoke(instance, FAKE);
        String text = instance.toString();
        assertFalse(text.contains(FAKE), schema.getKey() + "." + property.getKey() + " printed: " + text);
        assertTrue(text.contains(property.getKey() + ": *"), text);
        assertEquals(FAKE, model.getMethod("get" + Character.toUpperCase(property.getKey().charAt(0))
            + property.getKey().substring(1)).invoke(instance), "the value itself is kept");
        checked.add(schema.getKey() + "." + property.getKey());
      }
    }
    assertTrue(checked.size() >= 8, "credential properties found: " + checked);
  }
}
