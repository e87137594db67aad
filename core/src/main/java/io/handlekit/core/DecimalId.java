package io.handlekit.core;

/** The decimal strings that the contract uses for numeric ids ({@link Xuid}, {@link TitleId}). */
public final class DecimalId {
  private DecimalId() {}

  /** Whether {@code text} is one or more ASCII digits (no sign, no spaces, no other scripts' digits). */
  public static boolean isDigits(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text} is ASCII digits whose value lies in {@code min..max} (compared unsigned); never throws. */
  static boolean isInRange(String text, long min, long max) {
    if (!isDigits(text)) {
      return false;
    }
    int start = 0;
    while (start < text.length() - 1 && text.charAt(start) == '0') {
      start++;
    }
    // 2^64 - 1 has 20 digits: anything longer overflows, anything shorter parses
    if (text.length() - start > 20) {
      return false;
    }
    try {
      long value = Long.parseUnsignedLong(text, start, text.length(), 10);
      return Long.compareUnsigned(value, min) >= 0 && Long.compareUnsigned(value, max) <= 0;
    } catch (NumberFormatException overflow) {
      return false;
    }
  }

  /**
   * The value of {@code text}, ASCII digits whose value lies in {@code min..max} (compared unsigned).
   *
   * @throws IllegalArgumentException naming {@code what} and the range, when it is not digits or out of range
   */
  static long parse(String text, long min, long max, String what) {
    if (!isDigits(text)) {
      throw new IllegalArgumentException("not a " + what + " (decimal digits, " + range(min, max) + "): \"" + text + "\"");
    }
    long value;
    try {
      value = Long.parseUnsignedLong(text);
    } catch (NumberFormatException tooLarge) {
      throw new IllegalArgumentException(what + " out of range (" + range(min, max) + "): \"" + text + "\"", tooLarge);
    }
    if (Long.compareUnsigned(value, min) < 0 || Long.compareUnsigned(value, max) > 0) {
      throw new IllegalArgumentException(what + " out of range (" + range(min, max) + "): \"" + text + "\"");
    }
    return value;
  }

  private static String range(long min, long max) {
    return Long.toUnsignedString(min) + " to " + Long.toUnsignedString(max);
  }
}
