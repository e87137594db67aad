package io.handlekit.lint;

import io.handlekit.validator.Location;

/**
 * Where a finding stands along its line of an NDJSON log, as {@code handlekit lint --ndjson} reports it; public so
 * that other front ends (the Spark job) report the very same column.
 */
public final class NdjsonColumn {
  private NdjsonColumn() {}

  /**
   * The column, counted in code points from 1, of {@code location} along {@code line}, the log line that was checked
   * as one body. The validator starts a new line at a bare {@code \r} too; the log does not, so the column then
   * comes from the byte offset.
   */
  public static int of(Location location, byte[] line) {
    if (location.line() == 1) {
      return location.column();
    }
    long end = Math.min(location.byteOffset(), line.length);
    int column = 1;
    for (int i = 0; i < end; i++) {
      if ((line[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return column;
  }
}
