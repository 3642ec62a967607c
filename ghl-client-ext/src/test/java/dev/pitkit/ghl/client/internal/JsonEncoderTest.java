package dev.pitkit.ghl.client.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitkit.ghl.model.ContactCreateRequest;
import dev.pitkit.ghl.model.ContactTagsRequest;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.jackson.JacksonEncoder;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link JsonEncoder} writes what Feign's {@link JacksonEncoder} writes, and fails the same way. */
class JsonEncoderTest {
  private final ObjectMapper mapper = ClientCore.newMapper();

  private static RequestTemplate encoded(feign.codec.Encoder encoder, Object body, Type type) {
    RequestTemplate template = new RequestTemplate();
    encoder.encode(body, type, template);
    return template;
  }

  @Test
  void writesTheSameBytesAsJacksonEncoderForEachBodyType() {
    JsonEncoder encoder = new JsonEncoder(mapper);
    JacksonEncoder stock = new JacksonEncoder(mapper);
    List<Object[]> bodies = List.of(
        new Object[] {new ContactCreateRequest().locationId("loc_1").firstName("Zoë").email("z@example.com"),
            ContactCreateRequest.class},
        new Object[] {new ContactTagsRequest().tags(List.of("vip", "new")), ContactTagsRequest.class},
        new Object[] {new ContactCreateRequest().locationId("loc_2"), ContactCreateRequest.class});
    for (Object[] b : bodies) {
      RequestTemplate ours = encoded(encoder, b[0], (Type) b[1]);
      RequestTemplate theirs = encoded(stock, b[0], (Type) b[1]);
      assertArrayEquals(theirs.body(), ours.body(), new String(ours.body(), StandardCharsets.UTF_8));
      assertEquals(StandardCharsets.UTF_8, ours.requestCharset());
      assertEquals(List.of(String.valueOf(theirs.body().length)), List.copyOf(theirs.headers().get("Content-Length")));
      assertFalse(ours.headers().containsKey("Content-Length"), "left to GhlFeign's target, which sets it");
    }
    assertEquals("{\"tags\":[\"vip\",\"new\"]}",
        new String(encoded(encoder, bodies.get(1)[0], ContactTagsRequest.class).body(), StandardCharsets.UTF_8));
  }

  @Test
  void aBodyJacksonCannotWriteIsAnEncodeException() {
    Object unwritable = new Object() {
      public Object getSelf() {
        return this;
      }
    };
    EncodeException e = assertThrows(EncodeException.class,
        () -> encoded(new JsonEncoder(mapper), unwritable, unwritable.getClass()));
    assertInstanceOf(JsonProcessingException.class, e.getCause());
  }
}
