package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.client.error.GhlInvalidResponseException;
import dev.pitkit.ghl.client.error.NotFoundException;
import dev.pitkit.ghl.model.ApiResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Operations whose 2xx answer is not JSON (spec/CONVENTIONS.md, "Non-JSON answers"), through
 * {@link GhlClient}: the call recording ({@code audio/x-wav}, {@code byte[]}) comes back byte for
 * byte, bytes that are not UTF-8 included, and the transcription ({@code text/plain},
 * {@code String}) as its text; each request asks for its media type in {@code Accept}.
 */
class NonJsonAnswerTest {
  private static final String RECORDING = "/highlevel-pit/conversations/messages/msg121/locations/loc123/recording";
  private static final String TRANSCRIPT = "/highlevel-pit/conversations/locations/loc123/messages/msg121/transcription/download";

  /** A WAV header start, then bytes no UTF-8 decoder would keep: a lone continuation byte, 0xFF, 0xC3 without its pair, NUL, CR LF. */
  private static final byte[] WAV = {'R', 'I', 'F', 'F', 0x24, 0x08, 0, 0, 'W', 'A', 'V', 'E', 'f', 'm', 't', ' ',
      (byte) 0x80, (byte) 0xFF, (byte) 0xC3, 0x28, 0, '\r', '\n', '<', ' ', (byte) 0xFE, 0x7F};

  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  private GhlClient ghl;

  @BeforeEach
  void setUp() {
    ghl = FacadeTestSupport.builder(wm).build();
  }

  @Test
  void theRecordingIsReturnedByteForByte() {
    wm.stubFor(get(urlPathEqualTo(RECORDING)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "audio/x-wav").withHeader("Content-Disposition", "attachment; filename=audio.wav")
        .withBody(WAV)));

    byte[] recording = ghl.conversations().getConversationMessageRecording("loc123", "msg121");

    assertArrayEquals(WAV, recording);
    LoggedRequest sent = FacadeTestSupport.onlyRequest(wm);
    assertEquals("GET", sent.getMethod().getName());
    assertEquals(RECORDING, sent.getUrl());
    assertEquals("application/json,audio/x-wav", sent.getHeader("Accept"), "the recording's media type (and JSON for errors)");
    assertEquals(FacadeTestSupport.SUB, sent.getHeader("Maton-Connection"), "a sub-account operation");
    assertEquals("2021-04-15", sent.getHeader("Version"));
  }

  @Test
  void theRecordingWithItsHeaders() {
    wm.stubFor(get(urlPathEqualTo(RECORDING)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "audio/x-wav").withHeader("Content-Disposition", "attachment; filename=audio.wav")
        .withBody(WAV)));

    ApiResponse<byte[]> response = ghl.conversations().getConversationMessageRecordingWithHttpInfo("loc123", "msg121");

    assertEquals(200, response.getStatusCode());
    assertArrayEquals(WAV, response.getData());
    assertEquals("attachment; filename=audio.wav",
        response.getHeaders().get("Content-Disposition").iterator().next());
  }

  @Test
  void aBlankOrWhitespaceStartOfARecordingIsStillItsBytes() {
    byte[] padded = {' ', '\n', '\t', 0x00, (byte) 0x9F};
    wm.stubFor(get(urlPathEqualTo(RECORDING)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "audio/x-wav").withBody(padded)));

    assertArrayEquals(padded, ghl.conversations().getConversationMessageRecording("loc123", "msg121"));
  }

  @Test
  void theTranscriptionIsReturnedAsItsText() {
    String text = "Agent: This call may be recorded — for quality assurance purposes.\nCaller: Okay, ça va.\n";
    wm.stubFor(get(urlPathEqualTo(TRANSCRIPT)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/plain; charset=utf-8")
        .withHeader("Content-Disposition", "attachment; filename=\"transcription.txt\"")
        .withBody(text.getBytes(StandardCharsets.UTF_8))));

    String transcription = ghl.conversations().downloadConversationMessageTranscription("loc123", "msg121");

    assertEquals(text, transcription);
    LoggedRequest sent = FacadeTestSupport.onlyRequest(wm);
    assertEquals("GET", sent.getMethod().getName());
    assertEquals(TRANSCRIPT, sent.getUrl());
    assertEquals("application/json,text/plain", sent.getHeader("Accept"), "the transcription's media type (and JSON for errors)");
    assertEquals(FacadeTestSupport.SUB, sent.getHeader("Maton-Connection"));
  }

  @Test
  void theTranscriptionInTheCharsetItsContentTypeNames() {
    String text = "Caller: déjà vu";
    wm.stubFor(get(urlPathEqualTo(TRANSCRIPT)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/plain; charset=ISO-8859-1").withBody(text.getBytes(StandardCharsets.ISO_8859_1))));

    assertEquals(text, ghl.conversations().downloadConversationMessageTranscription("loc123", "msg121"));
    assertEquals(text, ghl.conversations().downloadConversationMessageTranscriptionWithHttpInfo("loc123", "msg121").getData());
  }

  @Test
  void aTextThatLooksLikeJsonOrStartsWithAnAngleBracketIsStillText() {
    String text = "<inaudible> {\"not\": \"json\"}";
    wm.stubFor(get(urlPathEqualTo(TRANSCRIPT)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/plain").withBody(text)));

    assertEquals(text, ghl.conversations().downloadConversationMessageTranscription("loc123", "msg121"));
  }

  @Test
  void anHtmlPageInsteadOfTheRecordingIsStillAnInvalidResponse() {
    wm.stubFor(get(urlPathEqualTo(RECORDING)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html><body>Bad gateway</body></html>")));

    GhlInvalidResponseException e = assertThrows(GhlInvalidResponseException.class,
        () -> ghl.conversations().getConversationMessageRecording("loc123", "msg121"));
    assertTrue(e.getMessage().contains("HTML"), e.getMessage());
  }

  @Test
  void anErrorAnswerIsMappedAsForEveryOperation() {
    wm.stubFor(get(urlPathEqualTo(RECORDING)).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"statusCode\":404,\"message\":\"Recording not found\",\"error\":\"Not Found\"}")));

    NotFoundException e = assertThrows(NotFoundException.class,
        () -> ghl.conversations().getConversationMessageRecording("loc123", "msg121"));
    assertTrue(e.getMessage().contains("Recording not found"), e.getMessage());
  }
}
