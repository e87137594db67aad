package io.handlekit.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.core.PropertyNames;
import io.handlekit.validator.Rule;

/**
 * Reports about one field that both the schema rules and the semantic rules make, so that the same fault
 * reads the same whichever layer finds it.
 */
final class FieldReports {
  private FieldReports() {}

  /** A value of the wrong JSON type; {@code property} chooses what the message says is expected. */
  static void wrongType(String pointer, String property, JsonNode value, Findings findings) {
    if (value.isNull()) {
      findings.addKeyed(Rule.VALUE_TYPE, pointer, "value.type.null", property);
      return;
    }
    findings.addKeyed(Rule.VALUE_TYPE, pointer, "value.type." + expectedKind(property), property, jsonType(value));
  }

  private static String expectedKind(String property) {
    switch (property) {
      case "version":
        return "version";
      case "":
      case PropertyNames.SESSION_REF:
      case PropertyNames.INVITE_ATTRIBUTES:
        return "object";
      case PropertyNames.INVITED_XUID:
      case PropertyNames.SENDER_XUID:
        return "xuid";
      case PropertyNames.TITLE_ID:
        return "title-id";
      default:
        return "string";
    }
  }

  static String jsonType(JsonNode value) {
    switch (value.getNodeType()) {
      case OBJECT:
        return "object";
      case ARRAY:
        return "array";
      case STRING:
        return "string";
      case NUMBER:
        return value.isIntegralNumber() ? "integer" : "number";
      case BOOLEAN:
        return "boolean";
      default:
        return "null";
    }
  }

  /** A value as a message shows it: a scalar as JSON, a container by its kind (it may be deep or large). */
  static String shown(JsonNode value) {
    switch (value.getNodeType()) {
      case OBJECT:
        return "{…}";
      case ARRAY:
        return "[…]";
      case MISSING:
        return "?";
      default:
        return value.isTextual() ? "\"" + value.textValue() + "\"" : value.asText();
    }
  }

  /** A string that is not a GUID; XSAPI's test fixture "MockScid" gets a message of its own. */
  static void notAGuid(String pointer, String text, Findings findings) {
    findings.addKeyed(Rule.GUID_FORMAT, pointer, "MockScid".equals(text) ? "guid.format.mock" : "guid.format", text);
  }

  /** A XUID that is not decimal digits; the empty string (XSAPI's fixtures send it) gets a message of its own. */
  static void notAXuid(String pointer, String text, Findings findings) {
    findings.addKeyed(Rule.XUID_FORMAT, pointer, text.isEmpty() ? "xuid.format.empty" : "xuid.format", text);
  }
}
