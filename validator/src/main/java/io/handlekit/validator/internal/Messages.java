package io.handlekit.validator.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The human messages of violations, from the {@code messages} bundle in the validator's locale (English and Korean ship). */
final class Messages {
  private static final String BUNDLE = "io.handlekit.validator.messages";

  private final ResourceBundle bundle;
  private final Locale locale;

  Messages(Locale locale) {
    this.locale = locale;
    // English is the base bundle, so a locale without its own falls back to English, not to the JVM's default locale.
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  String format(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }
}
