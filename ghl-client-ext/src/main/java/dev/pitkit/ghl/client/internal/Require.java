package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.error.GhlConfigurationException;
import java.time.Duration;

/**
 * Checks of settings, at the setter or {@code build()} that receives them: what the client cannot
 * honour fails there, with a {@link GhlConfigurationException} naming the setting (never a secret
 * value), instead of later, on a call, as something raw.
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

  /** {@code d} when it is longer than zero. */
  public static Duration positive(Duration d, String setting) {
    if (nonNull(d, setting).isNegative() || d.isZero()) {
      throw new GhlConfigurationException(setting + " must be a positive duration, was " + d);
    }
    return d;
  }

  /** {@code d} when it is zero or longer. */
  public static Duration nonNegative(Duration d, String setting) {
    if (nonNull(d, setting).isNegative()) {
      throw new GhlConfigurationException(setting + " must not be negative, was " + d);
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
  public static int positive(int n, String setting) {
    if (n < 1) {
      throw new GhlConfigurationException(setting + " must be at least 1, was " + n);
    }
    return n;
  }
}
