package io.handlekit.conformance.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A generated request body as a tree, before its members are ordered and written. */
record Tree(String type, ObjectNode root) {
  Tree copy() {
    return new Tree(type, root.deepCopy());
  }

  boolean isInvite() {
    return "invite".equals(type);
  }

  ObjectNode sessionRef() {
    return (ObjectNode) root.get("sessionRef");
  }

  ObjectNode inviteAttributes() {
    return (ObjectNode) root.get("inviteAttributes");
  }
}
