package io.handlekit.validator;

import static io.handlekit.validator.Bodies.activity;
import static io.handlekit.validator.Bodies.at;
import static io.handlekit.validator.Bodies.invite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies an attacker sends: numbers of absurd magnitude, a lone byte order mark, trees too deep, keys that flood
 * a hash table, lone surrogates in names, thousands of findings. Each comes back as a report, judged by the rules.
 */
class HostileInputTest {
  private static final HandlesValidator VALIDATOR = HandlesValidator.create();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> errors(ValidationReport report) {
    return report.errors().stream().map(v -> v.ruleId() + " " + v.pointer().orElse("-")).toList();
  }

  private static List<String> all(ValidationReport report) {
    return report.violations().stream().map(v -> v.ruleId() + " " + v.pointer().orElse("-")).toList();
  }

  /** The same errors whichever text overload reads {@code body}: bytes, String and InputStream. */
  private static List<String> errorsOfEveryOverload(String body) throws IOException {
    List<String> fromBytes = errors(VALIDATOR.validateRequest(utf8(body)));
    assertEquals(fromBytes, errors(VALIDATOR.validateRequest(body)), "String overload");
    assertEquals(fromBytes, errors(VALIDATOR.validateRequest(new ByteArrayInputStream(utf8(body)))), "stream overload");
    return fromBytes;
  }

  static Stream<String> hugeNumbers() {
    return Stream.of("1e2147483648", "1e-2147483649", "0e99999999999", "1e2147483647", "-1e2147483648",
        "1E+99999999999999999999999", "1" + "0".repeat(5000), "1." + "0".repeat(3000) + "1", "0." + "0".repeat(3000) + "1");
  }

  @ParameterizedTest
  @MethodSource("hugeNumbers")
  void aNumberOfAnyMagnitudeAsVersionIsJudgedByTheVersionRule(String number) throws IOException {
    String body = Bodies.ACTIVITY.replace("\"version\":1", "\"version\":" + number);
    assertEquals(List.of("version.value /version"), errorsOfEveryOverload(body));
  }

  @ParameterizedTest
  @MethodSource("hugeNumbers")
  void aNumberOfAnyMagnitudeInAnUnknownPropertyIsOnlyUnknown(String number) throws IOException {
    String body = Bodies.ACTIVITY.replace("\"version\":1", "\"version\":1,\"x\":[" + number + "]");
    assertEquals(List.of(), errorsOfEveryOverload(body));
    assertEquals(List.of("property.unknown /x"), all(VALIDATOR.validateRequest(body)));
  }

  static Stream<String> titleIdsOutOfRange() {
    return Stream.of("1e2147483648", "1e-2147483649", "1e2147483647", "-1e2147483648", "4294967296.5", "1." + "0".repeat(3000) + "1");
  }

  static Stream<String> titleIdsInRange() {
    return Stream.of("0e99999999999", "4294967295.000", "100e-2", "0." + "0".repeat(3000));
  }

  @ParameterizedTest
  @MethodSource("titleIdsOutOfRange")
  void aNumberOfAnyMagnitudeAsTitleIdIsAnErrorThere(String number) throws IOException {
    String body = Bodies.INVITE.replace("\"titleId\":\"1234567\"", "\"titleId\":" + number);
    List<String> errors = errorsOfEveryOverload(body);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).endsWith(" /inviteAttributes/titleId"), errors.toString());
  }

  @ParameterizedTest
  @MethodSource("titleIdsInRange")
  void anIntegerInRangeWrittenAnyWayIsATitleId(String number) throws IOException {
    String body = Bodies.INVITE.replace("\"titleId\":\"1234567\"", "\"titleId\":" + number);
    assertEquals(List.of(), errorsOfEveryOverload(body));
  }

  @Test
  void aMessageShowsTheNumberAsWritten() {
    Violation version = VALIDATOR.validateRequest(Bodies.ACTIVITY.replace("\"version\":1", "\"version\":1e2147483648"))
        .errors().get(0);
    assertTrue(version.message().contains("1e2147483648"), version.message());
  }

  @Test
  void aByteOrderMarkAloneIsAnEmptyBody() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    List<String> expected = List.of("input.bom -", "input.empty -");
    assertEquals(expected, all(VALIDATOR.validateRequest(bom)));
    assertEquals(expected, all(VALIDATOR.validateRequest(new ByteArrayInputStream(bom))));
    assertEquals(expected, all(VALIDATOR.validateRequest("\uFEFF")));
    assertEquals(List.of("input.bom -", "input.empty -"), all(VALIDATOR.validateInviteHandle(bom, Bodies.invite())));
  }

  private static ObjectNode nested(String kind, int depth) {
    ObjectNode body = activity();
    body.put("version", 2);
    JsonNode inner = NODES.textNode("deepest");
    for (int i = 0; i < depth; i++) {
      inner = kind.equals("objects") ? NODES.objectNode().set("x", inner) : NODES.arrayNode().add(inner);
    }
    body.set("x", inner);
    return body;
  }

  @ParameterizedTest
  @ValueSource(strings = {"objects", "arrays"})
  void aTreeWithASchemaFaultAndAnUnknownProperty100000DeepIsJudged(String kind) {
    ValidationReport report = VALIDATOR.validateRequest(nested(kind, 100_000));
    assertEquals(List.of("json.too-deep " + (kind.equals("objects") ? "/x".repeat(64) : "/x" + "/0".repeat(63)), "version.value /version"),
        errors(report));
    ValidationReport handle = VALIDATOR.validateInviteHandle(nested(kind, 100_000), Bodies.invite());
    assertTrue(handle.has(Rule.JSON_TOO_DEEP) && !handle.has(Rule.INTERNAL_ERROR), handle.toString());
  }

  @Test
  void aTreeThatContainsItselfOrSharesItsSubtreesIsJudgedInBoundedTime() {
    ObjectNode cyclic = activity();
    cyclic.set("self", cyclic);
    ValidationReport report = VALIDATOR.validateRequest(cyclic);
    assertTrue(report.has(Rule.JSON_TOO_DEEP) && !report.has(Rule.INTERNAL_ERROR), report.toString());

    // Each level holds the level below twice: 2^60 paths through 60 nodes.
    JsonNode shared = NODES.textNode("leaf");
    for (int i = 0; i < 60; i++) {
      shared = NODES.arrayNode().add(shared).add(shared);
    }
    ObjectNode dag = activity();
    dag.set("x", shared);
    assertEquals(List.of("input.too-large "), errors(VALIDATOR.validateRequest(dag)));
  }

  @Test
  void numbersThatAreNoJsonInATreeAreWrongValuesNotFailures() {
    ObjectNode body = invite();
    body.set("version", DoubleNode.valueOf(Double.NaN));
    at(body, "/inviteAttributes").set("titleId", new DecimalNode(new BigDecimal("1e2147483647")));
    at(body, "/sessionRef").set("name", DoubleNode.valueOf(Double.POSITIVE_INFINITY));
    assertEquals(List.of("title-id.range /inviteAttributes/titleId", "value.type /sessionRef/name", "version.value /version"),
        errors(VALIDATOR.validateRequest(body)).stream().sorted().toList());
  }

  @Test
  void everyMissingPropertyOfEveryObjectIsItsOwnViolation() {
    assertEquals(List.of("sessionRef", "invitedXuid", "inviteAttributes"),
        missing(VALIDATOR.validateRequest("{\"version\":1,\"type\":\"invite\"}"), ""));
    ValidationReport report = VALIDATOR.validateRequest("{\"type\":\"invite\",\"sessionRef\":{}}");
    assertEquals(List.of("version", "invitedXuid", "inviteAttributes"), missing(report, ""));
    assertEquals(List.of("scid", "templateName", "name"), missing(report, "/sessionRef"));
    assertEquals(6, report.errors().size(), report.toString());
  }

  // The property names that the report says are missing from the object at 'pointer', sorted as the contract lists them.
  private static List<String> missing(ValidationReport report, String pointer) {
    List<String> order = List.of("version", "type", "sessionRef", "scid", "templateName", "name", "invitedXuid", "inviteAttributes");
    List<String> names = new ArrayList<>();
    for (Violation violation : report.violations()) {
      if (violation.rule() == Rule.PROPERTY_REQUIRED && violation.pointer().orElseThrow().equals(pointer)) {
        names.add(order.stream().filter(name -> violation.message().contains("\"" + name + "\"")).findFirst().orElseThrow());
      }
    }
    names.sort(java.util.Comparator.comparingInt(order::indexOf));
    return names;
  }

  @Test
  void tooDeepIsPlacedWhereTheNestingCrossesTheLimit() {
    String body = "{\n  \"version\": 1,\n  \"x\": " + "[".repeat(100) + "]".repeat(100) + "}";
    int crossing = body.indexOf('[') + 63; // the root object is level 1, so the 63rd bracket is level 64, the next crosses
    Location expected = new Location(3, crossing - body.lastIndexOf('\n', crossing) , crossing);
    for (ValidationReport report : List.of(VALIDATOR.validateRequest(utf8(body)), VALIDATOR.validateRequest(body))) {
      assertEquals(1, report.violations().size(), report.toString());
      assertEquals(Rule.JSON_TOO_DEEP, report.violations().get(0).rule());
      assertEquals(expected, report.violations().get(0).location().orElseThrow());
    }
  }

  static Stream<Arguments> loneSurrogateNames() {
    return Stream.of(Arguments.of("\\ud800", "\ud800"), Arguments.of("\\udc00", "\udc00"),
        Arguments.of("a\\ud800\\u0041", "a\ud800A"), Arguments.of("x\\ud800\\\"y", "x\ud800\"y"));
  }

  @ParameterizedTest
  @MethodSource("loneSurrogateNames")
  void aLoneSurrogateEscapeInAKeyIsALoneSurrogate(String escapedName, String name) {
    String body = "{\"version\":1,\"type\":\"activity\",\"sessionRef\":{\"scid\":\"" + Bodies.SCID
        + "\",\n \"templateName\":\"t\", \"" + escapedName + "\":1}}";
    int quote = body.indexOf(escapedName) - 1;
    Location expected = new Location(2, quote - body.indexOf('\n'), quote);
    for (ValidationReport report : List.of(VALIDATOR.validateRequest(utf8(body)), VALIDATOR.validateRequest(body))) {
      assertEquals(List.of("string.lone-surrogate /sessionRef/" + name), errors(report));
      assertEquals(expected, report.errors().get(0).location().orElseThrow());
    }
  }

  /** Keys made of "Ab" and "BA" collide in Jackson's text symbol table (hash × 33 + char), whatever its seed. */
  private static String collidingKeys(int count) {
    StringBuilder body = new StringBuilder(Bodies.ACTIVITY.substring(0, Bodies.ACTIVITY.length() - 1));
    for (int i = 0; i < count; i++) {
      body.append(",\"");
      for (int bit = 0; bit < 12; bit++) {
        body.append(((i >> bit) & 1) == 0 ? "Ab" : "BA");
      }
      body.append("\":").append(i);
    }
    return body.append('}').toString();
  }

  @Test
  void keysThatFloodTheSymbolTableGetTheSameVerdictFromEveryOverload() throws IOException {
    String body = collidingKeys(4000);
    assertEquals(List.of(), errorsOfEveryOverload(body));
    ValidationReport fromText = VALIDATOR.validateRequest(body);
    assertEquals(all(VALIDATOR.validateRequest(utf8(body))), all(fromText));
    assertTrue(fromText.has(Rule.PROPERTY_UNKNOWN), fromText.violations().get(0).toString());
  }

  @Test
  void aStreamIsReadWhateverTheLimit() throws IOException {
    HandlesValidator unlimited = HandlesValidator.builder().maxBodyBytes(Integer.MAX_VALUE).build();
    assertTrue(unlimited.validateRequest(new ByteArrayInputStream(utf8(Bodies.ACTIVITY))).isValid());
    assertEquals(List.of("version.value /version"), errors(unlimited.validateRequest(
        new ByteArrayInputStream(utf8(Bodies.ACTIVITY.replace("\"version\":1", "\"version\":2"))))));
  }

  @Test
  void aReportListsAtMostTheLimitAndCountsTheRest() {
    String invite = Bodies.INVITE.replace("\"3210\"", "\"0\"");
    StringBuilder body = new StringBuilder(invite.substring(0, invite.length() - 1));
    for (int i = 0; i < 5000; i++) {
      body.append(",\"unknown").append(i).append("\":").append(i);
    }
    body.append('}');
    ValidationReport report = VALIDATOR.validateRequest(body.toString());
    assertEquals(HandlesValidator.DEFAULT_MAX_FINDINGS + 1, report.violations().size());
    // The one error, found after thousands of warnings, is kept: the verdict never depends on the cap.
    assertEquals(List.of("xuid.range /invitedXuid"), errors(report));
    Violation note = report.violations().get(report.violations().size() - 1);
    assertEquals(Rule.FINDINGS_TRUNCATED, note.rule());
    assertTrue(note.message().contains("1000") && note.message().contains("4001"), note.message());

    HandlesValidator ten = HandlesValidator.builder().maxFindings(10).build();
    assertEquals(11, ten.validateRequest(body.toString()).violations().size());
    assertFalse(ten.validateRequest(body.toString()).isValid());
    assertEquals(10, ten.toBuilder().build().maxFindings());
  }

  @Test
  void pointersUnderLongNamesAreListedWithinABudgetAndTheRestCounted() {
    // 60 levels under names of 8 000 characters, then 2 000 lone surrogates: each pointer has 480 000 characters.
    StringBuilder body = new StringBuilder(Bodies.ACTIVITY.substring(0, Bodies.ACTIVITY.length() - 1));
    for (int level = 0; level < 60; level++) {
      body.append(level == 0 ? "," : "").append('"').append(Character.toString('a' + level % 26).repeat(8000)).append("\":{");
    }
    body.append("\"s\":[").append("\"\\ud800\",".repeat(1999)).append("\"\\ud800\"]").append("}".repeat(60)).append('}');
    ValidationReport report = VALIDATOR.validateRequest(body.toString());
    List<Violation> errors = report.errors();
    assertTrue(errors.size() >= 1 && errors.size() <= 3, "listed within the budget: " + errors.size());
    assertEquals(Rule.STRING_LONE_SURROGATE, errors.get(0).rule());
    assertTrue(errors.get(0).pointer().orElseThrow().endsWith("/s/0"));
    Violation note = report.violations().get(report.violations().size() - 1);
    assertEquals(Rule.FINDINGS_TRUNCATED, note.rule());
    assertTrue(note.message().contains((2001 - (report.violations().size() - 1)) + " more"), note.message());
  }

  @Test
  void aValueQuotedInAMessageIsShortened() {
    String longKey = "k".repeat(100_000);
    ValidationReport report = VALIDATOR.validateRequest(Bodies.ACTIVITY.replace("\"version\":1", "\"version\":1,\"" + longKey + "\":1"));
    Violation unknown = report.violations().get(0);
    assertEquals("/" + longKey, unknown.pointer().orElseThrow());
    assertTrue(unknown.message().length() < 400, unknown.message());
  }

  @Test
  void longNamesStringsAndNumbersAreLegalJson() {
    String body = Bodies.ACTIVITY.replace("\"version\":1", "\"version\":1,\"" + "n".repeat(60_000) + "\":\""
        + "s".repeat(30_000) + "\",\"m\":" + "9".repeat(100_000));
    assertEquals(List.of(), errors(VALIDATOR.validateRequest(body)));
    assertEquals(List.of(), errors(VALIDATOR.validateRequest(utf8(body))));
  }

  @Test
  void aDuplicateKeyIsStillPlacedAtItsName() {
    String body = "{\"version\":1,\"type\":\"activity\",\n\"type\":\"activity\"}";
    ValidationReport report = VALIDATOR.validateRequest(utf8(body));
    assertEquals(List.of("json.duplicate-key /type"), all(report));
    assertEquals(new Location(2, 1, body.indexOf('\n') + 1), report.violations().get(0).location().orElseThrow());
  }

  @Test
  void deepButLegalNestingIsAccepted() {
    ArrayNode deep = NODES.arrayNode();
    ObjectNode body = activity();
    body.set("x", deep);
    for (int i = 0; i < 61; i++) {
      deep = deep.addArray();
    }
    String text = body.toString();
    assertEquals(List.of("property.unknown /x"), all(VALIDATOR.validateRequest(text)));
    assertEquals(List.of("property.unknown /x"), all(VALIDATOR.validateRequest(body)));
  }
}
