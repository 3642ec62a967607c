package dev.pitkit.ghl.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.invoker.GhlMethod;
import dev.pitkit.ghl.model.ApiResponse;
import dev.pitkit.ghl.model.ContactResponse;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the generated implementations build on: a {@code WithHttpInfo} method's type, made at run
 * time, is interchangeable with the JDK's own (the client keys its decoders by type), and a
 * descriptor's derived facts (config key, the reflective method) follow from what the generator wrote.
 */
class GhlMethodTest {
  @SuppressWarnings("unused") // read reflectively: the JDK's types to compare with
  private static ApiResponse<ContactResponse> single() {
    return null;
  }

  @SuppressWarnings("unused")
  private static ApiResponse<Map<String, Object>> nested() {
    return null;
  }

  @SuppressWarnings("unused")
  private static ApiResponse<byte[]> bytes() {
    return null;
  }

  private static Type jdk(String method) throws Exception {
    return GhlMethodTest.class.getDeclaredMethod(method).getGenericReturnType();
  }

  @Test
  void aParameterizedTypeEqualsTheJdksBothWaysWithTheSameHashCode() throws Exception {
    Type ours = GhlMethod.parameterized(ApiResponse.class, ContactResponse.class);
    assertEquals(jdk("single"), ours);
    assertEquals(ours, jdk("single"));
    assertEquals(jdk("single").hashCode(), ours.hashCode());
    assertEquals(jdk("single").getTypeName(), ours.getTypeName());

    Type map = ((java.lang.reflect.ParameterizedType) jdk("nested")).getActualTypeArguments()[0];
    Type nested = GhlMethod.parameterized(ApiResponse.class, map);
    assertEquals(jdk("nested"), nested);
    assertEquals(nested, jdk("nested"));
    assertEquals(jdk("nested").hashCode(), nested.hashCode());

    Type bytes = GhlMethod.parameterized(ApiResponse.class, byte[].class);
    assertEquals(jdk("bytes"), bytes);
    assertEquals(jdk("bytes").hashCode(), bytes.hashCode());
    assertNotEquals(ours, bytes);
    assertNull(((java.lang.reflect.ParameterizedType) ours).getOwnerType());
  }

  @Test
  void theConfigKeyErasesGenericsAndTheMethodIsFoundByIt() throws Exception {
    GhlMethod.Types none = new GhlMethod.Types() {
      @Override
      public Type returnType(String method) {
        throw new AssertionError(method);
      }

      @Override
      public Type bodyType(String method) {
        throw new AssertionError(method);
      }
    };
    GhlMethod m = GhlMethod.builder(ContactsApi.class, "getContact", none)
        .operation("getContact", "GET", "/contacts/{contactId}", "sub-account", "2021-07-28")
        .request("GET /contacts/{contactId}", "Accept: application/json")
        .param("contactId", "String", GhlMethod.NOT_NULL).build();
    assertEquals("ContactsApi#getContact(String)", m.configKey());
    assertSame(ContactsApi.class.getMethod("getContact", String.class).getDeclaringClass(), m.method().getDeclaringClass());
    assertEquals(ContactsApi.class.getMethod("getContact", String.class), m.method());
    GhlMethod info = m.withHttpInfo(null);
    assertEquals("ContactsApi#getContactWithHttpInfo(String)", info.configKey());
    assertEquals(ContactsApi.class.getMethod("getContactWithHttpInfo", String.class), info.method());

    GhlMethod generic = GhlMethod.builder(ContactsApi.class, "x", none).param("ids", "List<String>", 0)
        .body("Map<String, Object>", 0).build();
    assertEquals("ContactsApi#x(List,Map)", generic.configKey());
    assertThrows(IllegalStateException.class, generic::method, "no such method: a clear failure, not null");
  }
}
