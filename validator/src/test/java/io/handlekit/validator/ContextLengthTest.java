package io.handlekit.validator;

import static io.handlekit.validator.Bodies.at;
import static io.handlekit.validator.Bodies.invite;
import static io.handlekit.validator.Bodies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 256-character limit of inviteAttributes.context, counted as RFC 3986 percent-encoding of UTF-8:
 * unreserved ASCII counts 1, any other byte 3.
 */
class ContextLengthTest {
  private static final HandlesValidator VALIDATOR = HandlesValidator.create();

  private static List<String> errors(String context) {
    return VALIDATOR.validateRequest(with(invite(), b -> at(b, "/inviteAttributes").put("context", context)))
        .errors().stream().map(v -> v.ruleId() + " " + v.pointer().orElseThrow()).toList();
  }

  private static final List<String> TOO_LONG = List.of("context.too-long /inviteAttributes/context");

  @Test
  void unreservedAscii256IsValidAnd257IsNot() {
    assertEquals(List.of(), errors("a".repeat(256)));
    assertEquals(List.of(), errors("aZ09-._~".repeat(32)));
    assertEquals(TOO_LONG, errors("a".repeat(257)));
  }

  @Test
  void aSpaceCountsThreeNeverOne() {
    // 85 spaces = 255, plus one unreserved character = 256
    assertEquals(List.of(), errors(" ".repeat(85) + "a"));
    assertEquals(TOO_LONG, errors(" ".repeat(85) + "ab"));
    // form encoding would count "+" (1) per space: 86 spaces would look like 86, not 258
    assertEquals(TOO_LONG, errors(" ".repeat(86)));
  }

  @Test
  void reservedAsciiCountsThree() {
    assertEquals(List.of(), errors("&".repeat(85) + "a"));
    assertEquals(TOO_LONG, errors("&".repeat(85) + "ab"));
  }

  @Test
  void twoByteCharacterCountsSix() {
    // é: C3 A9 → %C3%A9; 42 × 6 = 252, + 4 = 256
    assertEquals(List.of(), errors("é".repeat(42) + "abcd"));
    assertEquals(TOO_LONG, errors("é".repeat(42) + "abcde"));
  }

  @Test
  void threeByteCharacterCountsNine() {
    // 한: ED 95 9C → 9; 28 × 9 = 252, + 4 = 256
    assertEquals(List.of(), errors("한".repeat(28) + "abcd"));
    assertEquals(TOO_LONG, errors("한".repeat(28) + "abcde"));
  }

  @Test
  void fourByteCharacterCountsTwelve() {
    // 😀: F0 9F 98 80 → 12; 21 × 12 = 252, + 4 = 256 (and 21 emoji are 42 UTF-16 units, so no char counting can pass this)
    assertEquals(List.of(), errors("😀".repeat(21) + "abcd"));
    assertEquals(TOO_LONG, errors("😀".repeat(21) + "abcde"));
  }

  @Test
  void loneSurrogateIsInvalidWithAClearMessageNotACrash() {
    ValidationReport report = VALIDATOR.validateRequest(
        with(invite(), b -> at(b, "/inviteAttributes").put("context", "abc\uD800")));
    assertEquals(List.of("string.lone-surrogate /inviteAttributes/context"),
        report.errors().stream().map(v -> v.ruleId() + " " + v.pointer().orElseThrow()).toList());
    assertTrue(report.errors().get(0).message().contains("surrogate"));
  }

  @Test
  void loneSurrogateEscapedInTheJsonTextIsFoundInBytesToo() {
    String body = Bodies.INVITE.replace("lobby=7&mode=ranked", "\\ud800");
    ValidationReport report = VALIDATOR.validateRequest(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(List.of("string.lone-surrogate"), report.errors().stream().map(Violation::ruleId).toList());
  }

  @Test
  void theMessageSaysTheEncodedLength() {
    String message = VALIDATOR.validateRequest(
        with(invite(), b -> at(b, "/inviteAttributes").put("context", " ".repeat(86)))).errors().get(0).message();
    assertTrue(message.contains("258"), message);
    assertTrue(message.contains("256"), message);
  }
}
