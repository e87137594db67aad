package io.handlekit.conformance;

import java.util.Objects;

/** One HTTP header line as recorded in a result; values of secret headers are already {@code ***}. */
public record Header(String name, String value) {
  public Header {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return name + ": " + value;
  }
}
