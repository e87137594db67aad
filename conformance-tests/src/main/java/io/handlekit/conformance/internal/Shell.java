package io.handlekit.conformance.internal;

/** Quoting for the POSIX shell commands that reports print. */
final class Shell {
  private Shell() {}

  /** {@code text} in single quotes, single quotes inside it escaped. */
  static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
