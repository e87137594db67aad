package io.handlekit.conformance;

/** What came of one check. */
public enum Outcome {
  PASSED,
  FAILED,
  /** Not run, or not run to the end: excluded by the selection, or a request or time budget ran out. */
  SKIPPED
}
