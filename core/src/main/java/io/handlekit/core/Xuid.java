package io.handlekit.core;

/**
 * An Xbox user id: an unsigned 64-bit integer other than 0, written as a decimal string.
 * {@link #value()} holds the bits; {@link #toString()} prints them unsigned.
 */
public record Xuid(long value) {

  public Xuid {
    if (value == 0) {
      throw new IllegalArgumentException("a XUID is never 0");
    }
  }

  /**
   * Parses a decimal XUID, 1 to 18446744073709551615.
   *
   * @throws IllegalArgumentException when {@code text} is not decimal digits or out of that range
   */
  public static Xuid parse(String text) {
    return new Xuid(DecimalId.parse(text, ContractLimits.MIN_XUID, ContractLimits.MAX_XUID, "XUID"));
  }

  /** Whether {@link #parse} accepts {@code text}. */
  public static boolean isValid(String text) {
    return DecimalId.isInRange(text, ContractLimits.MIN_XUID, ContractLimits.MAX_XUID);
  }

  @Override
  public String toString() {
    return Long.toUnsignedString(value);
  }
}
