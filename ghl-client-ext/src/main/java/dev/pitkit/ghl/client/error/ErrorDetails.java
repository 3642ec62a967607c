package dev.pitkit.ghl.client.error;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Everything known about a failed call. Never holds the API key: request headers are not kept.
 *
 * @param status HTTP status
 * @param errorMessages GHL's {@code message} (string or array), or the status text
 * @param error GHL's {@code error} field, or null
 * @param traceId GHL's {@code traceId} or a request id header, or null
 * @param method HTTP method
 * @param path request path without the query string
 * @param operationId the spec operationId
 * @param connection the {@code Maton-Connection} used, or null
 * @param headers response headers, names lower-case
 * @param body the raw body, truncated to 8 KiB
 * @param attempts how many times the request was sent
 * @param hint troubleshooting hint, or null
 */
public record ErrorDetails(
    int status,
    List<String> errorMessages,
    String error,
    String traceId,
    String method,
    String path,
    String operationId,
    String connection,
    Map<String, List<String>> headers,
    String body,
    int attempts,
    String hint)
    implements Serializable {

  public ErrorDetails {
    errorMessages = List.copyOf(errorMessages);
    headers = Map.copyOf(headers);
  }

  /** GHL's messages joined with "; ". */
  public String errorMessage() {
    return String.join("; ", errorMessages);
  }

  /** The exception message: status, GHL's message, request, connection, trace id and hint. */
  String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(status).append(' ').append(errorMessage());
    sb.append(" [").append(method).append(' ').append(path);
    if (operationId != null) {
      sb.append(" (").append(operationId).append(')');
    }
    if (connection != null) {
      sb.append(", connection ").append(connection);
    }
    if (traceId != null) {
      sb.append(", traceId ").append(traceId);
    }
    if (attempts > 1) {
      sb.append(", ").append(attempts).append(" attempts");
    }
    sb.append(']');
    if (hint != null) {
      sb.append(". Hint: ").append(hint);
    }
    return sb.toString();
  }
}
