package io.handlekit.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Turns the text of a JSON number into a tree node without ever failing or taking more than linear time, whatever
 * its magnitude: {@code 1e2147483648} or a number of a million digits is legal JSON, and {@code BigDecimal} can
 * neither hold the first nor parse the second in linear time.
 *
 * <p>A number is kept exact when it has at most {@value #EXACT_DIGITS} significant digits and an exponent within
 * &plusmn;{@value #EXACT_EXPONENT}. Any other number is beyond every bound of this contract (version 1, ids up to
 * 2^64) and is replaced by a stand-in that answers every question the rules ask exactly as the number would: its
 * sign, whether it is zero, whether it is an integer, and how it compares with any integer of up to 30 digits.
 * The stand-in gives the number's own text as {@code asText()}, so messages show what the body held.
 */
final class JsonNumbers {
  static final int EXACT_DIGITS = 50;
  static final int EXACT_EXPONENT = 1000;
  // Stand-ins keep this many leading digits; enough to order them against any bound of up to 30 digits.
  private static final int KEPT_DIGITS = 40;
  private static final int SHORT_TEXT = 100;
  private static final long LIMIT = 100_000_000_000_000_000L;
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private JsonNumbers() {}

  /** The node of a number token: integral tokens become integral nodes, others decimal nodes, as Jackson reads them. */
  static JsonNode node(String text, boolean integral) {
    Normal normal = Normal.of(text);
    if (text.length() <= SHORT_TEXT && Math.abs(normal.writtenExponent()) <= EXACT_EXPONENT) {
      // The common case: short text, so BigDecimal parses it at once and keeps its scale (1.0 stays 1.0).
      return integral ? new BigIntegerNode(new BigInteger(text)) : new DecimalNode(new BigDecimal(text));
    }
    BigDecimal value = normal.value();
    return integral ? new Integral(value.toBigIntegerExact(), text) : new Decimal(value, text);
  }

  /**
   * A number as sign, significant digits (no leading or trailing zeros) and exponent: its value is
   * {@code 0.digits × 10^exponent}. Exponents are longs that saturate, so no text overflows them.
   */
  private record Normal(boolean negative, String digits, long exponent, long writtenExponent) {
    static Normal of(String text) {
      int i = 0;
      boolean negative = text.charAt(0) == '-';
      if (negative) {
        i++;
      }
      StringBuilder digits = new StringBuilder();
      long pointShift = 0; // significant digits before the decimal point, or minus the zeros after it
      boolean afterPoint = false;
      for (; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '.') {
          afterPoint = true;
        } else if (c == 'e' || c == 'E') {
          break;
        } else if (digits.length() == 0 && c == '0') {
          if (afterPoint) {
            pointShift--;
          }
        } else {
          digits.append(c);
          if (!afterPoint) {
            pointShift++;
          }
        }
      }
      long written = i < text.length() ? parseExponent(text, i + 1) : 0;
      int end = digits.length();
      while (end > 0 && digits.charAt(end - 1) == '0') {
        end--;
      }
      digits.setLength(end);
      return new Normal(negative, digits.toString(), end == 0 ? 0 : pointShift + written, written);
    }

    // Saturates instead of overflowing: an exponent past ±10^17 means the same to every rule.
    private static long parseExponent(String text, int from) {
      boolean negative = text.charAt(from) == '-';
      int i = text.charAt(from) == '-' || text.charAt(from) == '+' ? from + 1 : from;
      long value = 0;
      for (; i < text.length(); i++) {
        value = Math.min(value * 10 + (text.charAt(i) - '0'), LIMIT);
      }
      return negative ? -value : value;
    }

    /** The exact value when it is small enough to hold, else the stand-in described above. */
    BigDecimal value() {
      BigDecimal value;
      if (digits.isEmpty()) {
        return BigDecimal.ZERO;
      } else if (digits.length() <= EXACT_DIGITS && Math.abs(exponent) <= EXACT_EXPONENT) {
        value = new BigDecimal(new BigInteger(digits), (int) (digits.length() - exponent));
      } else if (exponent > 30) {
        // Above every bound: leading digits scaled to an integer of at least 10^30, plus one half when the
        // number has a fractional part (more significant digits than integer digits).
        int kept = Math.min(digits.length(), 30);
        long scaleUp = Math.min(exponent, EXACT_EXPONENT) - kept;
        value = new BigDecimal(new BigInteger(digits.substring(0, kept)), (int) -scaleUp);
        if (digits.length() > exponent) {
          value = value.add(HALF);
        }
      } else if (exponent < -EXACT_EXPONENT) {
        value = BigDecimal.ONE.scaleByPowerOfTen(-EXACT_EXPONENT - 1); // nonzero, below every bound, not an integer
      } else {
        // Many digits and below 10^30, so not an integer: its first digits and a nonzero digit after them keep
        // its order against every integer (no integer lies between the two).
        int kept = Math.min(digits.length(), KEPT_DIGITS);
        value = new BigDecimal(new BigInteger(digits.substring(0, kept) + "1"), (int) (kept + 1 - exponent));
      }
      return negative ? value.negate() : value;
    }
  }

  /** A stand-in for a non-integral number too large or too long to hold exactly; gives the original text. */
  static final class Decimal extends DecimalNode {
    private static final long serialVersionUID = 1L;
    private final String text;

    Decimal(BigDecimal standIn, String text) {
      super(standIn);
      this.text = text;
    }

    @Override
    public String asText() {
      return text;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Decimal that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
      return text.hashCode();
    }
  }

  /** A stand-in for an integer too large to hold exactly; gives the original text. */
  static final class Integral extends BigIntegerNode {
    private static final long serialVersionUID = 1L;
    private final String text;

    Integral(BigInteger standIn, String text) {
      super(standIn);
      this.text = text;
    }

    @Override
    public String asText() {
      return text;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Integral that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
      return text.hashCode();
    }
  }
}
