package io.handlekit.cli;

import io.handlekit.validator.Rule;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a rule by its stable id ({@code context.too-long}), as reports print it. */
final class RuleConverter implements ITypeConverter<Rule> {
  @Override
  public Rule convert(String value) {
    return Rule.byId(value).orElseThrow(() -> new TypeConversionException(
        "no rule has the id '" + value + "' (handlekit lint --list-rules lists them)"));
  }
}
