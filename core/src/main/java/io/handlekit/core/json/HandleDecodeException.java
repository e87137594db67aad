package io.handlekit.core.json;

import java.util.OptionalInt;

/**
 * A body that the codec cannot turn into the model: not strict JSON, or JSON whose shape the model cannot hold.
 * It says where: the JSON Pointer of the offending value (a missing property at its object), or for malformed
 * text the line and column.
 */
public final class HandleDecodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final int line;
  private final int column;

  HandleDecodeException(String pointer, String message) {
    super(message);
    this.pointer = pointer;
    this.line = -1;
    this.column = -1;
  }

  HandleDecodeException(int line, int column, String message, Throwable cause) {
    super(message, cause);
    this.pointer = null;
    this.line = line;
    this.column = column;
  }

  /** The JSON Pointer of the offending value, or {@code null} when the text is not JSON. */
  public String pointer() {
    return pointer;
  }

  /** The 1-based line of a syntax error. */
  public OptionalInt line() {
    return line < 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /** The 1-based column of a syntax error. */
  public OptionalInt column() {
    return column < 0 ? OptionalInt.empty() : OptionalInt.of(column);
  }
}
