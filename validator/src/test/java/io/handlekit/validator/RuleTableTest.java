package io.handlekit.validator;

import static io.handlekit.validator.Bodies.activity;
import static io.handlekit.validator.Bodies.at;
import static io.handlekit.validator.Bodies.invite;
import static io.handlekit.validator.Bodies.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per rule and boundary: a valid body changed in one place, the rule it must then break and where,
 * or nothing when the change stays inside the contract.
 */
class RuleTableTest {
  private static final HandlesValidator VALIDATOR = HandlesValidator.create();

  private static Arguments row(String label, ObjectNode body, Consumer<ObjectNode> change, Rule rule, String pointer) {
    return Arguments.of(label, with(body, change), rule, pointer);
  }

  private static Arguments ok(String label, ObjectNode body, Consumer<ObjectNode> change) {
    return Arguments.of(label, with(body, change), null, null);
  }

  static Stream<Arguments> rows() {
    String s100 = "a".repeat(100);
    String emoji100 = "\uD83D\uDE00".repeat(100);
    return Stream.of(
        ok("activity as documented", activity(), b -> {}),
        ok("invite as documented", invite(), b -> {}),
        // version
        ok("version 1.0 is the integer 1", activity(), b -> b.put("version", new java.math.BigDecimal("1.0"))),
        row("version 2", activity(), b -> b.put("version", 2), Rule.VERSION_VALUE, "/version"),
        row("version 0", activity(), b -> b.put("version", 0), Rule.VERSION_VALUE, "/version"),
        row("version \"1\"", activity(), b -> b.put("version", "1"), Rule.VERSION_VALUE, "/version"),
        row("version true", activity(), b -> b.put("version", true), Rule.VERSION_VALUE, "/version"),
        row("version null", activity(), b -> b.putNull("version"), Rule.VERSION_VALUE, "/version"),
        row("version missing", activity(), b -> b.remove("version"), Rule.PROPERTY_REQUIRED, ""),
        // type
        row("type Activity", activity(), b -> b.put("type", "Activity"), Rule.TYPE_VALUE, "/type"),
        row("type 5", activity(), b -> b.put("type", 5), Rule.TYPE_VALUE, "/type"),
        row("type missing", activity(), b -> b.remove("type"), Rule.PROPERTY_REQUIRED, ""),
        row("type transfer", activity(), b -> b.put("type", "transfer"), Rule.TYPE_NOT_COVERED, "/type"),
        row("type search", activity(), b -> b.put("type", "search"), Rule.TYPE_NOT_COVERED, "/type"),
        // sessionRef
        row("sessionRef missing", activity(), b -> b.remove("sessionRef"), Rule.PROPERTY_REQUIRED, ""),
        row("sessionRef null", activity(), b -> b.putNull("sessionRef"), Rule.VALUE_TYPE, "/sessionRef"),
        row("sessionRef array", activity(), b -> b.putArray("sessionRef"), Rule.VALUE_TYPE, "/sessionRef"),
        ok("scid upper case", activity(), b -> at(b, "/sessionRef").put("scid", Bodies.SCID.toUpperCase())),
        row("scid MockScid", activity(), b -> at(b, "/sessionRef").put("scid", "MockScid"), Rule.GUID_FORMAT, "/sessionRef/scid"),
        row("scid in braces", activity(), b -> at(b, "/sessionRef").put("scid", "{" + Bodies.SCID + "}"), Rule.GUID_FORMAT, "/sessionRef/scid"),
        row("scid trailing newline", activity(), b -> at(b, "/sessionRef").put("scid", Bodies.SCID + "\n"), Rule.GUID_FORMAT, "/sessionRef/scid"),
        row("scid missing", activity(), b -> at(b, "/sessionRef").remove("scid"), Rule.PROPERTY_REQUIRED, "/sessionRef"),
        // names
        ok("templateName 100 characters", activity(), b -> at(b, "/sessionRef").put("templateName", s100)),
        ok("templateName 100 emoji", activity(), b -> at(b, "/sessionRef").put("templateName", emoji100)),
        row("templateName 101 characters", activity(), b -> at(b, "/sessionRef").put("templateName", s100 + "a"), Rule.TEMPLATE_NAME_LENGTH, "/sessionRef/templateName"),
        row("templateName 101 emoji", activity(), b -> at(b, "/sessionRef").put("templateName", emoji100 + "\uD83D\uDE00"), Rule.TEMPLATE_NAME_LENGTH, "/sessionRef/templateName"),
        row("templateName empty", activity(), b -> at(b, "/sessionRef").put("templateName", ""), Rule.TEMPLATE_NAME_LENGTH, "/sessionRef/templateName"),
        ok("activity without name", activity(), b -> at(b, "/sessionRef").remove("name")),
        ok("name 100 characters", activity(), b -> at(b, "/sessionRef").put("name", s100)),
        row("name 101 characters", activity(), b -> at(b, "/sessionRef").put("name", s100 + "a"), Rule.SESSION_NAME_LENGTH, "/sessionRef/name"),
        row("name empty", activity(), b -> at(b, "/sessionRef").put("name", ""), Rule.SESSION_NAME_LENGTH, "/sessionRef/name"),
        row("name null", activity(), b -> at(b, "/sessionRef").putNull("name"), Rule.VALUE_TYPE, "/sessionRef/name"),
        row("invite without name", invite(), b -> at(b, "/sessionRef").remove("name"), Rule.PROPERTY_REQUIRED, "/sessionRef"),
        // invitedXuid
        ok("invitedXuid 1", invite(), b -> b.put("invitedXuid", "1")),
        ok("invitedXuid 2^64-1", invite(), b -> b.put("invitedXuid", "18446744073709551615")),
        row("invitedXuid 0", invite(), b -> b.put("invitedXuid", "0"), Rule.XUID_RANGE, "/invitedXuid"),
        row("invitedXuid 2^64", invite(), b -> b.put("invitedXuid", "18446744073709551616"), Rule.XUID_RANGE, "/invitedXuid"),
        row("invitedXuid empty", invite(), b -> b.put("invitedXuid", ""), Rule.XUID_FORMAT, "/invitedXuid"),
        row("invitedXuid negative", invite(), b -> b.put("invitedXuid", "-1"), Rule.XUID_FORMAT, "/invitedXuid"),
        row("invitedXuid number", invite(), b -> b.put("invitedXuid", 3210), Rule.VALUE_TYPE, "/invitedXuid"),
        row("invitedXuid missing", invite(), b -> b.remove("invitedXuid"), Rule.PROPERTY_REQUIRED, ""),
        // titleId
        ok("titleId 0", invite(), b -> at(b, "/inviteAttributes").put("titleId", "0")),
        ok("titleId 2^32-1", invite(), b -> at(b, "/inviteAttributes").put("titleId", "4294967295")),
        row("titleId 2^32", invite(), b -> at(b, "/inviteAttributes").put("titleId", "4294967296"), Rule.TITLE_ID_RANGE, "/inviteAttributes/titleId"),
        row("titleId number 2^32", invite(), b -> at(b, "/inviteAttributes").put("titleId", 4294967296L), Rule.TITLE_ID_RANGE, "/inviteAttributes/titleId"),
        row("titleId number -1", invite(), b -> at(b, "/inviteAttributes").put("titleId", -1), Rule.TITLE_ID_RANGE, "/inviteAttributes/titleId"),
        row("titleId hex", invite(), b -> at(b, "/inviteAttributes").put("titleId", "0x12"), Rule.TITLE_ID_FORMAT, "/inviteAttributes/titleId"),
        row("titleId true", invite(), b -> at(b, "/inviteAttributes").put("titleId", true), Rule.VALUE_TYPE, "/inviteAttributes/titleId"),
        row("titleId missing", invite(), b -> at(b, "/inviteAttributes").remove("titleId"), Rule.PROPERTY_REQUIRED, "/inviteAttributes"),
        row("inviteAttributes missing", invite(), b -> b.remove("inviteAttributes"), Rule.PROPERTY_REQUIRED, ""),
        // optional strings
        row("context number", invite(), b -> at(b, "/inviteAttributes").put("context", 7), Rule.VALUE_TYPE, "/inviteAttributes/context"),
        row("senderString null", invite(), b -> at(b, "/inviteAttributes").putNull("senderString"), Rule.VALUE_TYPE, "/inviteAttributes/senderString"),
        row("contextString object", invite(), b -> at(b, "/inviteAttributes").putObject("contextString"), Rule.VALUE_TYPE, "/inviteAttributes/contextString"),
        // id
        ok("invite with id", invite(), b -> b.put("id", "47ca0049-a5ba-4bc1-aa22-fcf834ce4c13")),
        row("invite id not a GUID", invite(), b -> b.put("id", "47ca0049"), Rule.GUID_FORMAT, "/id"),
        // strings
        row("lone surrogate in a name", activity(), b -> at(b, "/sessionRef").put("name", "a\uD800b"), Rule.STRING_LONE_SURROGATE, "/sessionRef/name"),
        row("lone surrogate in an unknown key", activity(), b -> b.put("x\uDC00", 1), Rule.STRING_LONE_SURROGATE, "/x\uDC00"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void eachRowBreaksExactlyItsRule(String label, String body, Rule rule, String pointer) {
    List<String> errors = VALIDATOR.validateRequest(body).errors().stream()
        .map(v -> v.ruleId() + " " + v.pointer().orElse("-")).toList();
    List<String> expected = rule == null ? List.of() : List.of(rule.id() + " " + pointer);
    assertEquals(expected, errors, label);
  }

  @Test
  void warningsAndInfosDoNotMakeABodyInvalid() {
    String body = with(invite(), b -> {
      b.put("sessionref", "typo");
      at(b, "/inviteAttributes").put("titleId", 1234567).put("contextString", "invite_ranked");
    });
    ValidationReport report = VALIDATOR.validateRequest(body);
    assertTrue(report.isValid(), report.toString());
    // in document order: the typo was added last
    assertEquals(List.of("title-id.number info /inviteAttributes/titleId",
            "context-string.prefix warning /inviteAttributes/contextString", "property.unknown warning /sessionref"),
        report.violations().stream().map(v -> v.ruleId() + " " + v.severity().label() + " " + v.pointer().orElseThrow()).toList());
  }

  @Test
  void unknownPropertiesGetASuggestion() {
    ValidationReport report = VALIDATOR.validateRequest(with(activity(), b -> at(b, "/sessionRef").put("TemplateName", "x")));
    Violation unknown = report.violations().get(0);
    assertEquals("/sessionRef/TemplateName", unknown.pointer().orElseThrow());
    assertTrue(unknown.message().contains("\"templateName\""), unknown.message());
  }
}
