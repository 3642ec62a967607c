package dev.pitkit.ghl.client.internal;

import java.util.Objects;

/** Holds the API key; {@link #toString()} never shows it. */
public final class Secret {
  private final String value;
  /** The key as JSON may escape it ({@code /} as {@code \/}) and percent-encoded: echoes to mask too. */
  private final String jsonEscaped;
  private final String percentEncoded;

  /** Wraps the key. */
  public Secret(String value) {
    this.value = Objects.requireNonNull(value);
    this.jsonEscaped = value.replace("/", "\\/");
    this.percentEncoded = java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * {@code text} with every occurrence of the key replaced by {@code ****}, as written or in the
   * forms a server may echo it in (JSON's escaped slash {@code \/}, percent-encoded): for what the
   * server sends back (an error body that echoes the key) before it reaches a message or a log line.
   * Values read from JSON are masked after decoding, which undoes any other escape.
   */
  public String maskIn(String text) {
    if (text == null) {
      return null;
    }
    return text.replace(value, "****").replace(jsonEscaped, "****").replace(percentEncoded, "****");
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
