package io.handlekit.conformance;

/** What a run says about the target, as one word for the console, the reports and the exit code. */
public enum Verdict {
  /** Every selected MUST check ran all its tries and passed. Exit code 0. */
  CONFORMS("conforms", 0),
  /** A MUST check failed. Exit code 1. */
  DOES_NOT_CONFORM("does not conform", 1),
  /** The target could not be reached (refused, unknown host, untrusted TLS certificate); no check ran. Exit code 2. */
  UNREACHABLE("unreachable", 2),
  /**
   * No MUST check failed, but a selected MUST check was skipped or cut short (throttling, a budget) or the suite
   * failed internally (an ERROR check): nothing may be concluded. Exit code 3.
   */
  INCONCLUSIVE("inconclusive", 3);

  private final String label;
  private final int exitCode;

  Verdict(String label, int exitCode) {
    this.label = label;
    this.exitCode = exitCode;
  }

  /** The outcome in words: {@code conforms}, {@code does not conform}, {@code unreachable}, {@code inconclusive}. */
  public String label() {
    return label;
  }

  /** The process exit code for this verdict. */
  public int exitCode() {
    return exitCode;
  }
}
