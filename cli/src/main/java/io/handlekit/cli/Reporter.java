package io.handlekit.cli;

import java.io.IOException;

/**
 * Writes the findings of a lint run as they come, so that a log of any size is reported in constant memory:
 * {@code startFile}, its findings, {@code endFile}, for each input, then {@code finish} once.
 */
sealed interface Reporter permits TextReporter, JsonReporter, SarifReporter {
  void startFile(LintInput input) throws IOException;

  void finding(LintInput input, Finding finding) throws IOException;

  void endFile(LintInput input, boolean valid) throws IOException;

  /** Writes what closes the report, and flushes it. */
  void finish(Summary summary) throws IOException;
}
