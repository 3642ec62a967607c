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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operation whose spec declares a {@code multipart/form-data} body (the conversations attachment
 * upload) sends its form parameters as parts, the file as a file part with its bytes unchanged; a map of
 * files (the custom-field upload) one file part per entry named by its key; checked byte for byte on the
 * wire.
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

  @Test
  void aMapOfFilesIsSentAsOnePartPerEntryNamedByItsKey() throws IOException {
    byte[] pdf = {'%', 'P', 'D', 'F', '\n', 0, (byte) 0xFF, '\r', '\n'};
    File contract = Files.write(dir.resolve("contract.pdf"), pdf).toFile();
    Map<String, File> files = new LinkedHashMap<>();
    files.put("6dbrnHkGgFJQ7dJ5ChqJ_0f8b7a3e", contract);
    files.put("6dbrnHkGgFJQ7dJ5ChqJ_1c2d4e5f", GhlFile.of("id,name\n1,Ann\n".getBytes(StandardCharsets.UTF_8), "people.csv"));

    ghl.forms().uploadFilesToCustomFields("abc123", "loc123", files);

    LoggedRequest sent = FacadeTestSupport.onlyRequest(wm);
    assertEquals("/highlevel-pit/forms/upload-custom-files?contactId=abc123&locationId=loc123", sent.getUrl());
    String b = sent.getHeader("Content-Type").substring("multipart/form-data; boundary=".length());
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    text(expected, "--" + b + "\r\nContent-Disposition: form-data; name=\"6dbrnHkGgFJQ7dJ5ChqJ_0f8b7a3e\"; filename=\"contract.pdf\"\r\n"
        + "Content-Type: " + contentTypeOf(contract) + "\r\n\r\n");
    expected.writeBytes(pdf);
    text(expected, "\r\n--" + b + "\r\nContent-Disposition: form-data; name=\"6dbrnHkGgFJQ7dJ5ChqJ_1c2d4e5f\"; filename=\"people.csv\"\r\n"
        + "Content-Type: " + contentTypeOf(new File("people.csv")) + "\r\n\r\nid,name\n1,Ann\n\r\n--" + b + "--\r\n");
    assertArrayEquals(expected.toByteArray(), sent.getBody(), () -> "sent:\n" + sent.getBodyAsString());
    assertEquals("2021-07-28", sent.getHeader("Version"));
  }

  @Test
  void aFileOfTheMapOverItsLimitIsRefusedBeforeTheNetworkNamingTheField() {
    byte[] tooLarge = new byte[50 * 1024 * 1024 + 1];
    GhlValidationException e = assertThrows(GhlValidationException.class, () -> ghl.forms()
        .uploadFilesToCustomFields("abc123", "loc123", Map.of("field1_file1", GhlFile.of(tooLarge, "big.bin"))));
    assertEquals("files[field1_file1]", e.violations().get(0).field());
    assertTrue(e.getMessage().contains("52428800 bytes"), e.getMessage());
    assertEquals(0, wm.getAllServeEvents().size(), "nothing sent");
  }

  @Test
  void aMapEntryWithoutAFileOrWithABlankNameIsRefusedBeforeTheNetwork() throws IOException {
    File file = Files.writeString(dir.resolve("a.txt"), "a").toFile();
    Map<String, File> noFile = new LinkedHashMap<>();
    noFile.put("field1_file1", null);
    GhlValidationException missing = assertThrows(GhlValidationException.class,
        () -> ghl.forms().uploadFilesToCustomFields("abc123", "loc123", noFile));
    assertEquals("files[field1_file1]", missing.violations().get(0).field());
    assertTrue(missing.getMessage().contains("no file"), missing.getMessage());
    GhlValidationException blank = assertThrows(GhlValidationException.class,
        () -> ghl.forms().uploadFilesToCustomFields("abc123", "loc123", Map.of(" ", file)));
    assertEquals("files", blank.violations().get(0).field());
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
