package io.handlekit.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an enum constant by its lower-case name ({@code strict}, {@code warning}, {@code sarif}), ignoring case. */
final class LabelConverter<E extends Enum<E>> implements ITypeConverter<E> {
  private final Class<E> type;

  LabelConverter(Class<E> type) {
    this.type = type;
  }

  @Override
  public E convert(String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    throw new TypeConversionException("expected one of " + labels() + " but was '" + value + "'");
  }

  private String labels() {
    return Arrays.stream(type.getEnumConstants())
        .map(constant -> constant.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}
