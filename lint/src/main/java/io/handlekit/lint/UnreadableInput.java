package io.handlekit.lint;

import java.util.Objects;

/**
 * An input that a lint run was given and could not read to its end, or a path or pattern that named nothing: a
 * missing file, a directory that cannot be listed, a log whose reading failed midway. A run with one is never a
 * pass, whatever it found in the rest.
 *
 * @param input the input as the run names it: a path as given, {@code <stdin>}, or an include pattern
 * @param reason why, in words, e.g. {@code no such file or directory}
 */
public record UnreadableInput(String input, String reason) {
  public UnreadableInput {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@code input: reason}, the way the command prints it. */
  @Override
  public String toString() {
    return input + ": " + reason;
  }
}
