package dev.pitkit.ghl.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.client.error.GhlConfigurationException;
import dev.pitkit.ghl.invoker.GhlOperation;
import feign.Body;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code api(Class)} takes the generated interfaces only: every call goes down the one pipeline
 * through the interface's generated implementation. Any other interface, even one annotated like a
 * generated one, fails when it is asked for, naming it, before anything is sent.
 */
class NotAGeneratedApiTest {
  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  /** A Feign {@code @Body} template: the generator never writes one, and the client does not build it. */
  public interface NotesByTemplate {
    @GhlOperation(operationId = "createNoteByTemplate", method = "POST", path = "/highlevel-pit/contacts/{contactId}/notes",
        token = "sub-account", version = "2021-07-28")
    @RequestLine("POST /highlevel-pit/contacts/{contactId}/notes")
    @Headers({"Content-Type: application/json", "Accept: application/json"})
    @Body("%7B\"body\": \"{text}\"%7D")
    Map<String, Object> createNote(@Param("contactId") String contactId, @Param("text") String text);
  }

  /** No {@code @GhlOperation}: the client would not know its connection or version. */
  public interface Unannotated {
    @RequestLine("GET /highlevel-pit/contacts/{id}")
    Map<String, Object> get(@Param("id") String id);
  }

  @Test
  void anInterfaceTheClientCannotSendIsRefusedWhenAskedFor() {
    GhlClient ghl = FacadeTestSupport.builder(wm).build();
    GhlConfigurationException e = assertThrows(GhlConfigurationException.class, () -> ghl.api(NotesByTemplate.class));
    assertTrue(e.getMessage().contains(NotesByTemplate.class.getName()) && e.getMessage().contains("not a generated"),
        e.getMessage());
    e = assertThrows(GhlConfigurationException.class, () -> ghl.api(Unannotated.class));
    assertTrue(e.getMessage().contains(Unannotated.class.getName()) && e.getMessage().contains("not a generated"),
        e.getMessage());
    assertEquals(0, wm.getAllServeEvents().size(), "nothing was sent");
  }

  @Test
  void generatedInterfacesAreTaken() {
    assertNotNull(FacadeTestSupport.builder(wm).build().api(ContactsApi.class));
  }
}
