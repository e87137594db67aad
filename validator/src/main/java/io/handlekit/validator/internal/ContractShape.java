package io.handlekit.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.core.ContractLimits;
import io.handlekit.core.DecimalId;
import io.handlekit.core.Guid;
import io.handlekit.core.HandleRequest;
import io.handlekit.core.HandleType;
import io.handlekit.core.PropertyNames;
import java.math.BigDecimal;

/**
 * The fast path: decides, directly on the Jackson tree, whether a request body satisfies every constraint of
 * {@code handle-request.json}. It never reports; when it says no, the schema validator (everit) runs to say why.
 * So it may be stricter than the schema, never more lenient: a property test holds it to everit on generated
 * bodies, valid and invalid.
 */
final class ContractShape {
  private static final long MAX_TITLE_ID = ContractLimits.MAX_TITLE_ID;

  private static final int MAX_NAME = ContractLimits.MAX_NAME_LENGTH;

  private ContractShape() {}

  static boolean isRequest(JsonNode root) {
    return isRequest(root, true);
  }

  /**
   * Whether {@code root} satisfies every constraint of the schema but, perhaps, the grammar of its ids: the GUIDs
   * {@code scid} and {@code id}, the decimal {@code invitedXuid} and a {@code titleId} given as a string. Those the
   * semantic rules check strictly and report exactly as the schema rules would, so a body that passes this needs no
   * schema validator to say what is wrong with it (XSAPI's {@code "MockScid"}, the most common error, among them).
   */
  static boolean isRequestButIdGrammar(JsonNode root) {
    return isRequest(root, false);
  }

  private static boolean isRequest(JsonNode root, boolean idGrammar) {
    if (!root.isObject()) {
      return false;
    }
    JsonNode type = root.get(PropertyNames.TYPE);
    if (type == null || !type.isTextual()) {
      return false;
    }
    String typeName = type.textValue();
    if (HandleType.ACTIVITY.wireName().equals(typeName)) {
      return isVersion(root.get(PropertyNames.VERSION))
          && isSessionRef(root.get(PropertyNames.SESSION_REF), false, idGrammar);
    }
    if (HandleType.INVITE.wireName().equals(typeName)) {
      return isVersion(root.get(PropertyNames.VERSION))
          && isSessionRef(root.get(PropertyNames.SESSION_REF), true, idGrammar)
          && isDigits(root.get(PropertyNames.INVITED_XUID), idGrammar)
          && isInviteAttributes(root.get(PropertyNames.INVITE_ATTRIBUTES), idGrammar)
          && isAbsentOrGuid(root.get(PropertyNames.ID), idGrammar);
    }
    return false;
  }

  static boolean isVersion(JsonNode version) {
    if (version == null || !version.isNumber()) {
      return false;
    }
    if (version.isInt() || version.isLong()) {
      return version.longValue() == HandleRequest.VERSION;
    }
    // JSON Schema's "integer" is any number with a zero fractional part: 1.0 is the integer 1.
    BigDecimal value = decimal(version);
    return value != null && value.compareTo(BigDecimal.valueOf(HandleRequest.VERSION)) == 0;
  }

  /** The exact value of a number node; {@code null} for NaN and the infinities, which a tree handed over may hold. */
  static BigDecimal decimal(JsonNode number) {
    if ((number.isDouble() || number.isFloat()) && !Double.isFinite(number.doubleValue())) {
      return null;
    }
    return number.decimalValue();
  }

  private static boolean isIntegral(BigDecimal value) {
    try {
      return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    } catch (ArithmeticException scaleOverflow) {
      return value.scale() < 0; // stripping zeros pushed a scale already at the int limit further: a huge integer
    }
  }

  private static boolean isSessionRef(JsonNode ref, boolean nameRequired, boolean idGrammar) {
    if (ref == null || !ref.isObject()) {
      return false;
    }
    JsonNode scid = ref.get(PropertyNames.SCID);
    JsonNode name = ref.get(PropertyNames.NAME);
    return scid != null && scid.isTextual() && (!idGrammar || Guid.isValid(scid.textValue()))
        && isName(ref.get(PropertyNames.TEMPLATE_NAME))
        && (name == null ? !nameRequired : isName(name));
  }

  private static boolean isName(JsonNode name) {
    if (name == null || !name.isTextual()) {
      return false;
    }
    String text = name.textValue();
    // UTF-16 length bounds the code point count from above and from below (by half), so most names skip the count.
    return !text.isEmpty() && (text.length() <= MAX_NAME || text.codePointCount(0, text.length()) <= MAX_NAME);
  }

  private static boolean isDigits(JsonNode node, boolean idGrammar) {
    return node != null && node.isTextual() && (!idGrammar || DecimalId.isDigits(node.textValue()));
  }

  private static boolean isAbsentOrGuid(JsonNode id, boolean idGrammar) {
    return id == null || (id.isTextual() && (!idGrammar || Guid.isValid(id.textValue())));
  }

  private static boolean isInviteAttributes(JsonNode attributes, boolean idGrammar) {
    if (attributes == null || !attributes.isObject()) {
      return false;
    }
    return isTitleId(attributes.get(PropertyNames.TITLE_ID), idGrammar)
        && isAbsentOrString(attributes.get(PropertyNames.CONTEXT))
        && isAbsentOrString(attributes.get(PropertyNames.CONTEXT_STRING))
        && isAbsentOrString(attributes.get(PropertyNames.SENDER_STRING));
  }

  private static boolean isTitleId(JsonNode titleId, boolean idGrammar) {
    if (titleId == null) {
      return false;
    }
    if (titleId.isTextual()) {
      return isDigits(titleId, idGrammar);
    }
    if (titleId.isInt() || titleId.isLong()) {
      return titleId.longValue() >= 0 && titleId.longValue() <= MAX_TITLE_ID;
    }
    if (titleId.isNumber()) {
      BigDecimal value = decimal(titleId);
      return value != null && value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(MAX_TITLE_ID)) <= 0
          && isIntegral(value);
    }
    return false;
  }

  private static boolean isAbsentOrString(JsonNode node) {
    return node == null || node.isTextual();
  }
}
