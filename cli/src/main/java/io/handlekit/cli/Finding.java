package io.handlekit.cli;

import io.handlekit.validator.Violation;

/**
 * A violation placed where the user looks for it: in a file, the validator's line and column; in an NDJSON log,
 * the line of the body and the column within that line.
 *
 * @param line 1-based, or 0 when unknown (an empty or oversized body has no position)
 * @param column 1-based, or 0 when unknown
 */
record Finding(Violation violation, long line, int column) {
  boolean hasLine() {
    return line > 0;
  }

  boolean hasColumn() {
    return column > 0;
  }

  /**
   * The message with the JSON Pointer of the offending value, when that helps: always for a value inside the body;
   * for the root only when there is no line to point at.
   */
  String messageWithPointer() {
    String message = violation.message();
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
