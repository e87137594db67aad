package io.handlekit.validator.internal;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The human messages of violations, from the {@code messages} bundle in the validator's locale (English and Korean ship). */
final class Messages {
  private static final String BUNDLE = "io.handlekit.validator.messages";

  // Parsed once: parsing a pattern costs more than formatting it. A MessageFormat is not thread-safe, so each
  // use formats a clone.
  private final Map<String, MessageFormat> formats = new HashMap<>();

  Messages(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    // English is the base bundle, so a locale without its own falls back to English, not to the JVM's default
    // locale. A named module may not pass a ResourceBundle.Control (the no-fallback one would say this), so a bundle
    // that getBundle found for the default locale instead is replaced by the base bundle.
    if (!bundle.getLocale().getLanguage().isEmpty()
        && !bundle.getLocale().getLanguage().equals(locale.getLanguage())) {
      bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    }
    for (String key : bundle.keySet()) {
      formats.put(key, new MessageFormat(bundle.getString(key), locale));
    }
  }

  String format(String key, Object... args) {
    MessageFormat format = formats.get(key);
    if (format == null) {
      throw new IllegalStateException("no message for " + key);
    }
    return ((MessageFormat) format.clone()).format(args);
  }
}
