package io.handlekit.lint.internal;

import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import io.handlekit.validator.Violation;
import java.util.Optional;

/**
 * The {@code internal.error} violation that lint reports for an input on which checking failed, so that the failure
 * is located like any finding and the other inputs are still linted. Its text is the validator's message for the
 * rule, in the run's locale (kept in lint's own bundle: a named module reads only its own resources).
 */
final class InternalErrorViolation {
  private InternalErrorViolation() {}

  /** The violation for {@code failure}; the message names what failed (the throwable's class), never its stack. */
  static Violation of(Throwable failure, LintMessages messages) {
    return new Violation(Rule.INTERNAL_ERROR, Severity.ERROR, Optional.empty(), Optional.empty(),
        messages.format(Rule.INTERNAL_ERROR.id(), failure.getClass().getName()));
  }
}
