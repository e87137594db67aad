package io.handlekit.cli;

/** The output formats of {@code handlekit lint}. */
enum ReportFormat {
  /** One compiler-style line per violation, then a summary line. */
  TEXT,
  /** One JSON document: the files, their violations, a summary. */
  JSON,
  /** SARIF 2.1.0, as code scanning services read it. */
  SARIF
}
