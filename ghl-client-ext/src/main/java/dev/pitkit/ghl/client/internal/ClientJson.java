package dev.pitkit.ghl.client.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.openapitools.jackson.nullable.JsonNullable;
import org.openapitools.jackson.nullable.JsonNullableModule;

/**
 * The JSON mapper of every client. A class of its own so that it is built when first used, after
 * {@link ClientCore} has started its HttpClient ({@link HttpClientStart}), not when ClientCore loads.
 */
public final class ClientJson {
  /** The JSON mapper of every client (its settings never change, so one serves all). */
  public static final ObjectMapper MAPPER = newMapper();

  private ClientJson() {}

  /**
   * The JSON mapper the client uses: unknown properties ignored, nulls not sent, a single object
   * accepted where GHL documents an array, a decimal in an untyped value read as {@code BigDecimal},
   * java.time supported. A {@code JsonNullable} field (a
   * request field GHL clears when it is sent null) is sent as null when set to null and not at all
   * when never set.
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new JsonNullableModule())
        .withConfigOverride(JsonNullable.class, o -> o.setIncludeAsProperty(
            JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS)))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        // a decimal in an untyped value (a custom field's Object, a Map) keeps its digits and scale, as typed amounts do
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
  }
}
