package io.handlekit.core;

import java.util.Optional;

/** The values of a handle's {@code type}, as they appear on the wire (case-sensitive). */
public enum HandleType {
  /** Sets the caller's current activity; covered by this contract. */
  ACTIVITY("activity", true),
  /** Invites one user to a session; covered by this contract. */
  INVITE("invite", true),
  /** Posted by real clients to move players between sessions; outside this contract. */
  TRANSFER("transfer", false),
  /** Posted by real clients to publish a searchable session; outside this contract. */
  SEARCH("search", false);

  private final String wireName;
  private final boolean covered;

  HandleType(String wireName, boolean covered) {
    this.wireName = wireName;
    this.covered = covered;
  }

  /** The value of {@code type} on the wire. */
  public String wireName() {
    return wireName;
  }

  /** Whether the POST /handles contract that handlekit checks covers this type. */
  public boolean isCoveredByContract() {
    return covered;
  }

  /** The type whose wire name is exactly {@code wireName}. */
  public static Optional<HandleType> fromWireName(String wireName) {
    for (HandleType type : values()) {
      if (type.wireName.equals(wireName)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
