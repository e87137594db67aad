package io.handlekit.lint.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines at {@code \n} bytes (a {@code \r} before it is dropped), one body per line, without
 * ever holding more than one line, and at most {@code maxLineBytes} of it: the rest of a longer line is skipped,
 * which is enough for the validator to report it as too large. A line that starts with a given prefix (a journal
 * entry, whose escaped body can be several times the body) may be longer, up to its own cap. Working on bytes keeps
 * invalid UTF-8 for the validator to report, where a character reader would have replaced it.
 */
final class NdjsonLines {
  /** One line: its 1-based number, its bytes, and the offset in the stream of its first byte. */
  record Line(long number, byte[] bytes, long offset) {
    /** Whether the line holds only spaces and tabs: an NDJSON file may separate bodies with blank lines. */
    boolean isBlank() {
      for (byte b : bytes) {
        if (b != ' ' && b != '\t') {
          return false;
        }
      }
      return true;
    }
  }

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] longPrefix;
  private final int maxLongLineBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean eof;
  private long lineNumber;
  private long consumed; // bytes of the stream before buffer[0]

  NdjsonLines(InputStream in, int maxLineBytes) {
    this(in, maxLineBytes, new byte[0], maxLineBytes);
  }

  /** Lines of at most {@code maxLineBytes}, or {@code maxLongLineBytes} for those that start with {@code longPrefix}. */
  NdjsonLines(InputStream in, int maxLineBytes, byte[] longPrefix, int maxLongLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.longPrefix = longPrefix.clone();
    this.maxLongLineBytes = Math.max(maxLineBytes, maxLongLineBytes);
  }

  /** The next line, or {@code null} at the end of the stream. A final line without {@code \n} counts. */
  Line next() throws IOException {
    byte[] line = new byte[0];
    int length = 0;
    long start = -1;
    boolean truncated = false;
    while (true) {
      if (position == limit && !fill()) {
        if (start < 0) {
          return null;
        }
        return finish(line, length, start, truncated);
      }
      if (start < 0) {
        start = consumed + position;
      }
      int newline = indexOfNewline();
      int end = newline < 0 ? limit : newline;
      // The cap depends on how the line starts: take its first bytes alone, then the rest up to the cap.
      int deciding = Math.min(longPrefix.length, maxLineBytes);
      if (length < deciding && end > position) {
        int first = Math.min(end - position, deciding - length);
        // Room for all of the line this buffer holds (up to the plain cap), so that the rest needs no new array.
        line = append(line, length, first, Math.min(maxLineBytes, length + end - position));
        length += first;
        position += first;
      }
      int cap = capOf(line, length);
      int take = Math.min(end - position, cap - length);
      if (take > 0) {
        line = append(line, length, take, Math.min(cap, Math.max(length + take, line.length * 2 + 256)));
        length += take;
      }
      truncated |= take < end - position;
      if (newline >= 0) {
        position = newline + 1;
        return finish(line, length, start, truncated);
      }
      position = limit;
    }
  }

  /**
   * {@code line} with the {@code take} bytes at {@code position} copied in after {@code length}; when it has no room,
   * a copy of {@code capacity} bytes (at least enough).
   */
  private byte[] append(byte[] line, int length, int take, int capacity) {
    if (line.length < length + take) {
      line = Arrays.copyOf(line, Math.max(length + take, capacity));
    }
    System.arraycopy(buffer, position, line, length, take);
    return line;
  }

  private int capOf(byte[] line, int length) {
    if (longPrefix.length > 0 && length >= longPrefix.length
        && Arrays.equals(line, 0, longPrefix.length, longPrefix, 0, longPrefix.length)) {
      return maxLongLineBytes;
    }
    return maxLineBytes;
  }

  private Line finish(byte[] line, int length, long start, boolean truncated) {
    // The \r of a CRLF ending; a cut line ends elsewhere, and must stay one byte over the limit.
    if (!truncated && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return new Line(++lineNumber, line.length == length ? line : Arrays.copyOf(line, length), start);
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    consumed += limit;
    position = 0;
    limit = 0;
    int n = in.read(buffer);
    if (n <= 0) {
      // read returns 0 only for an empty buffer; treat it, like -1, as the end
      eof = true;
      return false;
    }
    limit = n;
    return true;
  }
}
