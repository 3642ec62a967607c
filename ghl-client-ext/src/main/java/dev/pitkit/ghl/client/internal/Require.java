package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.error.GhlConfigurationException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * Checks of settings, at the setter or {@code build()} that receives them: what the client cannot
 * honour fails there, with a {@link GhlConfigurationException} naming the setting (never a secret
 * value), instead of later, on a call, as something raw. Values that end up in request headers or
 * the base URL get the strictest checks.
 */
public final class Require {
  private Require() {}

  /** {@code value}, or a failure naming {@code setting} when it is null. */
  public static <T> T nonNull(T value, String setting) {
    if (value == null) {
      throw new GhlConfigurationException(setting + " must not be null");
    }
    return value;
  }

  /**
   * The longest duration a setting takes, about 24.8 days: Feign's request options hold a timeout
   * as an {@code int} of milliseconds, where a longer one would wrap around to a short or negative one.
   */
  public static final Duration MAX_DURATION = Duration.ofMillis(Integer.MAX_VALUE);

  private static final Duration ONE_MILLI = Duration.ofMillis(1);

  /**
   * {@code d} when it is at least 1 ms (timeouts and windows are kept in whole milliseconds, where a
   * shorter one would be zero) and at most {@link #MAX_DURATION}.
   */
  public static Duration positive(Duration d, String setting) {
    if (nonNull(d, setting).compareTo(ONE_MILLI) < 0) {
      throw new GhlConfigurationException(setting + " must be at least 1 ms, was " + d);
    }
    return atMostMax(d, setting);
  }

  /** {@code d} when it is zero or longer, and at most {@link #MAX_DURATION}. */
  public static Duration nonNegative(Duration d, String setting) {
    if (nonNull(d, setting).isNegative()) {
      throw new GhlConfigurationException(setting + " must not be negative, was " + d);
    }
    return atMostMax(d, setting);
  }

  private static Duration atMostMax(Duration d, String setting) {
    if (d.compareTo(MAX_DURATION) > 0) {
      throw new GhlConfigurationException(setting + " must be at most " + MAX_DURATION.toMillis() + " ms (about 24 days), was " + d);
    }
    return d;
  }

  /** {@code n} when it is zero or more. */
  public static int nonNegative(int n, String setting) {
    if (n < 0) {
      throw new GhlConfigurationException(setting + " must be >= 0, was " + n);
    }
    return n;
  }

  /** {@code n} when it is one or more. */
  public static long positive(long n, String setting) {
    if (n < 1) {
      throw new GhlConfigurationException(setting + " must be at least 1, was " + n);
    }
    return n;
  }

  /** {@code n} when it is one or more. */
  public static int positive(int n, String setting) {
    return (int) positive((long) n, setting);
  }

  /**
   * Rejects null, blank, whitespace, control characters (header injection) and braces (Feign would
   * read them as a template expression). The message names the setting, never the value.
   */
  public static String headerSafe(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new GhlConfigurationException(what + " must not be null or blank");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || Character.isWhitespace(c)) {
        if (what.equals("apiKey") && value.regionMatches(true, 0, "Bearer ", 0, 7)) {
          throw new GhlConfigurationException("apiKey must be the key alone, without \"Bearer \": the client adds it");
        }
        throw new GhlConfigurationException(what + " must not contain whitespace or control characters (CR, LF, ...), found one at index " + i);
      }
      if (c == '{' || c == '}' || c > 0x7e) {
        throw new GhlConfigurationException(what + " must be printable ASCII without braces, found an invalid character at index " + i);
      }
    }
    return value;
  }

  /** As {@link #headerSafe}, but null (an optional setting left unset) passes. */
  public static String headerSafeIfSet(String value, String what) {
    return value == null ? null : headerSafe(value, what);
  }

  /** Requires https, except for loopback hosts (tests, the testkit). Returns the URL without a trailing slash. */
  public static String baseUrl(String url) {
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
    if (uri.getPort() > 65535) {
      throw new GhlConfigurationException("baseUrl has a port out of range (0-65535): " + uri.getPort());
    }
    if (uri.getRawUserInfo() != null) { // the JDK client would not send it, and it would show in every log line
      throw new GhlConfigurationException("baseUrl must not carry a user name or password (user@host)");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new GhlConfigurationException("baseUrl must not have a query or fragment: operation paths are appended to it");
    }
    String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(uri.getHost()))) {
      throw new GhlConfigurationException("baseUrl must use https (plain http is allowed only for loopback hosts such as localhost): " + uri.getScheme() + "://" + uri.getHost());
    }
    String s = uri.toString();
    s = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    if (s.endsWith("/highlevel-pit") || s.endsWith("/connections")) { // copied from a documented operation URL
      throw new GhlConfigurationException("baseUrl must be the gateway's root (e.g. https://api.maton.ai), without "
          + s.substring(s.lastIndexOf('/')) + ": the client adds it to each operation's path");
    }
    return s;
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
