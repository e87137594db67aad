package io.handlekit.lint.internal;

/** How many threads an NDJSON run may validate on. */
public final class Jobs {
  /**
   * The most. Memory does not grow with jobs (see {@link InFlightWindow}), but every thread costs a stack, and more
   * threads than this only wait on reading and writing.
   */
  public static final int MAX = 64;

  private Jobs() {}

  /** The default: the number of processors, at most {@link #MAX}. */
  public static int byDefault() {
    return Math.min(Runtime.getRuntime().availableProcessors(), MAX);
  }
}
