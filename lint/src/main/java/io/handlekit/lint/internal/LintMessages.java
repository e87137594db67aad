package io.handlekit.lint.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The text that lint adds to the validator's messages, from the {@code messages} bundle of this package in the run's
 * locale (English and Korean ship). One per run; thread-safe, as each use formats a fresh {@link MessageFormat}.
 */
final class LintMessages {
  private static final String BUNDLE = "io.handlekit.lint.internal.messages";

  private final ResourceBundle bundle;
  private final Locale locale;

  LintMessages(Locale locale) {
    this.locale = locale;
    this.bundle = bundle(locale);
  }

  /** The bundle for {@code locale}, English for a locale without its own (never the JVM's default locale). */
  static ResourceBundle bundle(Locale locale) {
    return bundle(BUNDLE, locale);
  }

  /** The bundle {@code name} of this module for {@code locale}, with the same fallback to English. */
  static ResourceBundle bundle(String name, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(name, locale);
    // A named module may not pass a ResourceBundle.Control (the no-fallback one would say this), so a bundle that
    // getBundle found for the default locale instead is replaced by the base bundle.
    if (!bundle.getLocale().getLanguage().isEmpty()
        && !bundle.getLocale().getLanguage().equals(locale.getLanguage())) {
      bundle = ResourceBundle.getBundle(name, Locale.ROOT);
    }
    return bundle;
  }

  String format(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
