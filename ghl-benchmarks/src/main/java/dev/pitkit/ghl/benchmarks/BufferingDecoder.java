package dev.pitkit.ghl.benchmarks;

import feign.Response;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * NOT part of the client: what the facade's {@code SafeDecoder} does on a success, reproduced
 * around raw Feign's decoder so its cost can be measured apart from the rest of the facade
 * ({@link InterleavedPagination}): read the whole body into a byte array, decode a 500-byte
 * String snippet to look at, rebuild the Response around the array and hand it to the delegate.
 */
public final class BufferingDecoder implements Decoder {
  private final Decoder delegate;

  public BufferingDecoder(Decoder delegate) {
    this.delegate = delegate;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    byte[] bytes;
    try (InputStream in = response.body().asInputStream()) {
      bytes = in.readAllBytes();
    }
    String start = new String(bytes, 0, Math.min(bytes.length, 500), StandardCharsets.UTF_8);
    if (start.isBlank() || start.stripLeading().startsWith("<")) {
      throw new IOException("not JSON");
    }
    return delegate.decode(response.toBuilder().body(bytes).build(), type);
  }
}
