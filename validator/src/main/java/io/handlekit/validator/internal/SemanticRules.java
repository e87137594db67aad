package io.handlekit.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.core.ContractLimits;
import io.handlekit.core.DecimalId;
import io.handlekit.core.Guid;
import io.handlekit.core.HandleType;
import io.handlekit.core.PropertyNames;
import io.handlekit.core.TitleId;
import io.handlekit.core.UriEncodedLength;
import io.handlekit.core.Xuid;
import io.handlekit.validator.Rule;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a schema cannot express: numeric ranges of decimal strings, the URI-encoded length of
 * {@code context}, handle types outside the contract, unknown properties (with a suggestion), the
 * {@code contextString} prefix and a numeric {@code titleId}. Ids are also checked strictly here: a schema
 * {@code pattern} run by Java's regex lets a trailing newline through.
 */
final class SemanticRules {
  static final int MAX_CONTEXT_LENGTH = ContractLimits.MAX_CONTEXT_LENGTH;

  private static final List<String> ACTIVITY = PropertyNames.IN_ACTIVITY_REQUEST;
  private static final List<String> INVITE = PropertyNames.IN_INVITE_REQUEST;
  private static final List<String> SESSION_REF = PropertyNames.IN_SESSION_REF;
  private static final List<String> ATTRIBUTES = PropertyNames.IN_INVITE_ATTRIBUTES;
  private static final Suggestions.Candidates ACTIVITY_NAMES = Suggestions.Candidates.of(ACTIVITY);
  private static final Suggestions.Candidates INVITE_NAMES = Suggestions.Candidates.of(INVITE);
  private static final Suggestions.Candidates SESSION_REF_NAMES = Suggestions.Candidates.of(SESSION_REF);
  private static final Suggestions.Candidates ATTRIBUTE_NAMES = Suggestions.Candidates.of(ATTRIBUTES);

  private SemanticRules() {}

  /**
   * @param shapeConforms the fast path found the body's shape right, ids checked strictly: they need no second look
   */
  static void checkRequest(JsonNode root, boolean shapeConforms, Findings findings) {
    JsonNode typeNode = root.get(PropertyNames.TYPE);
    HandleType type = typeNode != null && typeNode.isTextual()
        ? HandleType.fromWireName(typeNode.textValue()).orElse(null) : null;
    if (type == null) {
      return; // the schema reports a missing or unknown type; what else the body holds means nothing without one
    }
    if (!type.isCoveredByContract()) {
      findings.add(Rule.TYPE_NOT_COVERED, "/type", type.wireName());
      return;
    }
    boolean invite = type == HandleType.INVITE;
    unknownProperties(root, "", invite ? INVITE_NAMES : ACTIVITY_NAMES, findings);
    JsonNode sessionRef = root.get(PropertyNames.SESSION_REF);
    if (sessionRef != null && sessionRef.isObject()) {
      unknownProperties(sessionRef, "/sessionRef", SESSION_REF_NAMES, findings);
      if (!shapeConforms) {
        guid(sessionRef.get(PropertyNames.SCID), "/sessionRef/scid", findings);
      }
    }
    if (!invite) {
      return;
    }
    if (!shapeConforms) {
      guid(root.get(PropertyNames.ID), "/id", findings);
    }
    xuid(root.get(PropertyNames.INVITED_XUID), "/invitedXuid", findings);
    JsonNode attributes = root.get(PropertyNames.INVITE_ATTRIBUTES);
    if (attributes != null && attributes.isObject()) {
      unknownProperties(attributes, "/inviteAttributes", ATTRIBUTE_NAMES, findings);
      inviteAttributes(attributes, findings);
    }
  }

  static void inviteAttributes(JsonNode attributes, Findings findings) {
    titleId(attributes.get(PropertyNames.TITLE_ID), "/inviteAttributes/titleId", findings);
    JsonNode context = attributes.get(PropertyNames.CONTEXT);
    if (context != null && context.isTextual()) {
      int length = UriEncodedLength.of(context.textValue());
      if (length > MAX_CONTEXT_LENGTH) {
        findings.add(Rule.CONTEXT_TOO_LONG, "/inviteAttributes/context", length, MAX_CONTEXT_LENGTH);
      }
    }
    JsonNode contextString = attributes.get(PropertyNames.CONTEXT_STRING);
    if (contextString != null && contextString.isTextual() && !contextString.textValue().startsWith("///")) {
      findings.add(Rule.CONTEXT_STRING_PREFIX, "/inviteAttributes/contextString", contextString.textValue());
    }
  }

  static void guid(JsonNode node, String pointer, Findings findings) {
    if (node != null && node.isTextual() && !Guid.isValid(node.textValue())) {
      FieldReports.notAGuid(pointer, node.textValue(), findings);
    }
  }

  static void xuid(JsonNode node, String pointer, Findings findings) {
    if (node == null || !node.isTextual()) {
      return;
    }
    String text = node.textValue();
    if (!DecimalId.isDigits(text)) {
      FieldReports.notAXuid(pointer, text, findings);
    } else if (!Xuid.isValid(text)) {
      findings.add(Rule.XUID_RANGE, pointer, text);
    }
  }

  private static void titleId(JsonNode node, String pointer, Findings findings) {
    if (node == null) {
      return;
    }
    if (node.isTextual()) {
      String text = node.textValue();
      if (!DecimalId.isDigits(text)) {
        findings.add(Rule.TITLE_ID_FORMAT, pointer, text);
      } else if (!TitleId.isValid(text)) {
        findings.add(Rule.TITLE_ID_RANGE, pointer, text);
      }
    } else if (node.isIntegralNumber() && node.canConvertToLong()
        && node.longValue() >= 0 && node.longValue() <= TitleId.MAX) {
      findings.add(Rule.TITLE_ID_NUMBER, pointer, node.longValue());
    }
  }

  private static void unknownProperties(JsonNode object, String pointer, Suggestions.Candidates candidates,
      Findings findings) {
    Set<String> known = candidates.set();
    if (object.size() <= known.size() && allKnown(object, candidates)) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
      String name = fields.next().getKey();
      if (!known.contains(name)) {
        String suggestion = Suggestions.closest(name, candidates);
        String at = JsonPointers.child(pointer, name);
        if (suggestion == null) {
          findings.add(Rule.PROPERTY_UNKNOWN, at, name);
        } else {
          findings.addKeyed(Rule.PROPERTY_UNKNOWN, at, "property.unknown.suggestion", name, suggestion);
        }
      }
    }
  }

  private static boolean allKnown(JsonNode object, Suggestions.Candidates known) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      if (!known.isKnown(names.next())) {
        return false;
      }
    }
    return true;
  }
}
