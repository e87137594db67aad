package io.handlekit.core.text;

/**
 * Makes text that a target controls (status lines, headers, bodies) safe to print to a terminal or a CI log:
 * every control character but line feed and tab (C0, DEL, C1, so ESC and the CSI and OSC introducers too) is
 * written as a visible escape such as {@code \x1B} or {@code \u009B}, so an answer holding {@code ESC[2J} or an
 * OSC title sequence cannot clear the screen or retitle the window.
 */
public final class TerminalText {
  private TerminalText() {}

  /** {@code text} with its control characters escaped; line feeds and tabs kept. */
  public static String escape(String text) {
    return escape(text, false);
  }

  /** {@code text} on one line: line feeds escaped too. */
  public static String oneLine(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean oneLine) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\t' && (c != '\n' || oneLine)) || (c >= 0x7F && c <= 0x9F)
          || c == '\u2028' || c == '\u2029';
      if (control && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (!control) {
          out.append(c);
        } else if (c == '\n') {
          out.append("\\n");
        } else if (c <= 0xFF) {
          out.append(String.format("\\x%02X", (int) c));
        } else {
          out.append(String.format("\\u%04X", (int) c));
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
