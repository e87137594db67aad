package io.handlekit.core;

import java.util.Objects;

/** Sets the caller's current activity to {@link #sessionRef()}; MPSD answers with no body. */
public record ActivityHandleRequest(SessionReference sessionRef, UnknownProperties unknownProperties)
    implements HandleRequest {

  public ActivityHandleRequest {
    Objects.requireNonNull(sessionRef, PropertyNames.SESSION_REF);
    Objects.requireNonNull(unknownProperties, "unknownProperties");
  }

  public ActivityHandleRequest(SessionReference sessionRef) {
    this(sessionRef, UnknownProperties.none());
  }

  @Override
  public HandleType type() {
    return HandleType.ACTIVITY;
  }
}
