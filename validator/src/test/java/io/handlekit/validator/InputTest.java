package io.handlekit.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input that is not one strict JSON object in UTF-8: each case a located violation, never an exception. */
class InputTest {
  private static final HandlesValidator VALIDATOR = HandlesValidator.create();

  private static Violation only(ValidationReport report) {
    assertEquals(1, report.violations().size(), report.toString());
    return report.violations().get(0);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** 1-based line and column of the first occurrence of {@code needle} in {@code text}. */
  private static Location find(String text, String needle) {
    int offset = text.indexOf(needle);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Location(line, offset - lineStart + 1, offset);
  }

  @Test
  void emptyBody() {
    assertEquals(Rule.INPUT_EMPTY, only(VALIDATOR.validateRequest(new byte[0])).rule());
    assertEquals(Rule.INPUT_EMPTY, only(VALIDATOR.validateRequest("  \n ")).rule());
  }

  @Test
  void tooLargeIsRefusedBeforeParsing() {
    HandlesValidator small = HandlesValidator.builder().maxBodyBytes(100).build();
    Violation violation = only(small.validateRequest(new byte[101]));
    assertEquals(Rule.INPUT_TOO_LARGE, violation.rule());
    assertTrue(violation.message().contains("101") && violation.message().contains("100"), violation.message());
  }

  @Test
  void theLimitIsInBytesWhicheverOverload() {
    // 60 Hangul syllables are 60 chars but 180 UTF-8 bytes; the body around them takes it past 200 bytes only as UTF-8.
    String body = Bodies.ACTIVITY.replace("\"deathmatch\"", "\"" + "한".repeat(60) + "\"");
    HandlesValidator limited = HandlesValidator.builder().maxBodyBytes(utf8(body).length - 1).build();
    assertTrue(body.length() <= utf8(body).length - 1, "the text alone would fit");
    assertEquals(Rule.INPUT_TOO_LARGE, only(limited.validateRequest(utf8(body))).rule());
    Violation asText = only(limited.validateRequest(body));
    assertEquals(Rule.INPUT_TOO_LARGE, asText.rule());
    assertTrue(asText.message().contains(Integer.toString(utf8(body).length)), asText.message());
    HandlesValidator exact = HandlesValidator.builder().maxBodyBytes(utf8(body).length).build();
    assertTrue(exact.validateRequest(body).isValid());
    assertTrue(exact.validateRequest(utf8(body)).isValid());
  }

  @Test
  void streamIsReadNoFurtherThanTheLimit() throws IOException {
    HandlesValidator small = HandlesValidator.builder().maxBodyBytes(1000).build();
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return ' ';
      }
    };
    assertEquals(Rule.INPUT_TOO_LARGE, only(small.validateRequest(endless)).rule());
    assertTrue(small.validateRequest(new ByteArrayInputStream(utf8(Bodies.ACTIVITY))).isValid());
  }

  @Test
  void byteOrderMarkIsReportedAndTheRestStillChecked() {
    byte[] body = utf8("\uFEFF" + Bodies.ACTIVITY);
    ValidationReport report = VALIDATOR.validateRequest(body);
    assertEquals(List.of(Rule.INPUT_BOM), report.violations().stream().map(Violation::rule).toList());
    assertEquals(1, report.violations().get(0).location().orElseThrow().line());
    assertEquals(List.of(Rule.INPUT_BOM), VALIDATOR.validateRequest("\uFEFF" + Bodies.ACTIVITY).violations()
        .stream().map(Violation::rule).toList());
  }

  @Test
  void utf16IsNotUtf8() {
    assertEquals(Rule.INPUT_ENCODING, only(VALIDATOR.validateRequest(Bodies.ACTIVITY.getBytes(StandardCharsets.UTF_16))).rule());
    assertEquals(Rule.INPUT_ENCODING, only(VALIDATOR.validateRequest(Bodies.ACTIVITY.getBytes(StandardCharsets.UTF_16LE))).rule());
  }

  @ParameterizedTest
  @ValueSource(strings = {"C0 AF", "ED A0 80", "F5 80 80 80", "E2 82", "80", "F0 8F BF BF", "FF"})
  void invalidUtf8IsLocatedAtItsByte(String hex) {
    byte[] bad = parseHex(hex);
    byte[] body = new byte[bad.length + 12];
    byte[] prefix = utf8("{\n  \"a\": \"");
    System.arraycopy(prefix, 0, body, 0, prefix.length);
    System.arraycopy(bad, 0, body, prefix.length, bad.length);
    body[prefix.length + bad.length] = '"';
    Arrays.fill(body, prefix.length + bad.length + 1, body.length, (byte) ' ');
    body[body.length - 1] = '}';
    Violation violation = only(VALIDATOR.validateRequest(body));
    assertEquals(Rule.INPUT_ENCODING, violation.rule());
    assertEquals(new Location(2, 9, prefix.length), violation.location().orElseThrow());
  }

  private static byte[] parseHex(String hex) {
    String[] parts = hex.split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return bytes;
  }

  @Test
  void duplicateKeyIsLocatedAtTheDuplicatedMember() {
    String body = "{\"version\":1,\"type\":\"activity\",\"sessionRef\":{\"scid\":\"" + Bodies.SCID
        + "\",\n \"templateName\":\"a\",\n \"templateName\":\"b\"}}";
    Violation violation = only(VALIDATOR.validateRequest(utf8(body)));
    assertEquals(Rule.JSON_DUPLICATE_KEY, violation.rule());
    assertEquals("/sessionRef/templateName", violation.pointer().orElseThrow());
    assertEquals(3, violation.location().orElseThrow().line());
  }

  @Test
  void deepNestingIsRefusedWithoutStackOverflow() {
    char[] deep = new char[100_000];
    Arrays.fill(deep, '[');
    String body = "{\"a\":" + new String(deep);
    assertEquals(Rule.JSON_TOO_DEEP, only(VALIDATOR.validateRequest(utf8(body))).rule());
    assertEquals(Rule.JSON_TOO_DEEP, only(VALIDATOR.validateRequest(body)).rule());
  }

  @Test
  void deepTreeGivenDirectlyIsRefusedToo() {
    com.fasterxml.jackson.databind.node.ObjectNode root = Bodies.activity();
    com.fasterxml.jackson.databind.node.ArrayNode array = root.putArray("x");
    for (int i = 0; i < 100_000; i++) {
      array = array.addArray();
    }
    ValidationReport report = VALIDATOR.validateRequest(root);
    assertTrue(report.has(Rule.JSON_TOO_DEEP), report.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"activity\"", "null", "1", "true"})
  void onlyAnObjectIsABody(String body) {
    Violation violation = only(VALIDATOR.validateRequest(body));
    assertEquals(Rule.JSON_NOT_OBJECT, violation.rule());
    assertEquals("", violation.pointer().orElseThrow());
  }

  @Test
  void trailingContentIsMalformed() {
    assertEquals(Rule.JSON_MALFORMED, only(VALIDATOR.validateRequest(Bodies.ACTIVITY + " {}")).rule());
  }

  @Test
  void seedActivitySampleIsMalformedAtItsComment() {
    String seed = "{\n  \"version\": 1,\n  \"type\": \"activity\",\n  \"sessionRef\": {\n"
        + "    \"scid\": \"bd6c41c3-01c3-468a-a3b5-3e0fe8133862\",\n    \"templateName\": \"deathmatch\",\n"
        + "    // The session name is optional in a POST; if not specified, MPSD fills in a GUID.//\n"
        + "    \"name\": \"session-49\"\n  },\n}\n";
    Violation violation = only(VALIDATOR.validateRequest(utf8(seed)));
    assertEquals(Rule.JSON_MALFORMED, violation.rule());
    Location comment = find(seed, "//");
    assertEquals(comment.line(), violation.location().orElseThrow().line());
    assertEquals(comment.column(), violation.location().orElseThrow().column());
    assertTrue(violation.message().contains("comment"), violation.message());
    assertFalse(violation.message().contains("Feature"), violation.message());
  }

  @Test
  void seedInviteSampleIsMalformedAtItsUnbalancedQuote() {
    String seed = "{\n  // Common handle fields\n  \"id: \"47ca0049-a5ba-4bc1-aa22-fcf834ce4c13\",\n  \"version\": 1,\n}";
    // The comment comes first and is what a strict parser stops at.
    Violation violation = only(VALIDATOR.validateRequest(utf8(seed)));
    assertEquals(Rule.JSON_MALFORMED, violation.rule());
    assertEquals(find(seed, "//").line(), violation.location().orElseThrow().line());

    String withoutComment = seed.replace("  // Common handle fields\n", "");
    Violation quote = only(VALIDATOR.validateRequest(utf8(withoutComment)));
    assertEquals(Rule.JSON_MALFORMED, quote.rule());
    // "id: " is read as a name, then the parser expects ':' where 47ca... begins
    assertEquals(find(withoutComment, "47ca").line(), quote.location().orElseThrow().line());
    assertEquals(find(withoutComment, "47ca").column(), quote.location().orElseThrow().column());
  }

  @Test
  void trailingCommaIsLocated() {
    String body = "{\"version\": 1,\n \"type\": \"activity\",\n}";
    Violation violation = only(VALIDATOR.validateRequest(utf8(body)));
    assertEquals(Rule.JSON_MALFORMED, violation.rule());
    assertEquals(find(body, "}").line(), violation.location().orElseThrow().line());
  }

  @Test
  void schemaViolationsAreLocatedInTheText() {
    String body = "{\n  \"version\": 1,\n  \"type\": \"activity\",\n  \"sessionRef\": {\n    \"scid\": \"MockScid\",\n"
        + "    \"templateName\": \"t\"\n  }\n}";
    Violation violation = only(VALIDATOR.validateRequest(utf8(body)));
    Location expected = find(body, "\"MockScid\"");
    assertEquals(expected.line(), violation.location().orElseThrow().line());
    assertEquals(expected.column(), violation.location().orElseThrow().column());
    Violation fromString = only(VALIDATOR.validateRequest(body));
    assertEquals(expected.line(), fromString.location().orElseThrow().line());
  }

  @Test
  void missingPropertyIsLocatedAtItsObject() {
    String body = "{\"version\":1,\"type\":\"activity\",\n\"sessionRef\":\n {\"scid\":\"" + Bodies.SCID + "\"}}";
    Violation violation = only(VALIDATOR.validateRequest(utf8(body)));
    assertEquals(Rule.PROPERTY_REQUIRED, violation.rule());
    assertEquals("/sessionRef", violation.pointer().orElseThrow());
    assertEquals(new Location(3, 2, body.indexOf(" {") + 1), violation.location().orElseThrow());
    assertTrue(violation.message().contains("\"templateName\""), violation.message());
  }

  @Test
  void columnsCountCharactersNotBytes() {
    String body = "{\"type\":\"한국어\", x}";
    Violation malformed = only(VALIDATOR.validateRequest(utf8(body)));
    assertEquals(find(body, "x").column(), malformed.location().orElseThrow().column());
    assertEquals(body.substring(0, body.indexOf('x')).getBytes(StandardCharsets.UTF_8).length,
        malformed.location().orElseThrow().byteOffset());

    String typed = "{\"context\":\"😀é\",\"version\":1,\"type\":\"activity\",\"sessionRef\":{\"scid\":\"MockScid\",\"templateName\":\"t\"}}";
    Violation fromBytes = VALIDATOR.validateRequest(utf8(typed)).errors().get(0);
    // code points, as an editor counts them: the emoji is one character
    int expected = typed.codePointCount(0, typed.indexOf("\"MockScid\"")) + 1;
    assertEquals(expected, fromBytes.location().orElseThrow().column());
    Violation fromText = VALIDATOR.validateRequest(typed).errors().get(0);
    assertEquals(expected, fromText.location().orElseThrow().column());
    // after a byte order mark, columns count from the first character of the JSON text
    Violation afterBom = VALIDATOR.validateRequest("\uFEFF" + body).violations().stream()
        .filter(v -> v.rule() == Rule.JSON_MALFORMED).findFirst().orElseThrow();
    assertEquals(find(body, "x").column(), afterBom.location().orElseThrow().column());
  }

  @Test
  void byteOffsetsCountUtf8BytesForBytesAndTextAlike() {
    // A malformed token after 2-, 3- and 4-byte characters, and a located schema error after them on another line.
    String malformed = "{\"type\":\"é한😀\", x}";
    String typed = "{\"context\":\"é한😀\",\n\"version\":1,\"type\":\"activity\",\"sessionRef\":{\"scid\":\"MockScid\",\"templateName\":\"t\"}}";
    for (String body : new String[] {malformed, typed}) {
      Location fromBytes = VALIDATOR.validateRequest(utf8(body)).errors().get(0).location().orElseThrow();
      Location fromText = VALIDATOR.validateRequest(body).errors().get(0).location().orElseThrow();
      String needle = body == malformed ? "x" : "\"MockScid\"";
      long expected = utf8(body.substring(0, body.indexOf(needle))).length;
      assertEquals(expected, fromBytes.byteOffset(), body);
      assertEquals(fromBytes, fromText, body);
    }
  }
}
