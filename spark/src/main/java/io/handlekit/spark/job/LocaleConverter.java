package io.handlekit.spark.job;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads the language of messages: only the languages the validator ships, so that a typo is not silently English. */
final class LocaleConverter implements ITypeConverter<Locale> {
  @Override
  public Locale convert(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "en" -> Locale.ENGLISH;
      case "ko" -> Locale.KOREAN;
      default -> throw new TypeConversionException("expected en or ko but was '" + value + "'");
    };
  }
}
