package dev.pitkit.ghl.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.pitkit.ghl.generated.support.TestClients;
import dev.pitkit.ghl.model.ContactUpdateRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A clearable request field ({@code x-is-jackson-optional-nullable}) has three states, and the model's
 * {@code equals} tells them apart by value, also after Java serialization (the template's
 * {@code equalsNullable}: the stock one compared two never-set fields by identity).
 */
class ClearableFieldsTest {
  private static Object roundTrip(Object o) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  @Test
  void aModelEqualsItsJavaSerializedCopy() throws Exception {
    for (ContactUpdateRequest r : new ContactUpdateRequest[] {new ContactUpdateRequest(),
        new ContactUpdateRequest().firstName("Jane").email(null), new ContactUpdateRequest().companyName("Acme")}) {
      Object copy = roundTrip(r);
      assertEquals(r, copy);
      assertEquals(r.hashCode(), copy.hashCode());
    }
  }

  @Test
  void neverSetSetToNullAndSetAreThreeStates() throws Exception {
    ContactUpdateRequest never = new ContactUpdateRequest();
    ContactUpdateRequest cleared = new ContactUpdateRequest().email(null);
    ContactUpdateRequest set = new ContactUpdateRequest().email("jane@example.com");
    assertNotEquals(never, cleared);
    assertNotEquals(cleared, set);
    assertNotEquals(never, roundTrip(cleared));
    assertEquals(new ContactUpdateRequest().email("jane@example.com"), set);
    assertEquals("{\"email\":null}", TestClients.mapper().writeValueAsString(roundTrip(cleared)));
    assertEquals("{}", TestClients.mapper().writeValueAsString(roundTrip(never)));
  }
}
