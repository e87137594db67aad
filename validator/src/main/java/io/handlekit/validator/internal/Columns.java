package io.handlekit.validator.internal;

import io.handlekit.validator.Location;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Columns count characters (Unicode code points), as an editor does, whatever the input was: Jackson counts bytes
 * for UTF-8 input ({@code 한} would move every later column by 3) and UTF-16 units for text (an emoji by 2).
 * Used only for inputs that have violations.
 */
final class Columns {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Columns() {}

  /** The 1-based column of the byte at {@code offset}: the code points between the start of its line and it, plus one. */
  static int column(byte[] bytes, int start, long offset) {
    int end = (int) Math.min(offset, bytes.length);
    int lineStart = end;
    while (lineStart > start && bytes[lineStart - 1] != '\n') {
      lineStart--;
    }
    return codePointsBefore(bytes, lineStart, end) + 1;
  }

  /**
   * The 1-based column of the byte at {@code offset}, Jackson having said it is at byte column {@code byteColumn}
   * of its line: no scan for the line's start.
   */
  static int column(byte[] bytes, int start, long offset, int byteColumn) {
    int end = (int) Math.min(offset, bytes.length);
    return codePointsBefore(bytes, Math.max(start, end - (byteColumn - 1)), end) + 1;
  }

  // Code points in bytes[from, to): the bytes less the continuation bytes (10xxxxxx), eight bytes at a time.
  private static int codePointsBefore(byte[] bytes, int from, int to) {
    int continuations = 0;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long word = (long) LONGS.get(bytes, i);
      continuations += Long.bitCount(word & ~(word << 1) & 0x8080_8080_8080_8080L);
    }
    for (; i < to; i++) {
      if ((bytes[i] & 0xC0) == 0x80) {
        continuations++;
      }
    }
    return to - from - continuations;
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

  /**
   * The UTF-8 length of {@code text[from, to)}: what {@link Location#byteOffset()} counts for text input. A lone
   * surrogate has no UTF-8 form; it counts 3, as U+FFFD would.
   */
  static long utf8Length(String text, int from, int to) {
    long bytes = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** The UTF-8 offset of the char at {@code offset} of {@code text}: see {@link #utf8Length}. */
  static long byteOffset(String text, long offset) {
    return utf8Length(text, 0, (int) Math.min(offset, text.length()));
  }

  /** The 1-based column of the character at {@code offset} of {@code text}, in code points from the start of its line. */
  static int column(String text, int start, long offset) {
    int end = (int) Math.min(offset, text.length());
    int lineStart = text.lastIndexOf('\n', end - 1) + 1;
    return text.codePointCount(Math.max(lineStart, start), end) + 1;
  }

  /**
   * Columns of positions given in increasing order (as a parser meets them): each counts on from the previous one
   * on the same line, so placing many values of one long line costs one pass over it, not one per value.
   */
  static final class Cursor {
    private final byte[] bytes;
    private final String text;
    private final int start;
    private int line = -1;
    private long offset;
    private int column;
    // For text: the char offset last placed and its UTF-8 offset, counted on in one pass as positions increase.
    private int charsCounted;
    private long bytesCounted;

    /** Over {@code bytes} or, when they are {@code null}, {@code text}; the JSON text begins at {@code start}. */
    Cursor(byte[] bytes, String text, int start) {
      this.bytes = bytes;
      this.text = text;
      this.start = start;
    }

    /**
     * The location of a token that the parser places at {@code line}, at its own {@code parserColumn} (bytes or
     * UTF-16 units from the line's start) and {@code parsedOffset} (from the start of the JSON text).
     */
    Location locate(int line, int parserColumn, long parsedOffset) {
      long at = parsedOffset + start;
      int column;
      if (line == this.line && at >= offset) {
        column = this.column + (bytes != null ? codePointsBefore(bytes, (int) offset, (int) at)
            : text.codePointCount((int) offset, (int) at));
      } else {
        int lineStart = (int) Math.max(start, at - (parserColumn - 1));
        column = 1 + (bytes != null ? codePointsBefore(bytes, lineStart, (int) at)
            : text.codePointCount(lineStart, (int) at));
      }
      this.line = line;
      this.offset = at;
      this.column = column;
      return new Location(line, column, bytes != null ? at : utf8Offset((int) Math.min(at, text.length())));
    }

    private long utf8Offset(int at) {
      if (at < charsCounted) {
        charsCounted = 0;
        bytesCounted = 0;
      }
      // A pair split at charsCounted cannot happen: positions are those of tokens, which never start mid-pair.
      bytesCounted += utf8Length(text, charsCounted, at);
      charsCounted = at;
      return bytesCounted;
    }
  }
}
