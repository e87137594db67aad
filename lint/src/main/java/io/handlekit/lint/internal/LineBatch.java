package io.handlekit.lint.internal;

import java.util.Arrays;

/**
 * Up to {@link NdjsonBatches#BATCH_LINES} lines of an NDJSON log, as regions of one shared block of bytes (never a
 * copy per line, never a decoded string): line {@code i} is {@code length(i)} bytes of {@link #data()} from
 * {@code start(i)}, numbered {@code number(i)} in the log. Filled by the one reader; read, never changed, by the
 * thread that checks it and by the one that reports it.
 */
final class LineBatch {
  private final byte[] data;
  private final long retainedBytes;
  private int count;
  private int[] starts;
  private int[] lengths;
  private long[] numbers;

  /**
   * @param retainedBytes the memory this batch is held to account for: its block's size when it is the first batch
   *     over that block, else 0 (so the blocks of the batches in flight are counted once)
   */
  LineBatch(byte[] data, long retainedBytes, int capacity) {
    this.data = data;
    this.retainedBytes = retainedBytes;
    this.starts = new int[capacity];
    this.lengths = new int[capacity];
    this.numbers = new long[capacity];
  }

  void add(int start, int length, long number) {
    if (count == starts.length) {
      int grown = Math.max(4, count * 2);
      starts = Arrays.copyOf(starts, grown);
      lengths = Arrays.copyOf(lengths, grown);
      numbers = Arrays.copyOf(numbers, grown);
    }
    starts[count] = start;
    lengths[count] = length;
    numbers[count] = number;
    count++;
  }

  byte[] data() {
    return data;
  }

  long retainedBytes() {
    return retainedBytes;
  }

  int size() {
    return count;
  }

  boolean isEmpty() {
    return count == 0;
  }

  int start(int i) {
    return starts[i];
  }

  int length(int i) {
    return lengths[i];
  }

  long number(int i) {
    return numbers[i];
  }

  /** A copy of line {@code i}: the validator takes a body as an array of its own. */
  byte[] copy(int i) {
    return Arrays.copyOfRange(data, starts[i], starts[i] + lengths[i]);
  }
}
