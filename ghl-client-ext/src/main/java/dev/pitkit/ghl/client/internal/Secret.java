package dev.pitkit.ghl.client.internal;

import java.util.Objects;

/** Holds the API key; {@link #toString()} never shows it. */
public final class Secret {
  private final String value;

  /** Wraps the key. */
  public Secret(String value) {
    this.value = Objects.requireNonNull(value);
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
