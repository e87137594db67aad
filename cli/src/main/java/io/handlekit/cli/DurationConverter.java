package io.handlekit.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a duration as people write it on a command line ({@code 500ms}, {@code 10s}, {@code 1.5s}, {@code 2m}) or in ISO 8601 ({@code PT10S}). */
final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)");

  @Override
  public Duration convert(String value) {
    String text = value.strip().toLowerCase(Locale.ROOT);
    Matcher matcher = SIMPLE.matcher(text);
    if (matcher.matches()) {
      BigDecimal amount = new BigDecimal(matcher.group(1));
      long millisPerUnit = switch (matcher.group(2)) {
        case "ms" -> 1;
        case "s" -> 1_000;
        case "m" -> 60_000;
        default -> 3_600_000;
      };
      return Duration.ofMillis(amount.multiply(BigDecimal.valueOf(millisPerUnit)).longValue());
    }
    if (text.startsWith("pt") || text.startsWith("p")) {
      try {
        return Duration.parse(value.strip());
      } catch (DateTimeParseException e) {
        // falls through to the message below
      }
    }
    throw new TypeConversionException("expected a duration such as 500ms, 10s, 1.5s, 2m or PT10S but was '" + value + "'");
  }
}
