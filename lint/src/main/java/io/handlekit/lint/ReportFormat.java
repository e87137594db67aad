package io.handlekit.lint;

/** The formats a lint run writes its report in; one run may write several (see {@link HandlesLint.Builder#report}). */
public enum ReportFormat {
  /**
   * One compiler-style line per finding, {@code path:line:col: severity [rule.id] message}, which editors, CI logs and
   * Maven's console turn into links, then one summary line.
   */
  TEXT,
  /** One JSON document: the files, their violations, the inputs that could not be read, a summary. */
  JSON,
  /** SARIF 2.1.0, as code scanning services read it. */
  SARIF
}
