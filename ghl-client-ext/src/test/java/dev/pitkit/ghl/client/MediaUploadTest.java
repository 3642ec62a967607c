package dev.pitkit.ghl.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.client.error.GhlValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code uploadMediaFile} from a {@link Path}, an {@link InputStream} and bytes ({@link GhlFile}),
 * checked byte for byte on the wire; the hosted-URL form; and GHL's 25 MB limit (the spec's
 * {@code x-ghl-max-bytes} on the {@code file} part) refused before the network for each source.
 */
class MediaUploadTest {
  private static final long LIMIT = 25L * 1024 * 1024;
  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', 0, (byte) 0xFF, (byte) 0xC3, '\r', '\n', 'x'};

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
  void bytesAreSentAsTheFilePart() {
    ghl.medias().uploadMediaFile(GhlFile.of(PDF, "brochure.pdf"), null, null, "brochure.pdf", "fld123");
    assertFilePart("brochure.pdf", guessed("brochure.pdf"), PDF, field("name", "brochure.pdf") + field("parentId", "fld123"));
  }

  /**
   * A part's content type is a header: a line break in it would add headers to the part, so it is
   * refused; a file name no path can have (a NUL in it) is sent as it is, typed octet-stream.
   */
  @Test
  void aContentTypeCannotAddHeadersAndAnyFileNameIsSent() {
    assertThrows(IllegalArgumentException.class, () -> GhlFile.of(PDF, "a.pdf").withContentType("image/png\r\nX-Injected: 1"));
    assertThrows(IllegalArgumentException.class, () -> GhlFile.of(PDF, "a.pdf").withContentType(" "));
    ghl.medias().uploadMediaFile(GhlFile.of(PDF, "odd\u0000name.pdf"), null, null, "odd", "fld123");
    String body = FacadeTestSupport.onlyRequest(wm).getBodyAsString();
    assertTrue(body.contains("filename=\"odd\u0000name.pdf\"\r\nContent-Type: application/octet-stream"), body);
  }

  @Test
  void aPathIsSentAsTheFilePart() throws IOException {
    Path file = Files.write(dir.resolve("brochure.pdf"), PDF);
    ghl.medias().uploadMediaFile(GhlFile.of(file), null, null, null, null);
    assertFilePart("brochure.pdf", guessed("brochure.pdf"), PDF, "");
  }

  @Test
  void aStreamIsSentAsTheFilePartAndClosedAndCannotBeSentTwice() {
    Closing in = new Closing(PDF);
    GhlFile upload = GhlFile.of(in, "logo.bin").withContentType("image/png");
    assertEquals(-1, knownSize(upload));
    ghl.medias().uploadMediaFile(upload, null, null, null, null);
    assertFilePart("logo.bin", "image/png", PDF, "");
    assertTrue(in.closed, "the client closes the stream it read");

    GhlValidationException again = assertThrows(GhlValidationException.class,
        () -> ghl.medias().uploadMediaFile(upload, null, null, null, null));
    assertEquals("file", again.violations().get(0).field());
    assertTrue(again.getMessage().contains("already sent"), again.getMessage());
    assertEquals(1, wm.getAllServeEvents().size(), "the second call sent nothing");
  }

  @Test
  void anUploadNeedsAFileOrAFileUrl() {
    for (String fileUrl : new String[] {null, " "}) {
      GhlValidationException e = assertThrows(GhlValidationException.class,
          () -> ghl.medias().uploadMediaFile(null, true, fileUrl, "brochure.pdf", null));
      assertEquals(List.of("file|fileUrl"), e.violations().stream().map(GhlValidationException.Violation::field).toList());
    }
    assertEquals(0, wm.getAllServeEvents().size(), "nothing sent");
  }

  @Test
  void aHostedFileIsSentAsFormFieldsWithoutAFilePart() {
    ghl.medias().uploadMediaFile(null, true, "https://example.com/brochure.pdf", "brochure.pdf", null);
    LoggedRequest sent = FacadeTestSupport.onlyRequest(wm);
    String b = boundary(sent);
    String expected = part(b, "hosted", "true") + part(b, "fileUrl", "https://example.com/brochure.pdf")
        + part(b, "name", "brochure.pdf") + "--" + b + "--\r\n";
    assertEquals(expected, sent.getBodyAsString());
  }

  @Test
  void exactlyTheLimitIsSent() {
    ghl.medias().uploadMediaFile(GhlFile.of(new byte[(int) LIMIT], "big.bin"), null, null, null, null);
    assertTrue(FacadeTestSupport.onlyRequest(wm).getBody().length > LIMIT);
  }

  @Test
  void bytesOverTheLimitAreRefusedBeforeTheNetwork() {
    assertRefused(GhlFile.of(new byte[(int) LIMIT + 1], "big.bin"), (LIMIT + 1) + " bytes");
  }

  @Test
  void aFileOverTheLimitIsRefusedUnread() throws IOException {
    Path big = dir.resolve("big.mp4");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(LIMIT + 1); // sparse: nothing written, and the client reads none of it
    }
    assertRefused(GhlFile.of(big), (LIMIT + 1) + " bytes");
    assertRefused(big.toFile(), (LIMIT + 1) + " bytes");
  }

  @Test
  void aStreamOverTheLimitIsRefusedAfterAtMostOneByteTooMany() {
    Endless endless = new Endless();
    assertRefused(GhlFile.of(endless, "live.mp4"), "more than " + LIMIT + " bytes");
    assertTrue(endless.read <= LIMIT + 1, "read " + endless.read + " bytes of an endless stream");
    assertTrue(endless.closed);
  }

  @Test
  void aMissingPathFailsBeforeTheNetworkNamingTheField() {
    GhlValidationException e = assertThrows(GhlValidationException.class, () -> ghl.medias()
        .uploadMediaFile(GhlFile.of(dir.resolve("missing.pdf")), null, null, null, null));
    assertEquals("file", e.violations().get(0).field());
    assertTrue(e.getMessage().contains("missing.pdf"), e.getMessage());
    assertEquals(0, wm.getAllServeEvents().size(), "nothing sent");
  }

  @Test
  void aGhlFileIsAnAcceptedFileWithItsOwnNameAndContent() throws IOException {
    GhlFile bytes = GhlFile.of(PDF, "a.pdf");
    assertEquals("a.pdf", bytes.getName());
    assertNull(bytes.contentType());
    assertEquals(PDF.length, bytes.knownSize());
    try (InputStream in = bytes.openContent()) {
      assertArrayEquals(PDF, in.readAllBytes());
    }
    Path file = Files.write(dir.resolve("b.pdf"), PDF);
    assertEquals(PDF.length, GhlFile.of(file).knownSize());
    assertEquals("image/png", GhlFile.of(file).withContentType("image/png").contentType());
    assertTrue(bytes.equals(bytes) && !bytes.equals(GhlFile.of(PDF, "a.pdf")), "identity, not the name");
    assertEquals(System.identityHashCode(bytes), bytes.hashCode());
    assertThrows(IllegalArgumentException.class, () -> GhlFile.of(Path.of("/")));
    assertThrows(IllegalArgumentException.class, () -> GhlFile.of(PDF, " "));
    assertThrows(NullPointerException.class, () -> GhlFile.of((byte[]) null, "a.pdf"));
    assertThrows(NullPointerException.class, () -> GhlFile.of(PDF, null));
    assertThrows(NullPointerException.class, () -> bytes.withContentType(null));
  }

  private void assertRefused(java.io.File upload, String size) {
    GhlValidationException e = assertThrows(GhlValidationException.class,
        () -> ghl.medias().uploadMediaFile(upload, null, null, null, null));
    assertEquals("uploadMediaFile", e.operationId());
    assertEquals("file", e.violations().get(0).field());
    String message = e.violations().get(0).message();
    assertTrue(message.contains(size) && message.contains(LIMIT + " bytes (25 MB)"), message);
    assertEquals(0, wm.getAllServeEvents().size(), "nothing sent");
  }

  private void assertFilePart(String filename, String contentType, byte[] content, String fieldsAfter) {
    LoggedRequest sent = FacadeTestSupport.onlyRequest(wm);
    assertEquals("/highlevel-pit/medias/upload-file", sent.getUrl());
    assertEquals("POST", sent.getMethod().getName());
    String b = boundary(sent);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    text(expected, "--" + b + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
        + "Content-Type: " + contentType + "\r\n\r\n");
    expected.writeBytes(content);
    text(expected, "\r\n" + fieldsAfter.replace("{b}", b) + "--" + b + "--\r\n");
    assertArrayEquals(expected.toByteArray(), sent.getBody(), () -> "sent:\n" + sent.getBodyAsString());
    assertEquals(Integer.toString(sent.getBody().length), sent.getHeader("Content-Length"));
    assertEquals("2021-07-28", sent.getHeader("Version"));
    assertEquals(FacadeTestSupport.SUB, sent.getHeader("Maton-Connection"));
  }

  private static String boundary(LoggedRequest sent) {
    String contentType = sent.getHeader("Content-Type");
    assertTrue(contentType.startsWith("multipart/form-data; boundary="), contentType);
    return contentType.substring("multipart/form-data; boundary=".length());
  }

  /** A text part, its boundary filled in by {@link #assertFilePart}. */
  private static String field(String name, String value) {
    return part("{b}", name, value);
  }

  private static String part(String boundary, String name, String value) {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
  }

  /** What the JDK guesses from the name here, else the generic type (the client does the same). */
  private static String guessed(String name) {
    try {
      String probed = Files.probeContentType(Path.of(name));
      return probed != null ? probed : "application/octet-stream";
    } catch (IOException e) {
      return "application/octet-stream";
    }
  }

  private static long knownSize(GhlFile f) {
    try {
      return f.knownSize();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void text(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Remembers that it was closed. */
  private static final class Closing extends ByteArrayInputStream {
    boolean closed;

    Closing(byte[] content) {
      super(content);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** Never ends; counts what was read. */
  private static final class Endless extends InputStream {
    long read;
    boolean closed;

    @Override
    public int read() {
      read++;
      return 'x';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 'x');
      read += len;
      return len;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
