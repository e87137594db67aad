package io.handlekit.conformance.internal.report;

import io.handlekit.conformance.CheckResult;
import io.handlekit.conformance.Level;
import io.handlekit.conformance.Outcome;
import io.handlekit.core.text.TerminalText;
import java.time.Duration;
import java.util.Locale;

/**
 * The one-line form of a check's result, for progress logs; control characters escaped.
 *
 * <p>Internal: public only because the runner logs its lines; not API.
 */
public final class ConsoleLine {
  private ConsoleLine() {}

  public static String of(CheckResult r) {
    return TerminalText.oneLine(String.format(Locale.ROOT, "%s  %-6s %-30s %5d tries %6d req %8s%s", mark(r.outcome()),
        r.level(), r.id(), r.tries(), r.requests(), millis(r.duration()), "  " + detail(r)).stripTrailing());
  }

  static String mark(Outcome outcome) {
    return switch (outcome) {
      case PASSED -> "PASS ";
      case FAILED -> "FAIL ";
      case SKIPPED -> "SKIP ";
      case ERROR -> "ERROR";
    };
  }

  // A failure's message; for an incomplete or INFO check, what was observed; nothing for a plain pass.
  private static String detail(CheckResult r) {
    if (r.failure().isPresent()) {
      return r.failure().get().message();
    }
    boolean worthSaying = r.incomplete() || r.level() == Level.INFO;
    return worthSaying && !r.notes().isEmpty() ? r.notes().get(0) : "";
  }

  static String millis(Duration d) {
    return HumanDuration.of(d);
  }
}
