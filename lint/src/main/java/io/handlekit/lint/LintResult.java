package io.handlekit.lint;

import io.handlekit.lint.internal.LintRun;
import io.handlekit.lint.internal.Summary;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one lint run found, once its reports are written: counts of files, bodies and findings (per severity and per
 * rule), the inputs it could not read, the inputs it could not check ({@code internal.error}) and, if the run
 * stopped early, why. Immutable.
 *
 * <p>A result is a pass only when it is {@linkplain #isComplete() complete} and has no error: a run that did not
 * read or check everything it was given says nothing about the rest, whatever it found.
 */
public final class LintResult {
  private final Summary summary;
  private final List<UnreadableInput> unreadable;
  private final long internalErrors;
  private final Optional<String> failure;

  LintResult(LintRun.Outcome outcome) {
    this.summary = outcome.summary();
    this.unreadable = outcome.unreadable();
    this.internalErrors = outcome.internalErrors();
    this.failure = outcome.failure();
  }

  /** The inputs read: files, logs, the standard input. */
  public long files() {
    return summary.files();
  }

  /** The inputs with no finding of any severity, read to their end. */
  public long validFiles() {
    return summary.validFiles();
  }

  /** The inputs with a finding, or not read to their end. */
  public long invalidFiles() {
    return summary.invalidFiles();
  }

  /** The bodies checked: one per file, one per non-blank line of an NDJSON log. */
  public long bodies() {
    return summary.bodies();
  }

  /** The bodies with a finding of any severity. */
  public long invalidBodies() {
    return summary.invalidBodies();
  }

  /** The journal entries that were not requests to {@code POST /handles}, so not bodies (counted, never findings). */
  public long skippedEntries() {
    return summary.skippedEntries();
  }

  /** The findings of {@code severity}. */
  public long count(Severity severity) {
    return switch (severity) {
      case ERROR -> summary.errors();
      case WARNING -> summary.warnings();
      case INFO -> summary.infos();
    };
  }

  /** The findings of error severity. */
  public long errors() {
    return summary.errors();
  }

  /** The findings of warning severity. */
  public long warnings() {
    return summary.warnings();
  }

  /** The findings of info severity. */
  public long infos() {
    return summary.infos();
  }

  /** The findings of each rule that had any, in the rules' order. */
  public Map<Rule, Long> countsByRule() {
    return summary.byRule();
  }

  /** The inputs that could not be found, listed or read to their end, in the order met. */
  public List<UnreadableInput> unreadable() {
    return unreadable;
  }

  /** The inputs (files or lines) that got an {@code internal.error}: checking them failed, so nothing was verified. */
  public long internalErrors() {
    return internalErrors;
  }

  /** Why the run stopped before its end (the report is then incomplete); empty for a run that went through. */
  public Optional<String> failure() {
    return failure;
  }

  /** Whether every input given was read and checked: nothing unreadable, no internal error, no early stop. */
  public boolean isComplete() {
    return unreadable.isEmpty() && internalErrors == 0 && failure.isEmpty();
  }

  @Override
  public String toString() {
    return "LintResult{files=" + files() + ", bodies=" + bodies() + ", errors=" + errors() + ", warnings="
        + warnings() + ", infos=" + infos() + ", unreadable=" + unreadable.size() + ", internalErrors="
        + internalErrors + failure.map(f -> ", failure=" + f).orElse("") + "}";
  }
}
