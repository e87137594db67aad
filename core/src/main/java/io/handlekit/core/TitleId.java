package io.handlekit.core;

/**
 * The id of a title: an unsigned 32-bit integer. It prints as a decimal string, the form the
 * Xbox Services API sends.
 */
public record TitleId(long value) {
  /** The largest title id, 2^32 - 1. */
  public static final long MAX = ContractLimits.MAX_TITLE_ID;

  public TitleId {
    if (value < 0 || value > MAX) {
      throw new IllegalArgumentException("title id out of range (0 to " + ContractLimits.MAX_TITLE_ID_TEXT + "): " + value);
    }
  }

  /**
   * Parses a decimal title id, 0 to 4294967295.
   *
   * @throws IllegalArgumentException when {@code text} is not decimal digits or out of that range
   */
  public static TitleId parse(String text) {
    return new TitleId(DecimalId.parse(text, ContractLimits.MIN_TITLE_ID, MAX, "title id"));
  }

  /** Whether {@link #parse} accepts {@code text}. */
  public static boolean isValid(String text) {
    return DecimalId.isInRange(text, ContractLimits.MIN_TITLE_ID, MAX);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
