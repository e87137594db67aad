package io.handlekit.conformance.internal.report;

/**
 * Quoting for the POSIX shell commands that reports print.
 *
 * <p>Internal: public only because the recorded requests and the hostile bodies write such commands; not API.
 */
public final class Shell {
  private Shell() {}

  /** {@code text} in single quotes, single quotes inside it escaped. */
  public static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
