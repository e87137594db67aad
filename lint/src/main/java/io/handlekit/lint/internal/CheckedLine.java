package io.handlekit.lint.internal;

import io.handlekit.validator.ValidationReport;

/**
 * What checking one NDJSON line gave: the report of a plain body, the report of a journal entry (its
 * {@code X-Xbl-Contract-Version} header and its body), or a journal entry that is not a request to {@code POST
 * /handles} and was skipped (counted, never a finding).
 */
record CheckedLine(Kind kind, ValidationReport report) {
  enum Kind { BODY, JOURNAL_ENTRY, SKIPPED_ENTRY }

  static final CheckedLine SKIPPED = new CheckedLine(Kind.SKIPPED_ENTRY, ValidationReport.valid());

  static CheckedLine body(ValidationReport report) {
    return new CheckedLine(Kind.BODY, report);
  }

  static CheckedLine entry(ValidationReport report) {
    return new CheckedLine(Kind.JOURNAL_ENTRY, report);
  }
}
