package dev.pitkit.ghl.client.internal;

import java.util.Objects;

/** Holds the API key; {@link #toString()} never shows it. */
public final class Secret {
  private final String value;

  /** Wraps the key. */
  public Secret(String value) {
    this.value = Objects.requireNonNull(value);
  }

  /**
   * {@code text} with every occurrence of the key replaced by {@code ****}: for what the server
   * sends back (an error body that echoes the key) before it reaches a message or a log line.
   */
  public String maskIn(String text) {
    return text == null ? null : text.replace(value, "****");
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
