package io.handlekit.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a request rate, {@code 20} or {@code 20/s}, in requests per second; 0 means no limit. */
final class RateConverter implements ITypeConverter<Double> {
  @Override
  public Double convert(String value) {
    String text = value.strip();
    if (text.endsWith("/s")) {
      text = text.substring(0, text.length() - 2).strip();
    }
    try {
      double rate = Double.parseDouble(text);
      if (rate >= 0 && !Double.isInfinite(rate)) {
        return rate;
      }
    } catch (NumberFormatException e) {
      // the message below says what is expected
    }
    throw new TypeConversionException("expected requests per second, such as 20 or 20/s, but was '" + value + "'");
  }
}
