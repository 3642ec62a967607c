package dev.pitkit.ghl.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnknownEnumValuesTest {
  /** The field the violation names, or null for none. */
  private static String found(String json) {
    var v = UnknownEnumValues.inBody(json.getBytes(StandardCharsets.UTF_8));
    return v == null ? null : v.field();
  }

  @Test
  void namesWhereTheConstantIsInNestedObjectsAndLists() {
    assertEquals("body.status", found("{\"name\":\"a\",\"status\":\"unknown_default_open_api\"}"));
    assertEquals("body.items[1].type",
        found("{\"items\":[{\"type\":\"one_time\"},{\"type\":\"unknown_default_open_api\"}]}"));
    assertEquals("body[0]", found("[\"unknown_default_open_api\"]"));
  }

  @Test
  void otherTextIsNotTakenForIt() {
    assertNull(found("{\"status\":\"won\"}"));
    assertNull(found("{\"note\":\"the unknown_default_open_api constant, quoted in prose\"}"));
  }
}
