package io.handlekit.core;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds contract facts written as literals in Java source. It reads source, not bytecode, because javac inlines
 * constants: in a class file {@code ContractLimits.MAX_CONTEXT_LENGTH} and a bare {@code 256} are the same bytes,
 * so only the source tells a use of the fact from a copy of it.
 *
 * <p>It tokenizes just enough Java to skip comments (Javadoc included) and to tell string, text block and
 * character literals from numbers. A number literal is flagged when its value is a contract limit (in any radix,
 * with underscores or a suffix); a string literal when it is a contract property name, the contract header or
 * the media type (those two in any letter case), or when it spells a contract limit as a decimal word
 * ({@code "below 104"}).
 */
final class ContractLiteralScanner {
  /** What a flagged literal looks like in the report. */
  record Hit(int line, String literal) {
    @Override
    public String toString() {
      return line + ": " + literal;
    }
  }

  private static final Set<BigInteger> NUMBERS = Set.of(
      BigInteger.valueOf(ContractLimits.MAX_CONTEXT_LENGTH),
      BigInteger.valueOf(ContractHeaders.MIN_CONTRACT_VERSION),
      BigInteger.valueOf(ContractLimits.MAX_TITLE_ID),
      new BigInteger(Long.toUnsignedString(ContractLimits.MAX_XUID)));

  // The names no other vocabulary of the project uses; "id", "type", "name", "version" are also SARIF's and the
  // reports' words, so a literal of those says nothing about where the contract lives.
  private static final Set<String> NAMES = Set.of(PropertyNames.SESSION_REF, PropertyNames.SCID,
      PropertyNames.TEMPLATE_NAME, PropertyNames.INVITED_XUID, PropertyNames.INVITE_ATTRIBUTES, PropertyNames.TITLE_ID,
      PropertyNames.CONTEXT_STRING, PropertyNames.SENDER_STRING, PropertyNames.SENDER_XUID);

  private static final Set<String> ANY_CASE = Set.of(ContractHeaders.CONTRACT_VERSION.toLowerCase(Locale.ROOT),
      ContractHeaders.JSON_MEDIA_TYPE.toLowerCase(Locale.ROOT));

  private static final Pattern DECIMAL_WORD = Pattern.compile("(?<![0-9A-Za-z_.])[0-9]+(?![0-9A-Za-z_])");

  private ContractLiteralScanner() {}

  /** The contract literals in {@code source}, in order. */
  static List<Hit> scan(String source) {
    List<Hit> hits = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? n : end; // the newline itself is counted above
      } else if (source.startsWith("/*", i)) {
        int end = until(source, i + 2, "*/");
        line += newlines(source, i, end);
        i = end;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = closing(source, i + 3, "\"\"\"");
        check(source.substring(i + 3, end - 3), source.substring(i, end), line, hits);
        line += newlines(source, i, end);
        i = end;
      } else if (c == '"') {
        int end = closing(source, i + 1, "\"");
        check(unescape(source.substring(i + 1, end - 1)), source.substring(i, end), line, hits);
        i = end;
      } else if (c == '\'') {
        i = closing(source, i + 1, "'");
      } else if (Character.isDigit(c) && (i == 0 || !Character.isJavaIdentifierPart(source.charAt(i - 1)))) {
        int end = i;
        while (end < n && (Character.isLetterOrDigit(source.charAt(end)) || source.charAt(end) == '_'
            || source.charAt(end) == '.')) {
          end++;
        }
        String literal = source.substring(i, end);
        BigInteger value = integerValue(literal);
        if (value != null && NUMBERS.contains(value)) {
          hits.add(new Hit(line, literal));
        }
        i = end;
      } else if (Character.isJavaIdentifierStart(c)) {
        while (i < n && Character.isJavaIdentifierPart(source.charAt(i))) {
          i++;
        }
      } else {
        i++;
      }
    }
    return hits;
  }

  private static void check(String content, String literal, int line, List<Hit> hits) {
    if (NAMES.contains(content) || ANY_CASE.contains(content.strip().toLowerCase(Locale.ROOT))) {
      hits.add(new Hit(line, literal));
      return;
    }
    Matcher word = DECIMAL_WORD.matcher(content);
    while (word.find()) {
      if (NUMBERS.contains(new BigInteger(word.group()))) {
        hits.add(new Hit(line, literal));
        return;
      }
    }
  }

  /** The value of an integer literal ({@code 0xFFFF_FFFFL}, {@code 0400}, {@code 256}), or null for a decimal. */
  static BigInteger integerValue(String literal) {
    String digits = literal.replace("_", "");
    if (digits.endsWith("L") || digits.endsWith("l")) {
      digits = digits.substring(0, digits.length() - 1);
    }
    String lower = digits.toLowerCase(Locale.ROOT);
    try {
      if (lower.startsWith("0x")) {
        return lower.contains(".") || lower.contains("p") ? null : new BigInteger(lower.substring(2), 16);
      }
      if (lower.startsWith("0b")) {
        return new BigInteger(lower.substring(2), 2);
      }
      if (!lower.chars().allMatch(Character::isDigit)) {
        return null; // a floating-point literal: no contract limit is one
      }
      return lower.length() > 1 && lower.startsWith("0") ? new BigInteger(lower.substring(1), 8) : new BigInteger(lower);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int until(String source, int from, String end) {
    int at = source.indexOf(end, from);
    return at < 0 ? source.length() : at + end.length();
  }

  // The index just after the literal's closing quote(s), stepping over escapes.
  private static int closing(String source, int from, String quote) {
    int i = from;
    while (i < source.length()) {
      if (source.charAt(i) == '\\') {
        i += 2;
      } else if (source.startsWith(quote, i)) {
        return i + quote.length();
      } else {
        i++;
      }
    }
    return source.length();
  }

  private static int newlines(String source, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (source.charAt(i) == '\n') {
        count++;
      }
    }
    return count;
  }

  // The simple escapes (\n, \t, \", \\): enough to compare a literal's text with a name.
  private static String unescape(String body) {
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length()) {
        char next = body.charAt(++i);
        out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
