package io.handlekit.validator.internal;

import io.handlekit.validator.Location;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import io.handlekit.validator.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The violations of one validation as they are found: gives each its configured severity and its message,
 * drops ignored rules, and keeps one violation per rule and pointer (the schema and the semantic rules may
 * both see the same fault).
 */
final class Findings {
  private final Settings settings;
  private final List<Violation> violations = new ArrayList<>(4);

  Findings(Settings settings) {
    this.settings = settings;
  }

  /** Adds a violation of {@code rule} at {@code pointer} and/or {@code location}, its message from {@code key}. */
  void add(Rule rule, String pointer, Location location, String key, Object... args) {
    Severity severity = settings.severity(rule);
    if (severity == null) {
      return;
    }
    Optional<String> at = Optional.ofNullable(pointer);
    for (Violation existing : violations) {
      if (existing.rule() == rule && pointer != null && existing.pointer().equals(at)) {
        return;
      }
    }
    violations.add(new Violation(rule, severity, at, Optional.ofNullable(location),
        settings.messages().format(key, args)));
  }

  /** Adds a violation at {@code pointer}, its message keyed by the rule's id. */
  void add(Rule rule, String pointer, Object... args) {
    add(rule, pointer, null, rule.id(), args);
  }

  /** Adds a violation at {@code pointer} with the message of {@code key}. */
  void addKeyed(Rule rule, String pointer, String key, Object... args) {
    add(rule, pointer, null, key, args);
  }

  /** Adds a violation of the text itself, at {@code location}. */
  void addAt(Rule rule, Location location, String key, Object... args) {
    add(rule, null, location, key, args);
  }

  boolean isEmpty() {
    return violations.isEmpty();
  }

  List<Violation> violations() {
    return violations;
  }
}
