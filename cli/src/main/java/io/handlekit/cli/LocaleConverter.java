package io.handlekit.cli;

import io.handlekit.validator.HandlesValidator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads the language of messages: only the languages the validator ships, so that a typo is not silently English. */
final class LocaleConverter implements ITypeConverter<Locale> {
  @Override
  public Locale convert(String value) {
    return HandlesValidator.language(value).orElseThrow(() -> new TypeConversionException(
        "expected " + HandlesValidator.languageCodes() + " but was '" + value + "'"));
  }
}
