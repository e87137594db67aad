package io.handlekit.cli;

import io.handlekit.validator.Profile;
import io.handlekit.validator.Rule;
import java.io.PrintWriter;

/** The table that {@code handlekit lint --list-rules} prints: id, severity per profile, what the rule checks. */
final class RuleList {
  private RuleList() {}

  static void print(PrintWriter out) {
    int width = "RULE".length();
    for (Rule rule : Rule.values()) {
      width = Math.max(width, rule.id().length());
    }
    String row = "%-" + width + "s  %-7s  %-7s  %s%n";
    out.printf(row, "RULE", "STRICT", "LENIENT", "CHECKS");
    for (Rule rule : Rule.values()) {
      out.printf(row, rule.id(), rule.severityIn(Profile.STRICT).label(), rule.severityIn(Profile.LENIENT).label(),
          rule.description());
    }
    out.flush();
  }
}
