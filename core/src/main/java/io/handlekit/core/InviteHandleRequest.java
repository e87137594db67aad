package io.handlekit.core;

import java.util.Objects;
import java.util.Optional;

/** Invites {@link #invitedXuid()} to {@link #sessionRef()}; MPSD answers with an {@link InviteHandle}. */
public record InviteHandleRequest(
    Optional<Guid> id,
    SessionReference sessionRef,
    Xuid invitedXuid,
    InviteAttributes inviteAttributes,
    UnknownProperties unknownProperties) implements HandleRequest {

  public InviteHandleRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sessionRef, PropertyNames.SESSION_REF);
    Objects.requireNonNull(invitedXuid, PropertyNames.INVITED_XUID);
    Objects.requireNonNull(inviteAttributes, PropertyNames.INVITE_ATTRIBUTES);
    Objects.requireNonNull(unknownProperties, "unknownProperties");
  }

  public InviteHandleRequest(SessionReference sessionRef, Xuid invitedXuid, InviteAttributes inviteAttributes) {
    this(Optional.empty(), sessionRef, invitedXuid, inviteAttributes, UnknownProperties.none());
  }

  @Override
  public HandleType type() {
    return HandleType.INVITE;
  }
}
