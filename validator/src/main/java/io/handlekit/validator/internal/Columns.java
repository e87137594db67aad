package io.handlekit.validator.internal;

import io.handlekit.validator.Location;

/**
 * Columns count characters (Unicode code points), as an editor does, whatever the input was: Jackson counts bytes
 * for UTF-8 input ({@code 한} would move every later column by 3) and UTF-16 units for text (an emoji by 2).
 * Used only for inputs that have violations.
 */
final class Columns {
  private Columns() {}

  /** The 1-based column of the byte at {@code offset}: the code points between the start of its line and it, plus one. */
  static int column(byte[] bytes, int start, long offset) {
    int column = 1;
    for (int i = (int) Math.min(offset, bytes.length) - 1; i >= start && bytes[i] != '\n'; i--) {
      if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return column;
  }

  /** Line and column of the byte at {@code offset}, counting lines from {@code start}. */
  static Location locate(byte[] bytes, int start, int offset) {
    int line = 1;
    for (int i = start; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return new Location(line, column(bytes, start, offset), offset);
  }

  /** The 1-based column of the character at {@code offset} of {@code text}, in code points from the start of its line. */
  static int column(String text, int start, long offset) {
    int end = (int) Math.min(offset, text.length());
    int lineStart = text.lastIndexOf('\n', end - 1) + 1;
    return text.codePointCount(Math.max(lineStart, start), end) + 1;
  }
}
