package dev.pitkit.ghl.client;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A file to upload from a {@link Path}, an {@link InputStream} or bytes, where a generated upload
 * method takes a {@link File} (the spec's {@code format: binary} part of a {@code multipart/form-data}
 * body, e.g. {@code uploadMediaFile}'s {@code file}):
 * <pre>{@code
 * ghl.medias().uploadMediaFile(GhlFile.of(bytes, "logo.png"), null, null, "logo.png", null);
 * ghl.medias().uploadMediaFile(GhlFile.of(inputStream, "brochure.pdf"), null, null, null, null);
 * ghl.medias().uploadMediaFile(GhlFile.of(Path.of("brochure.pdf")), null, null, null, null);
 * }</pre>
 * The part is sent with the file name and a content type guessed from the name (as for a plain
 * {@code File}; {@code application/octet-stream} when unknown) unless {@link #withContentType} names
 * one. A part with a size limit in the spec ({@code x-ghl-max-bytes}) is checked before anything is
 * sent: a known size (bytes, a {@code Path}) without reading, a stream by counting while it is read,
 * never past the limit.
 *
 * <p>It is a {@code File} only so that the generated methods accept it: its {@code File} methods
 * describe a relative path made of the file name, not the content. A {@code GhlFile} of a stream
 * can be sent once (the client reads the stream to its end, or to the limit, and closes it); one of
 * bytes or a {@code Path} any number of times. Not serializable in a useful way (its content is
 * transient).
 */
public final class GhlFile extends File {
  private static final long serialVersionUID = 1L;

  /** Exactly one of the three sources is set. */
  private final transient Path path;
  private final transient byte[] bytes;
  private final transient InputStream stream;
  /** Whether the stream was handed out (shared with {@link #withContentType} copies). */
  private final transient AtomicBoolean streamUsed;
  private final String contentType;

  private GhlFile(String filename, Path path, byte[] bytes, InputStream stream, AtomicBoolean streamUsed,
      String contentType) {
    super(checkedName(filename));
    this.path = path;
    this.bytes = bytes;
    this.stream = stream;
    this.streamUsed = streamUsed;
    this.contentType = contentType;
  }

  /**
   * The file at {@code path} (any file system), read when the call is sent.
   *
   * @throws IllegalArgumentException when {@code path} has no file name (a root)
   */
  public static GhlFile of(Path path) {
    Objects.requireNonNull(path, "path");
    Path name = path.getFileName();
    if (name == null) {
      throw new IllegalArgumentException("not a file: " + path);
    }
    return new GhlFile(name.toString(), path, null, null, null, null);
  }

  /** {@code content} (not copied: do not change it until the call is sent), named {@code filename}. */
  public static GhlFile of(byte[] content, String filename) {
    return new GhlFile(filename, null, Objects.requireNonNull(content, "content"), null, null, null);
  }

  /**
   * What {@code content} yields, named {@code filename}; read (and closed) by the one call that sends
   * it, counted while it is read.
   */
  public static GhlFile of(InputStream content, String filename) {
    return new GhlFile(filename, null, null, Objects.requireNonNull(content, "content"), new AtomicBoolean(), null);
  }

  /** The same content sent with {@code contentType} (e.g. {@code image/png}) instead of the guessed one. */
  public GhlFile withContentType(String contentType) {
    Objects.requireNonNull(contentType, "contentType");
    if (contentType.isBlank() || contentType.chars().anyMatch(c -> c < 0x20 || c >= 0x7f)) {
      throw new IllegalArgumentException("contentType must be printable ASCII, e.g. image/png (it is a header of the part)");
    }
    return new GhlFile(getName(), path, bytes, stream, streamUsed, contentType);
  }

  /** The content type given with {@link #withContentType}, or null (guessed from the name). */
  public String contentType() {
    return contentType;
  }

  /**
   * The content's length in bytes when known without reading it (bytes, a file), else -1 (a stream).
   *
   * @throws IOException when a file's size cannot be read (e.g. it does not exist)
   */
  public long knownSize() throws IOException {
    return bytes != null ? bytes.length : path != null ? Files.size(path) : -1;
  }

  /**
   * Opens the content for reading; the caller closes it. For a stream, the stream itself, once.
   *
   * @throws IOException when the content cannot be opened (a missing file, a stream already sent)
   */
  public InputStream openContent() throws IOException {
    if (bytes != null) {
      return new ByteArrayInputStream(bytes);
    }
    if (path != null) {
      return Files.newInputStream(path);
    }
    if (streamUsed.getAndSet(true)) {
      throw new IOException("the stream of " + getName() + " was already sent (a GhlFile of a stream is sent once)");
    }
    return stream;
  }

  private static String checkedName(String filename) {
    Objects.requireNonNull(filename, "filename");
    if (filename.isBlank()) {
      throw new IllegalArgumentException("filename is blank");
    }
    return filename;
  }

  /** Identity: two uploads of the same name are not the same content. */
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
