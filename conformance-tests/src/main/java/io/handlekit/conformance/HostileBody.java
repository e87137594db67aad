package io.handlekit.conformance;

import java.io.InputStream;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A body too large or too deep to hold as one array: its bytes are produced as they are sent.
 *
 * @param name what the body is, for reports
 * @param ruleId the rule it breaks ({@code input.too-large}, {@code json.too-deep}, ...)
 * @param length its exact length in bytes
 * @param content opens a fresh stream of its bytes on each call
 * @param shell a POSIX shell pipeline that prints the same bytes, for the {@code curl} commands of reports
 */
public record HostileBody(String name, String ruleId, long length, Supplier<InputStream> content, String shell) {
  public HostileBody {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(shell, "shell");
    if (length < 0) {
      throw new IllegalArgumentException("length must not be negative");
    }
  }

  @Override
  public String toString() {
    return name + " (" + length + " bytes)";
  }
}
