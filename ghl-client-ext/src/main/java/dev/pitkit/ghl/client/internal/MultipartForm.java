package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.GhlFile;
import dev.pitkit.ghl.invoker.GhlMaxBytes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code multipart/form-data} body (RFC 7578) of an operation whose spec declares one: the
 * generated method's form parameters, one part each (a list, one part per element; a map, one part
 * per entry named by its key, for the uploads whose part names are chosen per call). A
 * {@link File}, {@link Path} or {@code byte[]} is sent as a file part with its name and a content
 * type guessed from it ({@code application/octet-stream} when unknown), a {@link GhlFile} with its
 * own name and content (a path, bytes or a stream); anything else as text, UTF-8. A part whose
 * parameter carries {@link GhlMaxBytes} (the spec's {@code x-ghl-max-bytes}) is refused when its file
 * is larger: a known size before reading, a stream after at most one byte over the limit.
 */
final class MultipartForm {
  static final String CONTENT_TYPE = "multipart/form-data";

  private final String[] names;
  private final int[] args;
  /** Each part's limit in bytes, 0 for none. */
  private final long[] maxBytes;

  MultipartForm(String[] names, int[] args, long[] maxBytes) {
    this.names = names;
    this.args = args;
    this.maxBytes = maxBytes;
  }

  /** A file part that cannot be sent: unreadable, or over its limit. Nothing was sent. */
  static final class PartException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String field;

    PartException(String field, String message, Throwable cause) {
      super(message, cause);
      this.field = field;
    }
  }

  /** A boundary no file is likely to contain (random, so a crafted file cannot end the part early). */
  static String newBoundary() {
    return "ghl-" + UUID.randomUUID();
  }

  /**
   * The body for {@code values} (the method's arguments); null arguments are left out.
   *
   * @throws PartException naming the field when a file cannot be read or is over the part's limit
   */
  byte[] write(Object[] values, String boundary) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < names.length; i++) {
      Object v = values[args[i]];
      if (v instanceof Iterable<?> many) {
        for (Object e : many) {
          part(out, boundary, names[i], names[i], e, maxBytes[i]);
        }
      } else if (v instanceof Map<?, ?> named) {
        if (named.isEmpty()) { // no part at all: GHL requires a file
          throw new PartException(names[i], "holds no file: give at least one (part name to file)", null);
        }
        for (Map.Entry<?, ?> e : named.entrySet()) {
          String name = partName(names[i], e.getKey());
          String field = names[i] + "[" + name + "]";
          if (e.getValue() == null) {
            throw new PartException(field, "the part \"" + quoted(name) + "\" has no file (null)", null);
          }
          part(out, boundary, field, name, e.getValue(), maxBytes[i]);
        }
      } else {
        part(out, boundary, names[i], names[i], v, maxBytes[i]);
      }
    }
    ascii(out, "--" + boundary + "--\r\n");
    return out.toByteArray();
  }

  /** A map entry's part name: its key, which must be a non-blank string (the server reads nothing else). */
  private static String partName(String field, Object key) {
    if (key instanceof String name && !name.isBlank()) {
      return name;
    }
    throw new PartException(field, "each part name (map key) must be a non-blank string, was "
        + (key == null ? "null" : "\"" + key + "\""), null);
  }

  /** One part named {@code name}; {@code field} is what a refusal names (the parameter, with the map key). */
  private static void part(ByteArrayOutputStream out, String boundary, String field, String name, Object value, long max) {
    if (value == null) {
      return;
    }
    String disposition = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(name) + "\"";
    byte[] content;
    if (value instanceof GhlFile g) {
      String type = g.contentType() != null ? g.contentType() : contentType(g.getName());
      content = read(field, g.getName(), g::knownSize, g::openContent, max);
      ascii(out, disposition + fileHeaders(g.getName(), type));
    } else if (value instanceof File || value instanceof Path) {
      Path file = value instanceof File f ? f.toPath() : (Path) value;
      content = read(field, String.valueOf(file), () -> Files.size(file), () -> Files.newInputStream(file), max);
      ascii(out, disposition + fileHeaders(String.valueOf(file.getFileName()), contentType(file)));
    } else if (value instanceof byte[] bytes) {
      content = read(field, "the bytes", () -> bytes.length, () -> new ByteArrayInputStream(bytes), max);
      ascii(out, disposition + fileHeaders(name, "application/octet-stream"));
    } else {
      ascii(out, disposition + "\r\n\r\n");
      content = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    }
    out.writeBytes(content);
    ascii(out, "\r\n");
  }

  private static String fileHeaders(String filename, String contentType) {
    return "; filename=\"" + quoted(filename) + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
  }

  private interface Size {
    long get() throws IOException;
  }

  private interface Opener {
    InputStream open() throws IOException;
  }

  /**
   * A file part's content: with a limit, a known size over it is refused unread, and a stream is read
   * to at most one byte over it.
   */
  private static byte[] read(String field, String what, Size size, Opener opener, long max) {
    try {
      long known = max > 0 ? size.get() : -1;
      if (known > max) {
        throw tooLarge(field, known + " bytes", max);
      }
      try (InputStream in = opener.open()) {
        byte[] content = max > 0 ? in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8)) : in.readAllBytes();
        if (max > 0 && content.length > max) {
          throw tooLarge(field, "more than " + max + " bytes", max);
        }
        return content;
      }
    } catch (IOException e) {
      throw new PartException(field, "cannot read " + what + ": " + e, e);
    }
  }

  private static PartException tooLarge(String field, String size, long max) {
    return new PartException(field, "the file is " + size + ", over GHL's limit of " + max + " bytes ("
        + max / (1024 * 1024) + " MB) for this part; nothing was sent", null);
  }

  /** By a file name's extension; octet-stream for a name no path can have (a NUL in it). */
  private static String contentType(String filename) {
    try {
      return contentType(Path.of(filename));
    } catch (java.nio.file.InvalidPathException e) {
      return "application/octet-stream";
    }
  }

  private static String contentType(Path file) {
    try {
      String probed = Files.probeContentType(file);
      return probed != null ? probed : "application/octet-stream";
    } catch (IOException e) {
      return "application/octet-stream";
    }
  }

  /** Names and file names go in quoted strings: escape what would end or break the header (RFC 7578 4.2). */
  private static String quoted(String s) {
    return s.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static void ascii(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
