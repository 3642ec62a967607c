package dev.pitkit.ghl.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * GHL-shaped error bodies ({@code {"statusCode", "message", "error"}}, the spec's
 * {@code ErrorResponse}; {@code message} is an array for 422), with the messages the seed's
 * troubleshooting table quotes.
 */
public final class ErrorBodies {
  private ErrorBodies() {}

  /** The body GHL (or the gateway) sends with {@code status}. */
  public static String forStatus(int status) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("statusCode", status);
    if (status == 422) {
      body.putArray("message").add("Validation error - check required fields");
    } else {
      body.put("message", message(status));
    }
    body.put("error", reason(status));
    return Json.write(body);
  }

  /** The body of a 422 listing {@code messages}. */
  public static String validationFailed(java.util.List<String> messages) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("statusCode", 422);
    messages.forEach(body.putArray("message")::add);
    body.put("error", reason(422));
    return Json.write(body);
  }

  static String message(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "The token is not authorized for this scope.";
      case 403 -> "The token does not have access to this location.";
      case 404 -> "Not Found";
      case 409 -> "Conflict";
      case 429 -> "Too many requests, please try again later.";
      default -> reason(status);
    };
  }

  /** The HTTP reason phrase. */
  public static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 408 -> "Request Timeout";
      case 409 -> "Conflict";
      case 422 -> "Unprocessable Entity";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> status >= 500 ? "Server Error" : "Error";
    };
  }
}
