package io.handlekit.conformance;

/**
 * What a run says about the target, as one word for the console and the reports. A command that ends a process maps
 * it to an exit code (the {@code handlekit} command: 0, 1, 2, 3 in the order declared here); the library does not.
 */
public enum Verdict {
  /** Every selected MUST check ran all its tries and passed. */
  CONFORMS("conforms"),
  /** A MUST check failed. */
  DOES_NOT_CONFORM("does not conform"),
  /** The target could not be reached (refused, unknown host, untrusted TLS certificate); no check ran. */
  UNREACHABLE("unreachable"),
  /**
   * No MUST check failed, but a selected MUST check was skipped or cut short (throttling, a budget), the suite
   * failed internally (an ERROR check), or no MUST check was selected at all: nothing may be concluded.
   */
  INCONCLUSIVE("inconclusive");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** The outcome in words: {@code conforms}, {@code does not conform}, {@code unreachable}, {@code inconclusive}. */
  public String label() {
    return label;
  }
}
