package io.handlekit.cli;

import io.handlekit.conformance.Verdict;

/**
 * The exit code {@code handlekit conformance} ends with for each verdict of the suite: the one place that maps them.
 * The library reports a {@link Verdict}; which number a process returns for it is the command's contract, documented
 * in its help and the README.
 */
final class ExitCodes {
  private ExitCodes() {}

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
