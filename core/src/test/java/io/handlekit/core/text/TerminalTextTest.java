package io.handlekit.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
  @Test
  void controlCharactersBecomeVisibleEscapes() {
    assertEquals("\\x1B[2J title \\x1B]0;x\\x07 \\x9B \\x7F \\u2028", TerminalText.escape("\u001b[2J title \u001b]0;x\u0007 \u009b \u007f \u2028"));
  }

  @Test
  void lineFeedsAndTabsStayUnlessOneLineIsAskedFor() {
    assertEquals("a\n\tb", TerminalText.escape("a\n\tb"));
    assertEquals("a\\n\tb\\x0D", TerminalText.oneLine("a\n\tb\r"));
  }

  @Test
  void plainTextIsReturnedAsItIs() {
    String text = "한국어 and emoji 😀, quotes \" and backslashes \\";
    assertSame(text, TerminalText.escape(text));
  }
}
