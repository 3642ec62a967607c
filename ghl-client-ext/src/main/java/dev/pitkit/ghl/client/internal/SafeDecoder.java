package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.error.GhlInvalidResponseException;
import dev.pitkit.ghl.model.ApiResponse;
import feign.Response;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Guards the generated {@code ApiResponseDecoder}: an empty body, an HTML page or JSON of the
 * wrong shape on a success status becomes {@link GhlInvalidResponseException}. An empty body is
 * accepted only where nothing was to be decoded (see {@link #mayBeEmpty}).
 */
final class SafeDecoder implements Decoder {
  private final Decoder delegate;

  SafeDecoder(Decoder delegate) {
    this.delegate = delegate;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    byte[] bytes;
    if (response.body() == null) {
      bytes = new byte[0];
    } else {
      try (InputStream in = response.body().asInputStream()) {
        bytes = in.readAllBytes();
      }
    }
    String start = snippet(bytes);
    if (start.isBlank() && mayBeEmpty(response.status(), type)) {
      return delegate.decode(response.toBuilder().body(bytes).build(), type);
    }
    if (start.isBlank()) {
      throw new GhlInvalidResponseException("HTTP " + response.status() + " with an empty body where JSON was expected ("
          + ResilientClient.describe(response.request()) + ")", response.status(), "", null);
    }
    if (start.stripLeading().startsWith("<")) {
      throw new GhlInvalidResponseException("HTTP " + response.status() + " with an HTML page where JSON was expected ("
          + ResilientClient.describe(response.request()) + ")", response.status(), start, null);
    }
    try {
      return delegate.decode(response.toBuilder().body(bytes).build(), type);
    } catch (IOException | RuntimeException e) {
      throw new GhlInvalidResponseException("HTTP " + response.status() + " with a body that does not match "
          + type.getTypeName().replaceAll("[a-z0-9_]+\\.", "") + " (" + ResilientClient.describe(response.request()) + "): "
          + firstLine(e.getMessage()), response.status(), start, e);
    }
  }

  /**
   * No content is a valid answer for 204/205, and for operations whose spec declares no typed body
   * ({@code Object}, e.g. Maton's delete connection, whose body is undocumented): the caller gets
   * null (or an {@code ApiResponse} with null data) instead of an error after a successful write.
   */
  static boolean mayBeEmpty(int status, Type type) {
    if (status == 204 || status == 205) {
      return true;
    }
    Type body = type;
    if (type instanceof ParameterizedType p && p.getRawType() == ApiResponse.class) {
      body = p.getActualTypeArguments()[0];
    }
    return body == Object.class;
  }

  private static String snippet(byte[] bytes) {
    String s = new String(bytes, 0, Math.min(bytes.length, 500), java.nio.charset.StandardCharsets.UTF_8);
    return s;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
