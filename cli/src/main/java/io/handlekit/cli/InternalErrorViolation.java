package io.handlekit.cli;

import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import io.handlekit.validator.Violation;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The {@code internal.error} violation that {@code lint} reports for an input on which checking failed, so that the
 * failure is located like any finding and the other inputs are still linted. Its text is the validator's own
 * message for the rule, in the run's locale.
 */
final class InternalErrorViolation {
  private static final String BUNDLE = "io.handlekit.validator.messages";

  private InternalErrorViolation() {}

  /** The violation for {@code failure}; the message names what failed (the throwable's class), never its stack. */
  static Violation of(Throwable failure, Locale locale) {
    return new Violation(Rule.INTERNAL_ERROR, Severity.ERROR, Optional.empty(), Optional.empty(),
        message(failure.getClass().getName(), locale));
  }

  private static String message(String what, Locale locale) {
    // English is the base bundle: a locale without its own falls back to it, not to the JVM's default locale.
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(Rule.INTERNAL_ERROR.id()), locale).format(new Object[] {what});
  }
}
