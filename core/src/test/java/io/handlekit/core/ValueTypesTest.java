package io.handlekit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypesTest {

  @Test
  void guidPrintsLowerCaseAndIgnoresCase() {
    Guid upper = Guid.parse("BD6C41C3-01C3-468A-A3B5-3E0FE8133862");
    assertEquals("bd6c41c3-01c3-468a-a3b5-3e0fe8133862", upper.toString());
    assertEquals(Guid.parse("bd6c41c3-01c3-468a-a3b5-3e0fe8133862"), upper);
  }

  @ParameterizedTest
  @ValueSource(strings = {"MockScid", "", "{bd6c41c3-01c3-468a-a3b5-3e0fe8133862}", "bd6c41c3-01c3-468a-a3b5-3e0fe813386",
      "bd6c41c301c3468aa3b53e0fe8133862", "bd6c41c3-01c3-468a-a3b5-3e0fe813386g", "1-1-1-1-1",
      "bd6c41c3-01c3-468a-a3b5-3e0fe813386\uFF10"})
  void guidRejectsOtherForms(String text) {
    assertFalse(Guid.isValid(text));
    assertThrows(IllegalArgumentException.class, () -> Guid.parse(text));
  }

  @Test
  void xuidCoversTheUnsigned64BitRange() {
    assertEquals("18446744073709551615", Xuid.parse("18446744073709551615").toString());
    assertEquals("1", Xuid.parse("1").toString());
    assertEquals("3210", Xuid.parse("0003210").toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "", "18446744073709551616", "99999999999999999999999", "-1", "+1", " 1", "1a", "١"})
  void xuidRejectsOutOfRangeAndNonDigits(String text) {
    assertFalse(Xuid.isValid(text));
  }

  @Test
  void titleIdCoversTheUnsigned32BitRange() {
    assertEquals("4294967295", TitleId.parse("4294967295").toString());
    assertEquals("0", TitleId.parse("0").toString());
    assertFalse(TitleId.isValid("4294967296"));
    assertFalse(TitleId.isValid("-1"));
    assertFalse(TitleId.isValid(""));
    assertThrows(IllegalArgumentException.class, () -> new TitleId(-1));
  }

  @Test
  void handleTypesKnowWhatTheContractCovers() {
    assertTrue(HandleType.fromWireName("activity").orElseThrow().isCoveredByContract());
    assertFalse(HandleType.fromWireName("transfer").orElseThrow().isCoveredByContract());
    assertTrue(HandleType.fromWireName("Activity").isEmpty());
  }
}
