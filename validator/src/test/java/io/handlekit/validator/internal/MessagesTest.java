package io.handlekit.validator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message reads exactly as {@link MessageFormat} writes it, whichever way {@code Messages} takes to write it. */
class MessagesTest {
  private static final List<Object[]> ARGUMENTS = List.of(
      new Object[] {},
      new Object[] {"sessionref"},
      new Object[] {"a{0}b", "it''s \"quoted\" {1}", "한글 😀"},
      new Object[] {"x", 7L, "y"},
      new Object[] {3L, 1048576L, "0xFF"},
      new Object[] {-12, 4.5, null});

  @ParameterizedTest
  @ValueSource(strings = {"en", "ko"})
  void everyKeyFormatsAsMessageFormatDoes(String language) {
    Locale locale = Locale.forLanguageTag(language);
    Messages messages = new Messages(locale);
    ResourceBundle bundle = ResourceBundle.getBundle("io.handlekit.validator.messages", locale);
    for (String key : bundle.keySet()) {
      MessageFormat reference = new MessageFormat(bundle.getString(key), locale);
      for (Object[] args : ARGUMENTS) {
        String expected;
        try {
          expected = reference.format(args);
        } catch (IllegalArgumentException wrongType) {
          assertThrows(IllegalArgumentException.class, () -> messages.format(key, args), key);
          continue;
        }
        assertEquals(expected, messages.format(key, args), key);
      }
    }
  }
}
