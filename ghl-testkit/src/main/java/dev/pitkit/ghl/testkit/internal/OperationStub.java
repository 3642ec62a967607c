package dev.pitkit.ghl.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One operation's generated stub, read back from its mapping file.
 *
 * @param operationId the spec's operationId (also the mapping's name)
 * @param method HTTP method
 * @param path path template, e.g. {@code /highlevel-pit/contacts/{contactId}}
 * @param token {@code x-ghl-token}: agency, sub-account or maton
 * @param tokenAlso {@code x-ghl-token-also}: the other token kinds GHL accepts for it (usually none)
 * @param version {@code x-ghl-version} (empty for Maton's operations)
 * @param status the spec's first 2xx status
 * @param requiredQuery required query parameters
 * @param requireOneOf {@code x-ghl-require-one-of}
 * @param together {@code x-ghl-together}: query parameters given all or none (usually none)
 * @param range {@code x-ghl-range}, or null
 * @param pagination {@code x-ghl-pagination}, or null
 * @param body the spec's example response body (do not modify; copy it): JSON, or for an answer that is
 *     not JSON a text node holding the body
 * @param contentType the media type of the answer: {@code application/json}, or e.g. {@code audio/x-wav}
 * @param mappingJson the mapping file's text
 */
public record OperationStub(String operationId, String method, String path, String token, List<String> tokenAlso,
    String version, int status,
    List<String> requiredQuery, List<String> requireOneOf, List<String> together, Range range, Pagination pagination, JsonNode body,
    String contentType, String mappingJson) {

  /**
   * {@code x-ghl-range}: two epoch-millisecond query parameters.
   *
   * @param from the start parameter
   * @param to the end parameter, not before the start
   * @param maxDays the longest range in days, 0 for no limit
   */
  public record Range(String from, String to, int maxDays) {}

  /**
   * {@code x-ghl-pagination} of a list operation.
   *
   * @param style cursor, page, offset, skip, message, increment or lastItem
   * @param itemsPath dotted path of the items array in the response (empty: the body is the array)
   * @param limitParam page size query parameter, or empty
   * @param offsetParam offset/skip query parameter, or the page number of the increment style, or empty
   * @param cursor {@code requestParam=response.path} pairs (lastItem: paths in the last item)
   * @param hasMorePath boolean "more pages" response field, or empty
   * @param firstPage increment style: the page number a request without one gets (the parameter's minimum)
   */
  public record Pagination(String style, String itemsPath, String limitParam, String offsetParam, List<String> cursor,
      String hasMorePath, long firstPage) {}

  /** A regex matching concrete paths of this operation. */
  public Pattern pathPattern() {
    StringBuilder re = new StringBuilder();
    String[] segments = path.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String seg = segments[i];
      if (i > 0) {
        re.append('/');
      }
      re.append(seg.startsWith("{") && seg.endsWith("}") ? "[^/]+" : seg.isEmpty() ? "" : Pattern.quote(seg));
    }
    return Pattern.compile(re.toString());
  }

  /** Number of literal (non-template) path segments: the more, the more specific. */
  public int literalSegments() {
    int n = 0;
    for (String seg : path.split("/")) {
      if (!seg.isEmpty() && !seg.startsWith("{")) {
        n++;
      }
    }
    return n;
  }

  /** Whether the answer is JSON (else {@link #body()} is the text of the body). */
  public boolean json() {
    return "application/json".equals(contentType);
  }

  /** The example body as sent: the JSON text, or the text of a non-JSON answer. */
  public String bodyText() {
    return json() ? Json.write(body) : body.asText();
  }

  /** A copy of the example body. */
  public JsonNode exampleBody() {
    return body.deepCopy();
  }
}
