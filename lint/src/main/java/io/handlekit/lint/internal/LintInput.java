package io.handlekit.lint.internal;

import java.nio.file.Path;

/** One thing to lint: a file, or the standard input. */
public sealed interface LintInput {
  /** How reports name this input. */
  String displayName();

  /** A file, named as the user wrote it (relative paths stay relative to the working directory). */
  record File(Path path) implements LintInput {
    @Override
    public String displayName() {
      return path.toString();
    }
  }

  /** The standard input, given as {@code -}. */
  record StandardInput() implements LintInput {
    @Override
    public String displayName() {
      return "<stdin>";
    }
  }
}
