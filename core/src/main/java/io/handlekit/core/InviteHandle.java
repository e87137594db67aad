package io.handlekit.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The invite handle that answers an {@link InviteHandleRequest} (type {@code invite}, version 1).
 * The expiration keeps the 100-nanosecond precision that MPSD prints (7 fractional digits).
 */
public record InviteHandle(
    Guid id,
    SessionReference sessionRef,
    Xuid invitedXuid,
    Optional<Xuid> senderXuid,
    InviteAttributes inviteAttributes,
    Optional<Instant> expiration,
    UnknownProperties unknownProperties) {

  public InviteHandle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sessionRef, PropertyNames.SESSION_REF);
    Objects.requireNonNull(invitedXuid, PropertyNames.INVITED_XUID);
    Objects.requireNonNull(senderXuid, PropertyNames.SENDER_XUID);
    Objects.requireNonNull(inviteAttributes, PropertyNames.INVITE_ATTRIBUTES);
    Objects.requireNonNull(unknownProperties, "unknownProperties");
    Objects.requireNonNull(expiration, "expiration");
    expiration = expiration.map(InviteHandle::toTicks);
  }

  /** The handle MPSD would create for {@code request}: a fresh id, the request's session, user and attributes. */
  public static InviteHandle answering(InviteHandleRequest request, Xuid sender, Instant expiration) {
    return new InviteHandle(Guid.random(), request.sessionRef(), request.invitedXuid(), Optional.of(sender),
        request.inviteAttributes(), Optional.of(expiration), UnknownProperties.none());
  }

  private static Instant toTicks(Instant instant) {
    return instant.minusNanos(instant.getNano() % 100);
  }
}
