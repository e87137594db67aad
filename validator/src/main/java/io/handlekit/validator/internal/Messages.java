package io.handlekit.validator.internal;

import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The human messages of violations, from the {@code messages} bundle in the validator's locale (English and Korean ship). */
final class Messages {
  private static final String BUNDLE = "io.handlekit.validator.messages";
  // Stand-ins for the arguments while a pattern is cut into its literal pieces: private-use characters, which no
  // pattern of the bundles holds.
  private static final char MARK = '\uE000';

  /**
   * A pattern cut once into literal pieces and argument places: {@code pieces[0] args[0] pieces[1] ... pieces[n]}.
   * Used when every argument is a string and the pattern gives them no format of their own, where it writes exactly
   * what {@link MessageFormat} writes, at the cost of a concatenation; anything else goes to the MessageFormat.
   */
  private record Template(String[] pieces, int[] args, MessageFormat format) {
    String format(Object[] values) {
      if (pieces != null && args.length == 0) {
        return pieces[0]; // a message without arguments is made once
      }
      if (pieces != null) {
        StringBuilder out = null;
        for (int i = 0; i <= args.length; i++) {
          if (i < args.length && (args[i] >= values.length || !(values[args[i]] instanceof String))) {
            out = null;
            break;
          }
          if (out == null) {
            out = new StringBuilder(pieces[0].length() + 64);
          }
          out.append(pieces[i]);
          if (i < args.length) {
            out.append((String) values[args[i]]);
          }
        }
        if (out != null) {
          return out.toString();
        }
      }
      // A MessageFormat is not thread-safe: each use formats a clone.
      return ((MessageFormat) format.clone()).format(values);
    }
  }

  // Parsed once: parsing a pattern costs more than formatting it.
  private final Map<String, Template> templates = new HashMap<>();

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
      MessageFormat format = new MessageFormat(bundle.getString(key), locale);
      templates.put(key, template(format));
    }
  }

  /** {@code format} cut into pieces when its arguments take no format of their own, else kept whole. */
  private static Template template(MessageFormat format) {
    Format[] formats = format.getFormatsByArgumentIndex();
    for (Format argumentFormat : formats) {
      if (argumentFormat != null) {
        return new Template(null, null, format);
      }
    }
    Object[] marks = new Object[formats.length];
    for (int i = 0; i < marks.length; i++) {
      marks[i] = "" + MARK + (char) ('0' + i) + MARK;
    }
    String marked = ((MessageFormat) format.clone()).format(marks);
    List<String> pieces = new ArrayList<>();
    List<Integer> args = new ArrayList<>();
    int from = 0;
    for (int at = marked.indexOf(MARK); at >= 0; at = marked.indexOf(MARK, from)) {
      pieces.add(marked.substring(from, at));
      args.add(marked.charAt(at + 1) - '0');
      from = at + 3;
    }
    pieces.add(marked.substring(from));
    if (formats.length > 10 || marked.chars().filter(c -> c == MARK).count() != 2L * args.size()) {
      return new Template(null, null, format);
    }
    return new Template(pieces.toArray(String[]::new), args.stream().mapToInt(Integer::intValue).toArray(), format);
  }

  String format(String key, Object... args) {
    Template template = templates.get(key);
    if (template == null) {
      throw new IllegalStateException("no message for " + key);
    }
    return template.format(args);
  }
}
