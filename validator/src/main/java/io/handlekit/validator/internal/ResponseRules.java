package io.handlekit.validator.internal;

import io.handlekit.core.DecimalId;
import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.core.PropertyNames;
import io.handlekit.core.TitleId;
import io.handlekit.core.Xuid;
import io.handlekit.validator.Rule;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the schema cannot say about an invite handle: the id ranges, and that the handle echoes the request that
 * created it (its session, the invited user and the title).
 */
final class ResponseRules {
  private ResponseRules() {}

  static void check(JsonNode handle, JsonNode request, Findings findings) {
    SemanticRules.guid(handle.get(PropertyNames.ID), "/id", findings);
    SemanticRules.xuid(handle.get(PropertyNames.INVITED_XUID), "/invitedXuid", findings);
    SemanticRules.xuid(handle.get(PropertyNames.SENDER_XUID), "/senderXuid", findings);
    JsonNode sessionRef = handle.get(PropertyNames.SESSION_REF);
    if (sessionRef != null && sessionRef.isObject()) {
      SemanticRules.guid(sessionRef.get(PropertyNames.SCID), "/sessionRef/scid", findings);
    }
    JsonNode attributes = handle.get(PropertyNames.INVITE_ATTRIBUTES);
    if (attributes != null && attributes.isObject()) {
      JsonNode titleId = attributes.get(PropertyNames.TITLE_ID);
      if (titleId != null && titleId.isTextual() && DecimalId.isDigits(titleId.textValue())
          && !TitleId.isValid(titleId.textValue())) {
        findings.add(Rule.TITLE_ID_RANGE, "/inviteAttributes/titleId", titleId.textValue());
      }
    }
    if (request != null && request.isObject()) {
      echoes(handle, request, findings);
    }
  }

  private static void echoes(JsonNode handle, JsonNode request, Findings findings) {
    JsonNode sent = request.get(PropertyNames.SESSION_REF);
    JsonNode echoed = handle.get(PropertyNames.SESSION_REF);
    if (sent != null && sent.isObject() && echoed != null && echoed.isObject() && !sameSession(sent, echoed)) {
      findings.add(Rule.RESPONSE_ECHO_SESSION_REF, "/sessionRef", describe(sent), describe(echoed));
    }
    JsonNode sentXuid = request.get(PropertyNames.INVITED_XUID);
    JsonNode echoedXuid = handle.get(PropertyNames.INVITED_XUID);
    if (sentXuid != null && echoedXuid != null && echoedXuid.isTextual() && !sameId(sentXuid, echoedXuid, Xuid::isValid, Xuid::parse)) {
      findings.add(Rule.RESPONSE_ECHO_INVITED_XUID, "/invitedXuid", sentXuid.asText(), echoedXuid.asText());
    }
    JsonNode sentTitle = request.path(PropertyNames.INVITE_ATTRIBUTES).get(PropertyNames.TITLE_ID);
    JsonNode echoedTitle = handle.path(PropertyNames.INVITE_ATTRIBUTES).get(PropertyNames.TITLE_ID);
    if (sentTitle != null && echoedTitle != null && !sameId(sentTitle, echoedTitle, TitleId::isValid, TitleId::parse)) {
      findings.add(Rule.RESPONSE_ECHO_TITLE_ID, "/inviteAttributes/titleId", sentTitle.asText(), echoedTitle.asText());
    }
  }

  private static boolean sameSession(JsonNode sent, JsonNode echoed) {
    return sent.path(PropertyNames.SCID).asText().toLowerCase(Locale.ROOT)
            .equals(echoed.path(PropertyNames.SCID).asText().toLowerCase(Locale.ROOT))
        && Objects.equals(scalar(sent.get(PropertyNames.TEMPLATE_NAME)), scalar(echoed.get(PropertyNames.TEMPLATE_NAME)))
        && (sent.get(PropertyNames.NAME) == null
            || Objects.equals(scalar(sent.get(PropertyNames.NAME)), scalar(echoed.get(PropertyNames.NAME))));
  }

  // What a name compares by: its text, or only its kind when it is no string (a container may be deep: no recursion).
  private static String scalar(JsonNode node) {
    if (node == null) {
      return null;
    }
    return node.isTextual() ? "\"" + node.textValue() : node.getNodeType() + (node.isContainerNode() ? "" : node.asText());
  }

  private static String describe(JsonNode ref) {
    return ref.path(PropertyNames.SCID).asText() + "/" + ref.path(PropertyNames.TEMPLATE_NAME).asText() + "/"
        + ref.path(PropertyNames.NAME).asText();
  }

  // Ids compare by value ("0042" is 42, a JSON number 42 is "42"); text that is no id compares as text.
  private static boolean sameId(JsonNode sent, JsonNode echoed, Predicate<String> valid, Function<String, ?> parse) {
    String a = sent.asText();
    String b = echoed.asText();
    return valid.test(a) && valid.test(b) ? parse.apply(a).equals(parse.apply(b)) : a.equals(b);
  }
}
