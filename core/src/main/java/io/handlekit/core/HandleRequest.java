package io.handlekit.core;

/**
 * The body of a POST /handles request covered by the contract (handle format version 1).
 * The type on the wire follows from the record: {@link ActivityHandleRequest} or {@link InviteHandleRequest}.
 */
public sealed interface HandleRequest permits ActivityHandleRequest, InviteHandleRequest {
  /** The handle format version that every body carries. */
  int VERSION = 1;

  /** The {@code type} this body is sent with. */
  HandleType type();

  /** The session the handle points at. */
  SessionReference sessionRef();

  /** Top-level properties that the contract does not name. */
  UnknownProperties unknownProperties();
}
