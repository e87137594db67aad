package io.handlekit.core;

/**
 * The classes of characters whose URI-encoded width differs: {@code inviteAttributes.context} is limited in its
 * URI-encoded length ({@link ContractLimits}), so these are the classes to build a context of an exact encoded length
 * from, or to count one with.
 */
public enum ContextCharacters {
  /** {@code A-Z a-z 0-9 - . _ ~}: 1 each. */
  UNRESERVED(1, "a"),
  /** A space: 3 ({@code %20}); form encoding counts it 1, which is the bug this class catches. */
  SPACE(3, " "),
  /** A 2-byte UTF-8 character such as {@code é}: 6. */
  TWO_BYTE(6, "é"),
  /** A 3-byte UTF-8 character such as {@code 한}: 9. */
  THREE_BYTE(9, "한"),
  /** A 4-byte UTF-8 character such as {@code 😀}: 12. */
  FOUR_BYTE(12, "😀");

  private final int encodedWidth;
  private final String sample;

  ContextCharacters(int encodedWidth, String sample) {
    this.encodedWidth = encodedWidth;
    this.sample = sample;
  }

  /** The URI-encoded length of one character of this class. */
  public int encodedWidth() {
    return encodedWidth;
  }

  /** A typical character of this class. */
  public String sample() {
    return sample;
  }
}
