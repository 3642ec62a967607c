package dev.pitkit.ghl.client.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitkit.ghl.client.error.GhlInvalidResponseException;
import dev.pitkit.ghl.invoker.ApiResponseDecoder;
import dev.pitkit.ghl.model.ApiResponse;
import dev.pitkit.ghl.model.ContactResponse;
import feign.Request;
import feign.Response;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SafeDecoderTest {
  private static final ObjectMapper MAPPER = ClientJson.newMapper();
  private final SafeDecoder decoder = new SafeDecoder(new ApiResponseDecoder(MAPPER), MAPPER, new Secret("fake_key_decoder"));
  private static final String CONTACT = "{\"contact\":{\"id\":\"c1\",\"firstName\":\"Zoë\"}}";

  private static Response response(int status, byte[] body, String contentType, boolean asStream) {
    Map<String, Collection<String>> headers = contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType));
    Response.Builder b = Response.builder().status(status).headers(headers)
        .request(Request.create(Request.HttpMethod.GET, "http://h/contacts/c1", Map.of(), null, StandardCharsets.UTF_8, null));
    return asStream ? b.body(new ByteArrayInputStream(body), body.length).build() : b.body(body).build();
  }

  private static Type apiResponseOf(Type t) {
    return new java.lang.reflect.ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return new Type[] {t};
      }

      @Override
      public Type getRawType() {
        return ApiResponse.class;
      }

      @Override
      public Type getOwnerType() {
        return null;
      }
    };
  }

  @Test
  void plainTypesFromBytesAndFromAStream() throws Exception {
    for (boolean stream : new boolean[] {false, true}) {
      ContactResponse c = (ContactResponse) decoder.decode(
          response(200, CONTACT.getBytes(StandardCharsets.UTF_8), "application/json", stream), ContactResponse.class);
      assertEquals("Zoë", c.getContact().getFirstName());
    }
  }

  @Test
  void apiResponseGoesThroughTheGeneratedDecoder() throws Exception {
    for (boolean stream : new boolean[] {false, true}) {
      ApiResponse<?> r = (ApiResponse<?>) decoder.decode(response(200, CONTACT.getBytes(StandardCharsets.UTF_8),
          "application/json", stream), apiResponseOf(ContactResponse.class));
      assertEquals(200, r.getStatusCode());
      assertEquals("c1", ((ContactResponse) r.getData()).getContact().getId());
    }
  }

  @Test
  void binaryBodiesAreReturnedWhole() throws Exception {
    byte[] big = new byte[5_000];
    java.util.Arrays.fill(big, (byte) 'a');
    for (boolean stream : new boolean[] {false, true}) {
      assertArrayEquals(big, (byte[]) decoder.decode(response(200, big, "application/octet-stream", stream), byte[].class));
    }
  }

  @Test
  void leadingWhitespaceLongerThanThePeekIsSkipped() throws Exception {
    String body = " ".repeat(2_000) + "\n\t" + CONTACT;
    for (boolean stream : new boolean[] {false, true}) {
      ContactResponse c = (ContactResponse) decoder.decode(
          response(200, body.getBytes(StandardCharsets.UTF_8), "application/json", stream), ContactResponse.class);
      assertEquals("c1", c.getContact().getId());
    }
    GhlInvalidResponseException e = assertThrows(GhlInvalidResponseException.class, () -> decoder.decode(
        response(200, " ".repeat(2_000).getBytes(StandardCharsets.UTF_8), "application/json", true), ContactResponse.class));
    assertTrue(e.getMessage().contains("empty body"), e.getMessage());
  }

  @Test
  void aDeclaredNonUtf8CharsetIsHonoured() throws Exception {
    Charset latin1 = StandardCharsets.ISO_8859_1;
    ContactResponse c = (ContactResponse) decoder.decode(
        response(200, CONTACT.getBytes(latin1), "application/json; charset=ISO-8859-1", false), ContactResponse.class);
    assertEquals("Zoë", c.getContact().getFirstName());
  }

  @Test
  void emptyBodies() throws Exception {
    assertNull(decoder.decode(response(204, new byte[0], null, false), ContactResponse.class));
    assertNull(decoder.decode(response(200, "  \n".getBytes(StandardCharsets.UTF_8), null, true), Object.class));
    ApiResponse<?> r = (ApiResponse<?>) decoder.decode(response(205, new byte[0], null, false), apiResponseOf(ContactResponse.class));
    assertNull(r.getData());
    assertThrows(GhlInvalidResponseException.class,
        () -> decoder.decode(response(200, new byte[0], null, false), ContactResponse.class));
  }

  @Test
  void theSnippetIsTheFirst500BytesAndOnlyOnErrors() {
    String html = "  <html>" + "x".repeat(1_000) + "</html>";
    GhlInvalidResponseException e = assertThrows(GhlInvalidResponseException.class, () -> decoder.decode(
        response(200, html.getBytes(StandardCharsets.UTF_8), "text/html", true), ContactResponse.class));
    assertTrue(e.getMessage().contains("HTML page"), e.getMessage());
    assertEquals(html.substring(0, 500), e.bodySnippet());
    String wrong = "[1,2,3" + ",4".repeat(400) + "]";
    e = assertThrows(GhlInvalidResponseException.class, () -> decoder.decode(
        response(200, wrong.getBytes(StandardCharsets.UTF_8), "application/json", false), ContactResponse.class));
    assertTrue(e.getMessage().contains("does not match ContactResponse"), e.getMessage());
    assertTrue(e.getCause() != null);
    assertEquals(wrong.substring(0, 500), e.bodySnippet());
  }
}
