package dev.pitkit.ghl.client.internal;

/** Text from outside the client (a server's, a library's) made safe for one line of a message or a log. */
public final class Printable {
  private Printable() {}

  /**
   * {@code s} with line breaks and other control characters written as escapes ({@code \n}), so that
   * server text in an exception message cannot forge log lines.
   */
  public static String of(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
