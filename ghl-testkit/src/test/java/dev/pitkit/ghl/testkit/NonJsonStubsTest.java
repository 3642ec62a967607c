package dev.pitkit.ghl.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pitkit.ghl.testkit.internal.OperationStub;
import dev.pitkit.ghl.testkit.internal.SpecHolder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The operations whose 2xx answer is not JSON (spec/CONVENTIONS.md, "Non-JSON answers"): their
 * stubs answer the spec's example as the body, under the operation's own Content-Type, through the
 * client (bytes and text), to a raw request, and from the standalone mock gateway.
 */
class NonJsonStubsTest {
  @RegisterExtension
  static GhlMockExtension ghl = GhlMockExtension.create();

  private static final String RECORDING_EXAMPLE = "RIFF....WAVE";
  private static final String TRANSCRIPT_EXAMPLE = "This call may be recorded for quality assurance purposes.";

  @Test
  void theCatalogKnowsTheirMediaTypesAndExamples() {
    OperationStub recording = SpecHolder.catalog().operation("getConversationMessageRecording");
    assertEquals("audio/x-wav", recording.contentType());
    assertFalse(recording.json());
    assertEquals(RECORDING_EXAMPLE, recording.bodyText());
    assertEquals(RECORDING_EXAMPLE, ghl.operation("getConversationMessageRecording").exampleBody());
    OperationStub transcript = SpecHolder.catalog().operation("downloadConversationMessageTranscription");
    assertEquals("text/plain", transcript.contentType());
    assertEquals(TRANSCRIPT_EXAMPLE, transcript.bodyText());
  }

  @Test
  void theClientGetsTheExampleBytesAndText() {
    byte[] recording = ghl.client().conversations().getConversationMessageRecording("loc123", "msg121");
    assertArrayEquals(RECORDING_EXAMPLE.getBytes(StandardCharsets.US_ASCII), recording);
    ghl.verify().called("getConversationMessageRecording", 1);

    String transcript = ghl.client().conversations().downloadConversationMessageTranscription("loc123", "msg121");
    assertEquals(TRANSCRIPT_EXAMPLE, transcript);
    ghl.verify().called("downloadConversationMessageTranscription", 1);
  }

  @Test
  void aRawRequestGetsTheOperationsContentType() throws Exception {
    HttpResponse<String> r = RawHttp.sendExample(ghl.baseUrl(), "getConversationMessageRecording");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("audio/x-wav", r.headers().firstValue("Content-Type").orElse(""));
    assertEquals(RECORDING_EXAMPLE, r.body());
    assertEquals("getConversationMessageRecording", RawHttp.answeringOperation(r));
  }

  @Test
  void theStandaloneMockAnswersThemToo() {
    try (GhlMockServer gw = GhlMockServer.start(0)) {
      HttpResponse<String> r = RawHttp.get(gw.baseUrl()
          + "/highlevel-pit/conversations/locations/loc123/messages/msg121/transcription/download",
          "Authorization", "Bearer test_maton_key_not_secret");
      assertEquals(200, r.statusCode(), r.body());
      assertEquals("text/plain", r.headers().firstValue("Content-Type").orElse(""));
      assertEquals(TRANSCRIPT_EXAMPLE, r.body());

      HttpResponse<String> wav = RawHttp.get(gw.baseUrl()
          + "/highlevel-pit/conversations/messages/msg121/locations/loc123/recording",
          "Authorization", "Bearer test_maton_key_not_secret");
      assertEquals(200, wav.statusCode(), wav.body());
      assertEquals("audio/x-wav", wav.headers().firstValue("Content-Type").orElse(""));
      assertEquals(RECORDING_EXAMPLE, wav.body());
    }
  }
}
