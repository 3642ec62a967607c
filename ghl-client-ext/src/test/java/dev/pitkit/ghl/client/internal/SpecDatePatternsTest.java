package dev.pitkit.ghl.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The validator says a date's and a date-time's {@code pattern} in words ({@link RequestValidator#DATE},
 * {@link RequestValidator#DATE_TIME}), matched by their text: every date pattern of the spec must be
 * one of the two, or its violations would quote a regular expression instead.
 */
class SpecDatePatternsTest {
  @Test
  void everyDatePatternOfTheSpecIsOneTheValidatorSaysInWords() throws IOException {
    JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(
        Path.of("..", "spec", "target", "classes", "dev", "pitkit", "ghl", "spec", "openapi.yaml").toFile());
    Set<String> datePatterns = new TreeSet<>();
    collect(spec, datePatterns);
    assertEquals(new TreeSet<>(Set.of(RequestValidator.DATE, RequestValidator.DATE_TIME)), datePatterns);
  }

  /** Every {@code pattern} under {@code node} that starts with a four-digit year. */
  private static void collect(JsonNode node, Set<String> out) {
    for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
      if (e.getKey().equals("pattern") && e.getValue().isTextual() && e.getValue().asText().startsWith("^\\d{4}-")) {
        out.add(e.getValue().asText());
      }
      collect(e.getValue(), out);
    }
    if (node.isArray()) {
      node.forEach(child -> collect(child, out));
    }
  }
}
