package io.handlekit.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.handlekit.core.HandleType;
import io.handlekit.core.PropertyNames;

/**
 * A generated request body as a tree, before its members are ordered and written.
 *
 * @param type the body's {@code type}, {@code activity} or {@code invite}
 * @param root the body; a generator hands out a tree of its own, which the receiver may change
 */
public record Tree(String type, ObjectNode root) {
  /** A deep copy, to change without touching this one. */
  public Tree copy() {
    return new Tree(type, root.deepCopy());
  }

  public boolean isInvite() {
    return HandleType.INVITE.wireName().equals(type);
  }

  /** The body's {@code sessionRef} object (every generated tree has one). */
  public ObjectNode sessionRef() {
    return (ObjectNode) root.get(PropertyNames.SESSION_REF);
  }

  /** The body's {@code inviteAttributes} object (an invite's only). */
  public ObjectNode inviteAttributes() {
    return (ObjectNode) root.get(PropertyNames.INVITE_ATTRIBUTES);
  }
}
