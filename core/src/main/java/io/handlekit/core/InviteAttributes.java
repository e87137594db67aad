package io.handlekit.core;

import java.util.Objects;
import java.util.Optional;

/** What an invited user is shown: the title, and optionally a context token, a custom string id and a sender name. */
public record InviteAttributes(
    TitleId titleId,
    Optional<String> context,
    Optional<String> contextString,
    Optional<String> senderString,
    UnknownProperties unknownProperties) {

  public InviteAttributes {
    Objects.requireNonNull(titleId, PropertyNames.TITLE_ID);
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(contextString, PropertyNames.CONTEXT_STRING);
    Objects.requireNonNull(senderString, PropertyNames.SENDER_STRING);
    Objects.requireNonNull(unknownProperties, "unknownProperties");
  }

  /** Attributes that name only the title. */
  public static InviteAttributes of(TitleId titleId) {
    return new InviteAttributes(titleId, Optional.empty(), Optional.empty(), Optional.empty(), UnknownProperties.none());
  }

  public InviteAttributes withContext(String context) {
    return new InviteAttributes(titleId, Optional.of(context), contextString, senderString, unknownProperties);
  }

  public InviteAttributes withContextString(String contextString) {
    return new InviteAttributes(titleId, context, Optional.of(contextString), senderString, unknownProperties);
  }

  public InviteAttributes withSenderString(String senderString) {
    return new InviteAttributes(titleId, context, contextString, Optional.of(senderString), unknownProperties);
  }
}
