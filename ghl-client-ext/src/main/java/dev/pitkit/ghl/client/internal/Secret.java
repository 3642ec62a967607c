package dev.pitkit.ghl.client.internal;

import java.util.Objects;

/** Holds the API key; {@link #toString()} never shows it. */
public final class Secret {
  private final String value;
  /** The key percent-encoded, as a server may echo it from a URL. */
  private final String percentEncoded;

  /** Wraps the key. */
  public Secret(String value) {
    this.value = Objects.requireNonNull(value);
    this.percentEncoded = java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * {@code text} with every occurrence of the key replaced by {@code ****}, as written, percent-encoded,
   * or with JSON escapes in it (any of its characters as a unicode escape, {@code /} as {@code \/}):
   * for what the server sends back (an error body that echoes the key) before it reaches a message,
   * an exception or a log line. Masked in the raw text, the key is also gone from whatever is
   * parsed from it afterwards.
   */
  public String maskIn(String text) {
    if (text == null) {
      return null;
    }
    String masked = text.replace(value, "****").replace(percentEncoded, "****");
    return masked.indexOf('\\') < 0 ? masked : maskEscaped(masked);
  }

  /** Masks each place where the key is written with JSON escapes. */
  private String maskEscaped(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (int at = 0; at < text.length(); at++) {
      int end = escapedKeyEnd(text, at);
      if (end > 0) {
        out.append(text, copied, at).append("****");
        copied = end;
        at = end - 1;
      }
    }
    return copied == 0 ? text : out.append(text, copied, text.length()).toString();
  }

  /** Where the key ends if {@code text} spells it from {@code at} on, escapes decoded as JSON does; else -1. */
  private int escapedKeyEnd(String text, int at) {
    for (int i = 0; i < value.length(); i++) {
      if (at >= text.length()) {
        return -1;
      }
      char c = text.charAt(at++);
      if (c == '\\' && at < text.length()) {
        char e = text.charAt(at++);
        if (e == 'u') {
          if (at + 4 > text.length()) {
            return -1;
          }
          try {
            c = (char) Integer.parseInt(text, at, at + 4, 16);
          } catch (NumberFormatException notHex) {
            return -1;
          }
          at += 4;
        } else {
          c = switch (e) {
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            default -> e; // \/ \" \\
          };
        }
      }
      if (c != value.charAt(i)) {
        return -1;
      }
    }
    return at;
  }

  /** The key itself; used only to build the Authorization header. */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "****";
  }
}
