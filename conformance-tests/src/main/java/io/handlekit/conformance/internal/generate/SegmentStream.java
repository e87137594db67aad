package io.handlekit.conformance.internal.generate;

import java.io.InputStream;
import java.util.List;

/**
 * Bytes made of segments, each a unit repeated a number of times, produced on demand: a 16 MiB body costs a few
 * bytes of memory.
 */
final class SegmentStream extends InputStream {
  /** {@code unit} written {@code times} times. */
  record Segment(byte[] unit, long times) {
    long length() {
      return unit.length * times;
    }
  }

  private final List<Segment> segments;
  private int segment;
  private long position; // within the current segment

  SegmentStream(List<Segment> segments) {
    this.segments = List.copyOf(segments);
  }

  static long length(List<Segment> segments) {
    return segments.stream().mapToLong(Segment::length).sum();
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int written = 0;
    while (written < length && segment < segments.size()) {
      Segment current = segments.get(segment);
      if (position >= current.length()) {
        segment++;
        position = 0;
        continue;
      }
      byte[] unit = current.unit();
      int at = (int) (position % unit.length);
      int n = (int) Math.min(Math.min(unit.length - at, length - written), current.length() - position);
      System.arraycopy(unit, at, buffer, offset + written, n);
      written += n;
      position += n;
    }
    return written == 0 ? -1 : written;
  }
}
