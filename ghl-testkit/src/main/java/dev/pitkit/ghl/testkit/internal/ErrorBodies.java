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

  /**
   * GHL's 422 for missing required query parameters, one message per parameter in GHL's form
   * ({@code "LocationId can't be undefined"}, as the seed quotes it for {@code locationId}).
   */
  public static String missingQueryParameters(java.util.List<String> names) {
    java.util.List<String> messages = new java.util.ArrayList<>();
    for (String name : names) {
      messages.add(name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1) + " can't be undefined");
    }
    return validationFailed(messages);
  }

  /** GHL's 422 when none of the parameters of an {@code x-ghl-require-one-of} rule is given. */
  public static String requireOneOf(java.util.List<String> names) {
    String list = names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    return validationFailed(java.util.List.of("Either of " + list + " is required"));
  }

  /** The 422 for an {@code x-ghl-together} rule given in part (GHL's files: "must be provided together"). */
  public static String together(java.util.List<String> names) {
    String list = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    return validationFailed(java.util.List.of((names.size() == 2 ? "Both " : "") + list + " must be provided together"));
  }

  /** The 401 GHL answers when an agency token calls a sub-account-only operation (the seed's text). */
  public static String userTypeMismatch() {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("statusCode", 401);
    body.put("message", "Token's user type mismatch");
    body.put("error", reason(401));
    return Json.write(body);
  }

  /** The 403 GHL answers when a sub-account token calls an agency-only operation (the seed's text). */
  public static String noLocationAccess() {
    return forStatus(403);
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
