package dev.pitkit.ghl.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitkit.ghl.invoker.GhlMethod;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link RequestPlan} compiles the shapes the generator writes (their equivalence with Feign is
 * tested over every generated method in {@code FeignEquivalenceTest}) and refuses, naming the
 * method, any other: a generator change the client does not follow fails loudly, not on the wire.
 */
class RequestPlanTest {
  private static final ObjectMapper MAPPER = ClientJson.newMapper();

  /** Object answers and Map bodies: enough for these shapes. */
  private static final GhlMethod.Types TYPES = new GhlMethod.Types() {
    @Override
    public Type returnType(String method) {
      return Object.class;
    }

    @Override
    public Type bodyType(String method) {
      return Map.class;
    }
  };

  private static GhlMethod.Builder method(String requestLine, String... headers) {
    return GhlMethod.builder(Object.class, "m", TYPES).operation("op", "GET", "/a", "maton", "")
        .request(requestLine, headers);
  }

  @Test
  void generatedShapesCompile() throws Exception {
    RequestPlan p = RequestPlan.compile(method("GET /a/{id}/b?x={x}&y={y}", "Accept: application/json")
        .param("id", "String", 0).param("x", "Integer", 0).param("y", "List<String>", 0).build(), MAPPER);
    assertEquals("https://h/a/1%2F2/b?x=3&y=p%20q&y=r", p.url("https://h", new Object[] {"1/2", 3, List.of("p q", "r")}));
    assertEquals("https://h/a/1/b", p.url("https://h", new Object[] {"1", null, null}));
    assertEquals(List.of("Accept", "application/json"), List.of(p.headers));
    assertEquals(Map.of("x", "x", "y", "y"), p.wireNames);

    RequestPlan body = RequestPlan.compile(method("POST /a").body("Map<String, Object>", 0).build(), MAPPER);
    assertEquals("{\"k\":1}", new String(body.body(new Object[] {Map.of("k", 1)}), StandardCharsets.UTF_8));
    assertNull(body.body(new Object[] {null}));

    RequestPlan form = RequestPlan.compile(method("POST /a", "Content-Type: multipart/form-data")
        .part("file", "File", 0, 10).build(), MAPPER);
    assertNotNull(form.form, "the file parameter is a part of the multipart body");
    assertNull(form.body(new Object[] {null}));
  }

  @Test
  void otherShapesAreRefusedNamingTheMethod() {
    List<GhlMethod> others = List.of(
        method("GET /a?fixed=1").build(), // a literal query
        method("GET /a", "X-Id: {id}").param("id", "String", 0).build(), // a header template
        method("POST /a", "Content-Type: application/json").param("name", "String", 0).build(), // a form param of JSON
        method("GET /a b/{id}").param("id", "String", 0).build(), // a literal that is not a plain path
        method("GET /a/{id}").build()); // a path variable without its parameter
    for (GhlMethod m : others) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> RequestPlan.compile(m, MAPPER));
      assertTrue(e.getMessage().startsWith("Object#m("), e.getMessage());
    }
  }

  @Test
  void encodingKeepsOnlyUnreservedCharactersAndEscapesUtf8() {
    assertEquals("a-._~%20%2F%3F%25%C3%A9%F0%9F%98%80", RequestPlan.encode("a-._~ /?%é😀", false));
    assertEquals("a%20b%2A%41", RequestPlan.encode("a%20b*%41", true));
    assertEquals("100%25", RequestPlan.encode("100%", true));
  }
}
