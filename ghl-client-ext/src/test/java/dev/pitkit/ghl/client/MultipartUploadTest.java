package dev.pitkit.ghl.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.client.error.GhlValidationException;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operation whose spec declares a {@code multipart/form-data} body (the conversations attachment
 * upload) sends its form parameters as parts, the file as a file part with its bytes unchanged; checked
 * byte for byte on the wire.
 */
class MultipartUploadTest {
  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  @TempDir
  Path dir;

  private GhlClient ghl;

  @BeforeEach
  void setUp() {
    ghl = FacadeTestSupport.clientOnEmptyAnswers(wm);
  }

  @Test
  void formFieldsAndTheFileAreSentAsMultipartParts() throws IOException {
    byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', 0, (byte) 0xFF, (byte) 0xC3, '\r', '\n', 'x'};
    File file = Files.write(dir.resolve("invoice.pdf"), pdf).toFile();

    ghl.conversations().uploadConversationAttachments("conv123", "abc123", "loc123",
        List.of("https://example.com/a.png", "https://example.com/b.png"), null, null, file);

    LoggedRequest sent = FacadeTestSupport.onlyRequest(wm);
    assertEquals("/highlevel-pit/conversations/messages/upload", sent.getUrl());
    String contentType = sent.getHeader("Content-Type");
    assertTrue(contentType.startsWith("multipart/form-data; boundary="), contentType);
    String b = contentType.substring("multipart/form-data; boundary=".length());
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    text(expected, field(b, "conversationId", "conv123") + field(b, "contactId", "abc123")
        + field(b, "locationId", "loc123") + field(b, "attachmentUrls", "https://example.com/a.png")
        + field(b, "attachmentUrls", "https://example.com/b.png")
        + "--" + b + "\r\nContent-Disposition: form-data; name=\"fileAttachment\"; filename=\"invoice.pdf\"\r\n"
        + "Content-Type: " + contentTypeOf(file) + "\r\n\r\n");
    expected.writeBytes(pdf);
    text(expected, "\r\n--" + b + "--\r\n");
    assertArrayEquals(expected.toByteArray(), sent.getBody(), () -> "sent:\n" + sent.getBodyAsString());
    assertEquals(Integer.toString(sent.getBody().length), sent.getHeader("Content-Length"));
    assertEquals("2021-04-15", sent.getHeader("Version"), "routed like every other operation");
  }

  @Test
  void eachCallHasItsOwnBoundary() throws IOException {
    File file = Files.writeString(dir.resolve("note.txt"), "hello").toFile();
    ghl.conversations().uploadConversationAttachments("conv123", "abc123", "loc123", null, null, null, file);
    ghl.conversations().uploadConversationAttachments("conv123", "abc123", "loc123", null, null, null, file);
    List<String> types = wm.getAllServeEvents().stream().map(e -> e.getRequest().getHeader("Content-Type")).distinct().toList();
    assertEquals(2, types.size(), types::toString);
  }

  @Test
  void anUnreadableFileFailsBeforeTheNetworkNamingTheField() {
    File missing = dir.resolve("missing.pdf").toFile();
    GhlValidationException e = assertThrows(GhlValidationException.class, () -> ghl.conversations()
        .uploadConversationAttachments("conv123", "abc123", "loc123", null, null, null, missing));
    assertTrue(e.getMessage().contains("fileAttachment"), e.getMessage());
    assertEquals(0, wm.getAllServeEvents().size(), "nothing sent");
  }

  @Test
  void requiredFormFieldsAreValidatedBeforeSending() {
    GhlValidationException e = assertThrows(GhlValidationException.class, () -> ghl.conversations()
        .uploadConversationAttachments(null, "abc123", "loc123", null, null, null, null));
    assertEquals("conversationId", e.violations().get(0).field());
    assertEquals(0, wm.getAllServeEvents().size(), "nothing sent");
  }

  /** What the JDK guesses from the name here, else the generic type (the client does the same). */
  private static String contentTypeOf(File f) throws IOException {
    String probed = Files.probeContentType(f.toPath());
    return probed != null ? probed : "application/octet-stream";
  }

  private static String field(String boundary, String name, String value) {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
  }

  private static void text(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
