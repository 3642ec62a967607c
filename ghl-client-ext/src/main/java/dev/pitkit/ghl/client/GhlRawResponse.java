package dev.pitkit.ghl.client;

import dev.pitkit.ghl.client.internal.RawAnswer;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 2xx answer to a {@link GhlRawRequest}: status, headers and body as they came (a status outside
 * 2xx is thrown as the typed {@link dev.pitkit.ghl.client.error.GhlApiException} of its status, as
 * for every call). {@link #as(Class)} decodes the body as a generated call does.
 *
 * <p>Immutable. {@link #toString()} shows the status and the body's length, never the body.
 */
public final class GhlRawResponse {
  private final RawAnswer answer;

  GhlRawResponse(RawAnswer answer) {
    this.answer = answer;
  }

  /** The HTTP status, 200 to 299. */
  public int status() {
    return answer.status();
  }

  /** Every response header, the names in any case ({@code headers().get("content-type")} works). */
  public Map<String, List<String>> headers() {
    return answer.headers();
  }

  /** The first value of header {@code name} (any case), if the response has it. */
  public Optional<String> header(String name) {
    List<String> values = answer.headers().get(dev.pitkit.ghl.client.internal.Require.nonNull(name, "name"));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The body's bytes (a copy; empty when there was none; inflated when the answer was gzip or deflate). */
  public byte[] body() {
    return answer.body().clone();
  }

  /** The body as text, in the charset its {@code Content-Type} names (UTF-8 when it names none). */
  public String bodyText() {
    return new String(answer.body(), answer.charset().orElse(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * The body decoded as {@code type} by the client's JSON mapper, as a generated method's answer is
   * decoded: a generated model, a {@code Map}, an array class for a JSON array
   * ({@code Contact[].class}), {@code String} for a {@code text/plain} answer ({@link #bodyText()}
   * reads any); unknown properties ignored, unknown enum values read as
   * {@code UNKNOWN_DEFAULT_OPEN_API}. A 204 or 205 without a body gives the type's empty value, as for
   * a generated method (null for a model, an empty {@code Map} or {@code String}). The call itself
   * returned (and was reported to listeners) as a success: decoding is the caller's step.
   *
   * @param type the class to decode into
   * @param <T> the type
   * @return the value
   * @throws dev.pitkit.ghl.client.error.GhlInvalidResponseException when another 2xx has no body, or
   *     the body is an HTML page or JSON of another shape (the API key masked in its message and snippet)
   * @throws dev.pitkit.ghl.client.error.GhlConfigurationException when {@code type} is null
   */
  @SuppressWarnings("unchecked") // decoded as type (a primitive class gives its box, which Class.cast would refuse)
  public <T> T as(Class<T> type) {
    return (T) answer.decode(dev.pitkit.ghl.client.internal.Require.nonNull(type, "type"));
  }

  /** The charset the {@code Content-Type} header names, if it names one the JDK knows. */
  public Optional<Charset> charset() {
    return answer.charset();
  }

  @Override
  public String toString() {
    return "GhlRawResponse[status=" + status() + ", operationId=" + answer.operationId() + ", body=" + answer.body().length
        + " bytes]";
  }
}
