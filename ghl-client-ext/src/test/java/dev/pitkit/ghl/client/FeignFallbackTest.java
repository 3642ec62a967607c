package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.client.error.NotFoundException;
import dev.pitkit.ghl.invoker.GhlOperation;
import feign.Body;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A method whose Feign annotations the facade's request plans do not cover (here a {@code @Body}
 * template; the generator never writes one) still works through {@code api(...)}: it goes through
 * the interface's Feign target, with the same routing, headers and typed errors.
 */
public class FeignFallbackTest {
  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  /** Public only so that its nested interface is reachable by Feign's reflection; JUnit needs no more. */
  FeignFallbackTest() {}

  public interface NotesByTemplate {
    @GhlOperation(operationId = "createNoteByTemplate", method = "POST", path = "/highlevel-pit/contacts/{contactId}/notes",
        token = "sub-account", version = "2021-07-28")
    @RequestLine("POST /highlevel-pit/contacts/{contactId}/notes")
    @Headers({"Content-Type: application/json", "Accept: application/json"})
    @Body("%7B\"body\": \"{text}\"%7D")
    Map<String, Object> createNote(@Param("contactId") String contactId, @Param("text") String text);
  }

  private GhlClient ghl;

  @BeforeEach
  void setUp() {
    ghl = FacadeTestSupport.builder(wm).build();
  }

  @Test
  void aMethodWithoutAPlanGoesThroughFeignWithTheSameRouting() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
        .withBody("{\"note\":{\"id\":\"n1\"}}")));
    Map<String, Object> out = ghl.api(NotesByTemplate.class).createNote("c1", "hello");
    assertEquals(Map.of("id", "n1"), out.get("note"));
    LoggedRequest r = FacadeTestSupport.onlyRequest(wm);
    assertEquals("/highlevel-pit/contacts/c1/notes", r.getUrl());
    assertEquals("{\"body\": \"hello\"}", r.getBodyAsString());
    assertEquals("Bearer " + FacadeTestSupport.KEY, r.getHeader("Authorization"));
    assertEquals(FacadeTestSupport.SUB, r.getHeader("Maton-Connection"));
    assertEquals("2021-07-28", r.getHeader("Version"));
  }

  @Test
  void itsErrorsAreTypedToo() {
    wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"Contact not found\"}")));
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> ghl.api(NotesByTemplate.class).createNote("nope", "x"));
    assertEquals("createNoteByTemplate", e.operationId());
    assertEquals(FacadeTestSupport.SUB, e.connection().orElseThrow());
  }
}
