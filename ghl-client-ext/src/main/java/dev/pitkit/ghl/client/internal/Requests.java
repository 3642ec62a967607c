package dev.pitkit.ghl.client.internal;

import feign.Request;
import java.net.URI;

/** How a request is named in messages and logs: never with its query string, which may carry emails or phone numbers. */
final class Requests {
  private Requests() {}

  /** Method and path, e.g. {@code GET /highlevel-pit/contacts/abc123}. */
  static String describe(Request request) {
    return request.httpMethod() + " " + path(request);
  }

  /** The host of the request's URL, with its port when the URL names one; "the gateway" when it cannot be parsed. */
  static String host(Request request) {
    try {
      URI uri = URI.create(request.url());
      return uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    } catch (IllegalArgumentException e) {
      return "the gateway";
    }
  }

  /** The raw path of the request's URL, {@code ?} when it cannot be parsed. */
  static String path(Request request) {
    try {
      return URI.create(request.url()).getRawPath();
    } catch (IllegalArgumentException e) {
      return "?";
    }
  }
}
