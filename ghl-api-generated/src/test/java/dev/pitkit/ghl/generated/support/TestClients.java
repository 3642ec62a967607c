package dev.pitkit.ghl.generated.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.pitkit.ghl.invoker.ApiResponseDecoder;
import feign.Feign;
import feign.Retryer;
import feign.http2client.Http2Client;
import feign.jackson.JacksonEncoder;
import org.openapitools.jackson.nullable.JsonNullable;
import org.openapitools.jackson.nullable.JsonNullableModule;

/** The mapper and the bare Feign client of toolchain.md section 2 (no facade, no retries). */
public final class TestClients {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
      // the request fields GHL clears when sent null are JsonNullable: null is sent, never set is not
      .registerModule(new JsonNullableModule());

  static {
    MAPPER.configOverride(JsonNullable.class).setIncludeAsProperty(
        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS));
  }

  private TestClients() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One JDK HttpClient for all tests (each {@code new Http2Client()} would start its own). */
  private static final Http2Client HTTP = new Http2Client();

  /** A generated interface bound to {@code baseUrl} through {@code Feign.builder()}. */
  public static <T> T feign(Class<T> api, String baseUrl) {
    return Feign.builder()
        .client(HTTP)
        .encoder(new JacksonEncoder(MAPPER))
        .decoder(new ApiResponseDecoder(MAPPER))
        .retryer(Retryer.NEVER_RETRY)
        .target(api, baseUrl);
  }
}
