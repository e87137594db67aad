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

  /** What the fast path makes of a body's shape. */
  enum Shape {
    /** Every constraint of the schema holds. */
    CONFORMS,
    /**
     * Every constraint holds but the grammar of some id: the GUIDs {@code scid} and {@code id}, the decimal
     * {@code invitedXuid}, a {@code titleId} given as a string. Those the semantic rules check strictly and report
     * exactly as the schema rules would, so such a body needs no schema validator to say what is wrong with it
     * (XSAPI's {@code "MockScid"}, the most common error, among them).
     */
    IDS_BROKEN,
    /** Some other constraint fails: the schema validator says which. */
    BROKEN
  }

  /** The ids' grammar as one pass finds it: each id is checked, and a broken one noted, without ending the pass. */
  private static final class Ids {
    boolean hold = true;

    /** Notes whether an id's grammar holds; the shape around it holds either way. */
    boolean check(boolean grammarHolds) {
      hold &= grammarHolds;
      return true;
    }
  }

  /** The shape of {@code root}, in one pass. */
  static Shape shapeOf(JsonNode root) {
    Ids ids = new Ids();
    if (!isRequest(root, ids)) {
      return Shape.BROKEN;
    }
    return ids.hold ? Shape.CONFORMS : Shape.IDS_BROKEN;
  }

  static boolean isRequest(JsonNode root) {
    return shapeOf(root) == Shape.CONFORMS;
  }

  private static boolean isRequest(JsonNode root, Ids ids) {
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
          && isSessionRef(root.get(PropertyNames.SESSION_REF), false, ids);
    }
    if (HandleType.INVITE.wireName().equals(typeName)) {
      return isVersion(root.get(PropertyNames.VERSION))
          && isSessionRef(root.get(PropertyNames.SESSION_REF), true, ids)
          && isDigits(root.get(PropertyNames.INVITED_XUID), ids)
          && isInviteAttributes(root.get(PropertyNames.INVITE_ATTRIBUTES), ids)
          && isAbsentOrGuid(root.get(PropertyNames.ID), ids);
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

  private static boolean isSessionRef(JsonNode ref, boolean nameRequired, Ids ids) {
    if (ref == null || !ref.isObject()) {
      return false;
    }
    JsonNode scid = ref.get(PropertyNames.SCID);
    JsonNode name = ref.get(PropertyNames.NAME);
    return scid != null && scid.isTextual() && ids.check(Guid.isValid(scid.textValue()))
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

  private static boolean isDigits(JsonNode node, Ids ids) {
    return node != null && node.isTextual() && ids.check(DecimalId.isDigits(node.textValue()));
  }

  private static boolean isAbsentOrGuid(JsonNode id, Ids ids) {
    return id == null || (id.isTextual() && ids.check(Guid.isValid(id.textValue())));
  }

  private static boolean isInviteAttributes(JsonNode attributes, Ids ids) {
    if (attributes == null || !attributes.isObject()) {
      return false;
    }
    return isTitleId(attributes.get(PropertyNames.TITLE_ID), ids)
        && isAbsentOrString(attributes.get(PropertyNames.CONTEXT))
        && isAbsentOrString(attributes.get(PropertyNames.CONTEXT_STRING))
        && isAbsentOrString(attributes.get(PropertyNames.SENDER_STRING));
  }

  private static boolean isTitleId(JsonNode titleId, Ids ids) {
    if (titleId == null) {
      return false;
    }
    if (titleId.isTextual()) {
      return isDigits(titleId, ids);
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
