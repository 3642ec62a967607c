package dev.pitkit.ghl.client.internal;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The {@code multipart/form-data} body (RFC 7578) of an operation whose spec declares one: the
 * generated method's form parameters, one part each (a list, one part per element). A
 * {@link File}, {@link Path} or {@code byte[]} is sent as a file part with its name and a content
 * type guessed from it ({@code application/octet-stream} when unknown); anything else as text, UTF-8.
 */
final class MultipartForm {
  static final String CONTENT_TYPE = "multipart/form-data";

  private final String[] names;
  private final int[] args;

  MultipartForm(String[] names, int[] args) {
    this.names = names;
    this.args = args;
  }

  /** A boundary no file is likely to contain (random, so a crafted file cannot end the part early). */
  static String newBoundary() {
    return "ghl-" + UUID.randomUUID();
  }

  /**
   * The body for {@code values} (the method's arguments); null arguments are left out.
   *
   * @throws UncheckedIOException naming the field when a file cannot be read
   */
  byte[] write(Object[] values, String boundary) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < names.length; i++) {
      Object v = values[args[i]];
      if (v instanceof Iterable<?> many) {
        for (Object e : many) {
          part(out, boundary, names[i], e);
        }
      } else {
        part(out, boundary, names[i], v);
      }
    }
    ascii(out, "--" + boundary + "--\r\n");
    return out.toByteArray();
  }

  private static void part(ByteArrayOutputStream out, String boundary, String name, Object value) {
    if (value == null) {
      return;
    }
    ascii(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(name) + "\"");
    Path file = value instanceof File f ? f.toPath() : value instanceof Path p ? p : null;
    byte[] content;
    if (file != null || value instanceof byte[]) {
      String filename = file == null ? name : String.valueOf(file.getFileName());
      ascii(out, "; filename=\"" + quoted(filename) + "\"\r\nContent-Type: " + contentType(file) + "\r\n\r\n");
      try {
        content = file == null ? (byte[]) value : Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException("form field '" + name + "': cannot read " + file, e);
      }
    } else {
      ascii(out, "\r\n\r\n");
      content = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    }
    out.writeBytes(content);
    ascii(out, "\r\n");
  }

  private static String contentType(Path file) {
    try {
      String probed = file == null ? null : Files.probeContentType(file);
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
