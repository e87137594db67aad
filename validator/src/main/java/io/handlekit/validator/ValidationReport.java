package io.handlekit.validator;

import java.util.List;
import java.util.Objects;

/** What a validation found: the violations, in input order. An input is valid when none is an {@link Severity#ERROR}. */
public record ValidationReport(List<Violation> violations) {
  private static final ValidationReport VALID = new ValidationReport(List.of());

  public ValidationReport {
    violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
  }

  /** A report without violations. */
  public static ValidationReport valid() {
    return VALID;
  }

  /** True when no violation is an error. */
  public boolean isValid() {
    for (Violation violation : violations) {
      if (violation.severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /** The violations of error severity. */
  public List<Violation> errors() {
    return violations.stream().filter(v -> v.severity() == Severity.ERROR).toList();
  }

  /** Whether some violation breaks {@code rule}. */
  public boolean has(Rule rule) {
    return violations.stream().anyMatch(v -> v.rule() == rule);
  }

  /** This report's violations followed by {@code other}'s. */
  public ValidationReport and(ValidationReport other) {
    if (other.violations.isEmpty()) {
      return this;
    }
    if (violations.isEmpty()) {
      return other;
    }
    return new ValidationReport(java.util.stream.Stream.concat(violations.stream(), other.violations.stream()).toList());
  }
}
