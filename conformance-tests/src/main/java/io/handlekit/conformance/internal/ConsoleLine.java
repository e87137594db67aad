package io.handlekit.conformance.internal;

import io.handlekit.conformance.CheckResult;
import io.handlekit.conformance.Level;
import io.handlekit.conformance.Outcome;
import java.time.Duration;
import java.util.Locale;

/** The one-line form of a check's result, for logs and the console summary. */
public final class ConsoleLine {
  private ConsoleLine() {}

  public static String of(CheckResult r) {
    String mark = switch (r.outcome()) {
      case PASSED -> "PASS";
      case FAILED -> "FAIL";
      case SKIPPED -> "SKIP";
    };
    return String.format(Locale.ROOT, "%s  %-6s %-30s %5d tries %6d req %8s%s", mark, r.level(), r.id(), r.tries(),
        r.requests(), millis(r.duration()), "  " + detail(r)).stripTrailing();
  }

  // A failure's message; for a skipped or INFO check, what was observed; nothing for a plain pass.
  private static String detail(CheckResult r) {
    if (r.failure().isPresent()) {
      return r.failure().get().message();
    }
    boolean worthSaying = r.outcome() == Outcome.SKIPPED || r.level() == Level.INFO;
    return worthSaying && !r.notes().isEmpty() ? r.notes().get(0) : "";
  }

  public static String millis(Duration d) {
    long ms = d.toMillis();
    return ms < 10_000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}
