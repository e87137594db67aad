package io.handlekit.cli;

import io.handlekit.conformance.Verdict;
import io.handlekit.lint.LintResult;

/**
 * The exit codes of {@code handlekit conformance} and {@code handlekit lint}: the one place that maps what the
 * libraries report (a {@link Verdict}, a {@link LintResult}) to a number. Which number a process returns is the
 * command's contract, documented in its help and the README.
 */
final class ExitCodes {
  /** {@code lint}: no violation of error severity, everything given was read and checked. */
  static final int LINT_VALID = 0;
  /** {@code lint}: at least one violation of error severity, everything given was read and checked. */
  static final int LINT_INVALID = 1;

  private ExitCodes() {}

  /**
   * 2 when the run did not read or check everything it was given (an unreadable input, an {@code internal.error},
   * a run stopped early): its verdict is then not one; else 1 with an error, 0 without.
   */
  static int of(LintResult result) {
    if (!result.isComplete()) {
      return UsageErrorHandler.USAGE;
    }
    return result.errors() > 0 ? LINT_INVALID : LINT_VALID;
  }

  /** 0 conforms, 1 does not conform, 2 unreachable (as a usage error is), 3 inconclusive. */
  static int of(Verdict verdict) {
    // A switch without default: a new verdict does not compile until it has a code.
    return switch (verdict) {
      case CONFORMS -> 0;
      case DOES_NOT_CONFORM -> 1;
      case UNREACHABLE -> UsageErrorHandler.USAGE;
      case INCONCLUSIVE -> 3;
    };
  }
}
