package io.handlekit.lint.internal;

/**
 * What a parallel NDJSON run may hold between reading lines and reporting them: at most {@link #MAX_BATCHES}
 * batches (fewer for fewer jobs) and, once {@link #MAX_BYTES} of blocks are in flight (each block counted once, by
 * the first batch over it), no further batch. The bound
 * is a constant, never a multiple of the number of jobs or of the log's size, so memory stays flat in both. Used
 * by the one thread that reads and reports; it also records the peak, which tests assert on.
 */
public final class InFlightWindow {
  /** The most batches in flight: two per job at the most jobs, so that no thread waits for work. */
  public static final int MAX_BATCHES = 2 * Jobs.MAX;
  /** No batch is started while this many bytes of blocks are in flight. */
  public static final long MAX_BYTES = 16L << 20;

  private final int maxBatches;
  private int batches;
  private long lines;
  private long bytes;
  private int peakBatches;
  private long peakLines;
  private long peakBytes;

  InFlightWindow(int jobs) {
    this.maxBatches = Math.min(2 * jobs, MAX_BATCHES);
  }

  /** Whether another batch may start. */
  boolean hasRoom() {
    return batches < maxBatches && bytes < MAX_BYTES;
  }

  void started(int batchLines, long batchBytes) {
    batches++;
    lines += batchLines;
    bytes += batchBytes;
    peakBatches = Math.max(peakBatches, batches);
    peakLines = Math.max(peakLines, lines);
    peakBytes = Math.max(peakBytes, bytes);
  }

  void reported(int batchLines, long batchBytes) {
    batches--;
    lines -= batchLines;
    bytes -= batchBytes;
  }

  public int peakBatches() {
    return peakBatches;
  }

  public long peakLines() {
    return peakLines;
  }

  public long peakBytes() {
    return peakBytes;
  }
}
