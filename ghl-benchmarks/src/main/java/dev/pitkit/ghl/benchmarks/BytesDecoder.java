package dev.pitkit.ghl.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

/**
 * NOT part of the client: an experiment for the README's decoder proposal. Decodes the body with
 * Jackson's byte-oriented parser ({@code readValue(InputStream/byte[])}) instead of feign-jackson's
 * {@code JacksonDecoder}, which goes through an {@code InputStreamReader} (an 8 KB decode buffer
 * and a char conversion per call). Plain model types only (no ApiResponse, no binary).
 */
public final class BytesDecoder implements Decoder {
  private final ObjectMapper mapper;

  public BytesDecoder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    if (response.body() == null) {
      return null;
    }
    try (InputStream in = response.body().asInputStream()) {
      return mapper.readValue(in, mapper.constructType(type));
    }
  }
}
