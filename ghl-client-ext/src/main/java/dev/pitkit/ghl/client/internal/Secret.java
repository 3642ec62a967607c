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

  /**
   * {@code e} named for an exception message, as {@code SimpleName: message} (the message of its
   * first cause that has one when it has none): with the key masked, control characters (line breaks
   * that would forge log lines, raw bytes a server sent) escaped, and at most 300 characters long. For
   * the failures of the JDK, a transport or a limiter, whose text may quote what a server sent or the
   * request itself, {@code Authorization} header included.
   */
  public String describe(Throwable e) {
    Throwable said = e;
    while (said.getMessage() == null && said.getCause() != null && said.getCause() != said) {
      said = said.getCause();
    }
    String name = e.getClass().getSimpleName() + (said == e ? "" : " (" + said.getClass().getSimpleName() + ")");
    if (said.getMessage() == null) {
      return name;
    }
    return name + ": " + oneLine(said.getMessage());
  }

  /**
   * {@code text} as a server or a library wrote it, made safe for an exception message: the key masked,
   * its first 300 characters kept, control characters escaped ({@link Printable}).
   */
  public String oneLine(String text) {
    String masked = maskIn(text);
    if (masked.length() <= 300) {
      return Printable.of(masked);
    }
    return Printable.of(masked.substring(0, Character.isHighSurrogate(masked.charAt(299)) ? 299 : 300)) + "...";
  }

  /**
   * {@code e} to attach as a cause: itself when no message in its chain shows the key, else a stand-in
   * ({@link MaskedFailure}) that shows each message masked, with the same class names and stack traces.
   */
  public Throwable masked(Throwable e) {
    boolean shows = false;
    for (Throwable t = e; t != null && !shows; t = t.getCause() == t ? null : t.getCause()) {
      shows = t.getMessage() != null && !t.getMessage().equals(maskIn(t.getMessage()));
    }
    return shows ? standIn(e, 0) : e;
  }

  private Throwable standIn(Throwable e, int depth) {
    Throwable cause = e.getCause() == null || e.getCause() == e || depth > 20 ? null : standIn(e.getCause(), depth + 1);
    MaskedFailure f = new MaskedFailure(e.getClass().getName(), maskIn(e.getMessage()), cause);
    f.setStackTrace(e.getStackTrace());
    return f;
  }

  /**
   * A failure whose message showed the API key, as it is attached instead: its class's name and its
   * message with the key masked. Its type is not the original's; its name and stack trace are.
   */
  public static final class MaskedFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final String originalClass;

    MaskedFailure(String originalClass, String maskedMessage, Throwable cause) {
      super(maskedMessage, cause);
      this.originalClass = originalClass;
    }

    /** The name of the class of the failure this stands for. */
    public String originalClass() {
      return originalClass;
    }

    @Override
    public String toString() {
      return originalClass + (getMessage() == null ? "" : ": " + getMessage()) + " [the API key masked]";
    }
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
