package io.handlekit.lint.internal;

import java.nio.file.Path;

/** One thing to lint: a file, or the standard input. */
public sealed interface LintInput {
  /** How reports name the standard input. */
  String STDIN_NAME = "<stdin>";

  /** How reports name this input. */
  String displayName();

  /**
   * A file, named as the user wrote it (relative paths stay relative to the working directory); {@code log} when it
   * is read as an NDJSON request log whatever the run's mode (a run of bodies and logs together).
   */
  record File(Path path, boolean log) implements LintInput {
    public File(Path path) {
      this(path, false);
    }

    @Override
    public String displayName() {
      return path.toString();
    }
  }

  /** The standard input, given as {@code -}. */
  record StandardInput() implements LintInput {
    @Override
    public String displayName() {
      return STDIN_NAME;
    }
  }
}
