package io.handlekit.validator;

import java.util.Objects;
import java.util.Optional;

/**
 * One way in which an input breaks a rule.
 *
 * @param rule the rule broken; {@link Rule#id()} is stable across releases
 * @param severity the severity in force for the validator that reported it
 * @param pointer the JSON Pointer (RFC 6901) of the offending value, {@code ""} for the root, a missing property at the
 *     object that lacks it; empty when the input is not JSON at all
 * @param location the line and column in the input text, when the input was text
 * @param message a human message in the validator's locale
 */
public record Violation(Rule rule, Severity severity, Optional<String> pointer, Optional<Location> location, String message) {

  public Violation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  /** The rule's stable id, e.g. {@code context.too-long}. */
  public String ruleId() {
    return rule.id();
  }

  /** A copy of this violation placed at {@code location}. */
  public Violation at(Location location) {
    return new Violation(rule, severity, pointer, Optional.of(location), message);
  }

  @Override
  public String toString() {
    return severity.label() + " [" + rule.id() + "] " + pointer.map(p -> "\"" + p + "\" ").orElse("") + message;
  }
}
