package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.error.GhlConfigurationException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** Checks on values that end up in request headers or the base URL, applied when a client is built. */
public final class HeaderValues {
  private HeaderValues() {}

  /**
   * Rejects null, blank, whitespace, control characters (header injection) and braces (Feign would
   * read them as a template expression). The message names the setting, never the value.
   */
  public static String requireSafe(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new GhlConfigurationException(what + " must not be null or blank");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || Character.isWhitespace(c)) {
        throw new GhlConfigurationException(what + " must not contain whitespace or control characters (CR, LF, ...), found one at index " + i);
      }
      if (c == '{' || c == '}' || c > 0x7e) {
        throw new GhlConfigurationException(what + " must be printable ASCII without braces, found an invalid character at index " + i);
      }
    }
    return value;
  }

  /** As {@link #requireSafe}, but null (an optional setting left unset) passes. */
  public static String requireSafeIfSet(String value, String what) {
    return value == null ? null : requireSafe(value, what);
  }

  /** Requires https, except for loopback hosts (tests, the testkit). Returns the URL without a trailing slash. */
  public static String requireBaseUrl(String url) {
    if (url == null || url.isBlank()) {
      throw new GhlConfigurationException("baseUrl must not be blank");
    }
    URI uri;
    try {
      uri = URI.create(url.trim());
    } catch (IllegalArgumentException e) {
      throw new GhlConfigurationException("baseUrl is not a valid URI: " + e.getMessage());
    }
    if (uri.getHost() == null || uri.getScheme() == null) {
      throw new GhlConfigurationException("baseUrl must be an absolute http(s) URL, e.g. https://api.maton.ai");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new GhlConfigurationException("baseUrl must not have a query or fragment: operation paths are appended to it");
    }
    String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(uri.getHost()))) {
      throw new GhlConfigurationException("baseUrl must use https (plain http is allowed only for loopback hosts such as localhost): " + uri.getScheme() + "://" + uri.getHost());
    }
    String s = uri.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  static boolean isLoopback(String host) {
    String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!h.matches("[0-9.]+") && !h.contains(":")) {
      return false; // a name other than localhost: do not resolve it
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
