package io.handlekit.validator.internal;

import com.fasterxml.jackson.core.JsonStreamContext;
import io.handlekit.validator.Location;
import io.handlekit.validator.Rule;
import java.nio.charset.StandardCharsets;
import java.util.function.IntUnaryOperator;

/**
 * A property name holding an unpaired surrogate escape ({@code "\ud800"}): Jackson stops at it, though it allows the
 * same escape in a value. The name is legal JSON that no UTF-8 text can carry, so it is reported as the
 * lone-surrogate rule says, at the member's pointer and at the name's opening quote. Read again from the raw text,
 * since the parser gives up inside the name.
 */
final class LoneSurrogateName {
  private LoneSurrogateName() {}

  /**
   * Reports the name around {@code failure} in {@code bytes} (or, when they are {@code null}, in {@code text});
   * {@code false} when the text there is not a name that can be read again (then it is malformed after all).
   */
  static boolean report(JsonStreamContext object, int line, long failure, byte[] bytes, String text, int start,
      Findings findings) {
    int length = bytes != null ? bytes.length : text.length();
    // Quotes and backslashes are ASCII, and no byte of a multi-byte UTF-8 sequence is ASCII: bytes scan like chars.
    IntUnaryOperator at = bytes != null ? i -> bytes[i] : text::charAt;
    int open = openingQuote(at, start, (int) Math.min(failure, length));
    int close = open < 0 ? -1 : closingQuote(at, open + 1, length);
    if (close < 0) {
      return false;
    }
    String raw = bytes != null ? new String(bytes, open + 1, close - open - 1, StandardCharsets.UTF_8)
        : text.substring(open + 1, close);
    String name = unescape(raw);
    if (name == null) {
      return false;
    }
    JsonStreamContext parent = object.getParent();
    String objectPointer = parent == null ? "" : parent.pathAsPointer().toString();
    int column = bytes != null ? Columns.column(bytes, start, open) : Columns.column(text, start, open);
    findings.add(Rule.STRING_LONE_SURROGATE, JsonPointers.child(objectPointer, name),
        new Location(line, column, bytes != null ? open : Columns.byteOffset(text, open)), Rule.STRING_LONE_SURROGATE.id());
    return true;
  }

  // The last quote before 'to' that no backslash escapes and that follows '{' or ',': the one that opens the name.
  private static int openingQuote(IntUnaryOperator at, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (at.applyAsInt(i) == '"' && !escaped(at, from, i) && opensMember(at, from, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean opensMember(IntUnaryOperator at, int from, int quote) {
    int i = quote - 1;
    while (i >= from && (at.applyAsInt(i) == ' ' || at.applyAsInt(i) == '\t' || at.applyAsInt(i) == '\n'
        || at.applyAsInt(i) == '\r')) {
      i--;
    }
    return i >= from && (at.applyAsInt(i) == '{' || at.applyAsInt(i) == ',');
  }

  private static int closingQuote(IntUnaryOperator at, int from, int to) {
    for (int i = from; i < to; i++) {
      if (at.applyAsInt(i) == '"' && !escaped(at, from, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean escaped(IntUnaryOperator at, int from, int quote) {
    int backslashes = 0;
    while (quote - 1 - backslashes >= from && at.applyAsInt(quote - 1 - backslashes) == '\\') {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /** The JSON string body {@code raw} with its escapes decoded, unpaired surrogates kept; {@code null} if malformed. */
  private static String unescape(String raw) {
    StringBuilder into = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\\') {
        into.append(c);
        continue;
      }
      if (++i >= raw.length()) {
        return null;
      }
      switch (raw.charAt(i)) {
        case '"', '\\', '/' -> into.append(raw.charAt(i));
        case 'b' -> into.append('\b');
        case 'f' -> into.append('\f');
        case 'n' -> into.append('\n');
        case 'r' -> into.append('\r');
        case 't' -> into.append('\t');
        case 'u' -> {
          if (i + 4 >= raw.length()) {
            return null;
          }
          int code = 0;
          for (int k = 1; k <= 4; k++) {
            int digit = Character.digit(raw.charAt(i + k), 16);
            if (digit < 0) {
              return null;
            }
            code = code * 16 + digit;
          }
          into.append((char) code);
          i += 4;
        }
        default -> {
          return null;
        }
      }
    }
    return into.toString();
  }
}
