package io.handlekit.conformance;

/** What came of one check. */
public enum Outcome {
  /** Every try ran and every answer satisfied the check. */
  PASSED,
  /** An answer broke the check: the target's fault. */
  FAILED,
  /**
   * Not run to the end: a request or time budget ran out, the target throttled beyond the retry bound or stopped
   * answering. A skipped MUST check makes the run inconclusive.
   */
  SKIPPED,
  /** The suite itself failed (a bug of the suite, not of the target); the reports show its stack trace. */
  ERROR
}
