package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.error.GhlException;
import dev.pitkit.ghl.client.error.GhlInvalidResponseException;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The 2xx answer to a raw request, read whole (within the client's {@code maxResponseBytes}), and
 * decoded on demand by the same {@link SafeDecoder} as a generated method's answer.
 */
public final class RawAnswer {
  private final String operationId;
  private final Request request;
  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final SafeDecoder decoder;

  RawAnswer(String operationId, Response response, byte[] body, SafeDecoder decoder) {
    this.operationId = operationId;
    this.request = response.request();
    this.status = response.status();
    Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, Collection<String>> e : response.headers().entrySet()) {
      h.put(e.getKey(), List.copyOf(e.getValue()));
    }
    this.headers = java.util.Collections.unmodifiableMap(h);
    this.body = body;
    this.decoder = decoder;
  }

  /** The name the request went by. */
  public String operationId() {
    return operationId;
  }

  /** The HTTP status, 2xx. */
  public int status() {
    return status;
  }

  /** The response headers: case-insensitive and unmodifiable. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The body itself (callers copy it before handing it out). */
  public byte[] body() {
    return body;
  }

  /** The charset the {@code Content-Type} names, if it names one the JDK knows. */
  public Optional<Charset> charset() {
    List<String> type = headers.get("Content-Type");
    for (String param : type == null || type.isEmpty() ? new String[0] : type.get(0).split(";")) {
      String p = param.trim();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        try {
          return Optional.of(Charset.forName(p.substring(8).replace("\"", "").trim()));
        } catch (IllegalArgumentException e) { // unknown or malformed: the caller's default applies
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The body decoded as {@code type}, as a generated method's answer is.
   *
   * @throws GhlInvalidResponseException when it cannot be
   */
  public Object decode(Type type) {
    Response response = Response.builder().status(status).reason("").request(request)
        .headers(Map.copyOf(headers)).body(body).build();
    try {
      return decoder.decode(response, type, operationId);
    } catch (IOException e) { // a byte array body: not expected
      throw new GhlInvalidResponseException("reading the answer failed: " + e.getClass().getSimpleName(), status, "", e,
          operationId);
    } catch (GhlException e) {
      throw e;
    } catch (RuntimeException e) { // e.g. a charset the JDK does not know: typed, as CallPipeline.handle does
      throw new GhlInvalidResponseException("unexpected response: " + e.getClass().getSimpleName(), status, "", e,
          operationId);
    }
  }
}
