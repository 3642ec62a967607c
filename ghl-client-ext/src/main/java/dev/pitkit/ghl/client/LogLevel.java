package dev.pitkit.ghl.client;

/**
 * Wire logging, written at INFO to the SLF4J logger {@code dev.pitkit.ghl.client.http}. Secret
 * header values ({@code Authorization}, cookies, anything named like a key or token) are masked at
 * every level.
 */
public enum LogLevel {
  /** Nothing (default). */
  NONE,
  /** Method, URL, status and time. */
  BASIC,
  /** BASIC plus request and response headers. */
  HEADERS,
  /** HEADERS plus bodies. */
  BODY
}
