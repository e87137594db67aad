package io.handlekit.core;

/**
 * The length of a string once URI-encoded as the contract means it: RFC 3986 percent-encoding of its UTF-8
 * bytes, where only {@code A-Z a-z 0-9 - . _ ~} stay literal and every other byte becomes {@code %XX}
 * (what .NET's {@code Uri.EscapeDataString} produces). A space counts 3, never 1.
 */
public final class UriEncodedLength {
  /** What {@link #of} returns for a string that cannot be encoded as UTF-8 (it holds a lone surrogate). */
  public static final int UNENCODABLE = -1;

  private UriEncodedLength() {}

  /** The encoded length of {@code text}, or {@link #UNENCODABLE}. */
  public static int of(String text) {
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        length += isUnreserved(c) ? 1 : 3;
      } else if (c < 0x800) {
        length += 6;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        length += 12;
        i++;
      } else if (Character.isSurrogate(c)) {
        return UNENCODABLE;
      } else {
        length += 9;
      }
    }
    return length;
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
