package io.handlekit.lint.internal;

import io.handlekit.validator.Violation;

/**
 * A violation placed where the user looks for it: in a file, the validator's line and column; in an NDJSON log,
 * the line of the body and the column within that line; for a journal entry, the line of the entry (no column:
 * the body is escaped inside it), the body's own position going into the message.
 *
 * @param line 1-based, or 0 when unknown (an empty or oversized body has no position)
 * @param column 1-based, or 0 when unknown
 * @param note added to the violation's message, e.g. where in a journal entry's body it is; empty for none
 */
record Finding(Violation violation, long line, int column, String note) {
  Finding(Violation violation, long line, int column) {
    this(violation, line, column, "");
  }

  boolean hasLine() {
    return line > 0;
  }

  boolean hasColumn() {
    return column > 0;
  }

  /** The violation's message with the note, if any. */
  String message() {
    return note.isEmpty() ? violation.message() : violation.message() + " " + note;
  }

  /**
   * The message with the JSON Pointer of the offending value, when that helps: always for a value inside the body;
   * for the root only when there is no line to point at.
   */
  String messageWithPointer() {
    String message = message();
    String pointer = violation.pointer().orElse(null);
    if (pointer == null) {
      return message;
    }
    if (!pointer.isEmpty()) {
      return message + " (at " + pointer + ")";
    }
    return hasLine() ? message : message + " (at the root)";
  }
}
