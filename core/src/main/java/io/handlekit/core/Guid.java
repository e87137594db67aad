package io.handlekit.core;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A GUID as the contract writes it: 8-4-4-4-12 hexadecimal digits, no braces, hex in either case.
 * It prints in lower case; two GUIDs that differ only in letter case are equal.
 */
public record Guid(UUID uuid) {

  public Guid {
    Objects.requireNonNull(uuid, "uuid");
  }

  /**
   * Parses the contract's GUID form.
   *
   * @throws IllegalArgumentException when {@code text} is not 8-4-4-4-12 hex digits
   */
  public static Guid parse(String text) {
    if (!isValid(text)) {
      throw new IllegalArgumentException("not a GUID (8-4-4-4-12 hex digits): \"" + text + "\"");
    }
    return new Guid(UUID.fromString(text));
  }

  /** Whether {@code text} is a GUID in the contract's form; {@link UUID#fromString} alone is more lenient. */
  public static boolean isValid(String text) {
    if (text == null || text.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : !isHexDigit(c)) {
        return false;
      }
    }
    return true;
  }

  // ASCII only: Character.digit would also take full-width and other scripts' digits.
  private static boolean isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** A new random GUID. */
  public static Guid random() {
    return new Guid(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return uuid.toString().toLowerCase(Locale.ROOT);
  }
}
