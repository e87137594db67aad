package io.handlekit.lint.internal;

import io.handlekit.core.json.JournalEntry;

/**
 * How long a line of the simulator's request journal ({@code handlekit serve --journal}) may be among the lines of
 * an NDJSON log. The format itself, and telling an entry from a plain body by its first bytes, is core's
 * {@link JournalEntry}, shared with the simulator that writes it.
 */
final class JournalLine {
  /** Room for an entry's other members and its headers (the server caps a request's head well below this). */
  static final int HEADROOM_BYTES = 64 << 10;

  private JournalLine() {}

  /**
   * The longest journal line for a body of at most {@code maxBodyBytes} (plus the one byte over that the simulator
   * reads of a larger body): JSON escaping writes a control character as a six-byte escape, base64 (for a
   * body that is not UTF-8) four for three, so six times the body, plus the headroom.
   */
  static int maxLineBytes(int maxBodyBytes) {
    long bytes = 6L * (maxBodyBytes + 1L) + HEADROOM_BYTES;
    return (int) Math.min(bytes, Integer.MAX_VALUE - 16);
  }
}
