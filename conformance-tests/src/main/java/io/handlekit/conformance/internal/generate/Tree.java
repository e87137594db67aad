package io.handlekit.conformance.internal.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.handlekit.core.HandleType;
import io.handlekit.core.PropertyNames;

/** A generated request body as a tree, before its members are ordered and written. */
record Tree(String type, ObjectNode root) {
  Tree copy() {
    return new Tree(type, root.deepCopy());
  }

  boolean isInvite() {
    return HandleType.INVITE.wireName().equals(type);
  }

  ObjectNode sessionRef() {
    return (ObjectNode) root.get(PropertyNames.SESSION_REF);
  }

  ObjectNode inviteAttributes() {
    return (ObjectNode) root.get(PropertyNames.INVITE_ATTRIBUTES);
  }
}
