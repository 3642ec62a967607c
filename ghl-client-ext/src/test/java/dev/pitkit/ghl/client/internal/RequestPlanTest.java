package dev.pitkit.ghl.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Body;
import feign.HeaderMap;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link RequestPlan} compiles exactly the shapes the generator produces (their equivalence with
 * Feign is tested over every generated method in {@code FeignEquivalenceTest}) and declines
 * everything else, which then keeps going through Feign.
 */
class RequestPlanTest {
  private static final ObjectMapper MAPPER = ClientJson.newMapper();

  interface Shapes {
    @RequestLine(value = "GET /a/{id}/b?x={x}&y={y}", decodeSlash = false)
    @Headers({"Accept: application/json"})
    Object supported(@Param("id") String id, @Param("x") Integer x, @Param("y") List<String> y);

    @RequestLine(value = "POST /a", decodeSlash = false)
    Object withBody(Map<String, Object> body);

    @RequestLine("GET /a/{id}")
    Object slashesLeftAsTheyAre(@Param("id") String id);

    @RequestLine(value = "GET /a?ids={ids}", decodeSlash = false, collectionFormat = feign.CollectionFormat.CSV)
    Object commaSeparatedList(@Param("ids") List<String> ids);

    @RequestLine(value = "POST /a", decodeSlash = false)
    @Body("{x}")
    Object bodyTemplate(@Param("x") String x);

    @RequestLine(value = "GET /a", decodeSlash = false)
    Object headerMap(@HeaderMap Map<String, Object> headers);

    @RequestLine(value = "GET /a", decodeSlash = false)
    @Headers("X-Id: {id}")
    Object headerTemplate(@Param("id") String id);

    @RequestLine(value = "POST /a", decodeSlash = false)
    Object formParam(@Param("name") String name);

    @RequestLine(value = "GET /a?fixed=1", decodeSlash = false)
    Object literalQuery();

    @RequestLine(value = "GET /a", decodeSlash = false)
    Object unencodedQueryMap(@QueryMap Map<String, Object> q);

    @SuppressWarnings("deprecation") // Feign deprecated encoded = true; a plan still leaves such a method to Feign
    @RequestLine(value = "GET /a/{id}", decodeSlash = false)
    Object encodedParam(@Param(value = "id", encoded = true) String id);

    @RequestLine(value = "GET /a b/{id}", decodeSlash = false)
    Object oddLiteral(@Param("id") String id);

    @RequestLine(value = "POST /a", decodeSlash = false)
    Object twoBodies(Map<String, Object> a, Map<String, Object> b);

    @RequestLine(value = "FETCH /a", decodeSlash = false)
    Object unknownMethod();

    Object noRequestLine();
  }

  private static RequestPlan plan(String name) {
    for (Method m : Shapes.class.getMethods()) {
      if (m.getName().equals(name)) {
        return RequestPlan.compile(Shapes.class, m, MAPPER);
      }
    }
    throw new AssertionError(name);
  }

  @Test
  void generatedShapesCompile() throws Exception {
    RequestPlan p = plan("supported");
    assertNotNull(p);
    assertEquals("https://h/a/1%2F2/b?x=3&y=p%20q&y=r", p.url("https://h", new Object[] {"1/2", 3, List.of("p q", "r")}));
    assertEquals("https://h/a/1/b", p.url("https://h", new Object[] {"1", null, null}));
    assertEquals(List.of("Accept", "application/json"), List.of(p.headers));
    RequestPlan body = plan("withBody");
    assertNotNull(body);
    assertEquals("{\"k\":1}", new String(body.body(new Object[] {Map.of("k", 1)}), java.nio.charset.StandardCharsets.UTF_8));
    assertNull(body.body(new Object[] {null}));
  }

  @Test
  void everythingElseIsLeftToFeign() {
    for (String name : List.of("slashesLeftAsTheyAre", "commaSeparatedList", "bodyTemplate", "headerMap", "headerTemplate", "formParam", "literalQuery",
        "unencodedQueryMap", "encodedParam", "oddLiteral", "twoBodies", "unknownMethod", "noRequestLine")) {
      assertNull(plan(name), name);
    }
  }

  @Test
  void encodingKeepsOnlyUnreservedCharactersAndEscapesUtf8() {
    assertEquals("a-._~%20%2F%3F%25%C3%A9%F0%9F%98%80", RequestPlan.encode("a-._~ /?%é😀", false));
    assertEquals("a%20b%2A%41", RequestPlan.encode("a%20b*%41", true));
    assertEquals("100%25", RequestPlan.encode("100%", true));
  }
}
