package io.handlekit.conformance.internal.report;

import io.handlekit.conformance.CheckResult;
import io.handlekit.conformance.ConformanceResult;
import io.handlekit.conformance.Failure;
import io.handlekit.conformance.Header;
import io.handlekit.conformance.Level;
import io.handlekit.conformance.Outcome;
import io.handlekit.conformance.Verdict;
import io.handlekit.core.text.TerminalText;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The console summary: the verdict and why, the counts, the warnings, then only what did not pass (each
 * failure with its shrunk request and how to replay it, each error with its stack trace). The per-check progress
 * lines are the log's job, not repeated here. Every control character a target could send is escaped.
 *
 * <p>Internal: public only because {@code Reports} writes through it; not API.
 */
public final class TextReport {
  private TextReport() {}

  /** The summary; {@code exitCode}, when present, is named beside the verdict ("Verdict: conforms (exit code 0)"). */
  public static String of(ConformanceResult result, OptionalInt exitCode) {
    return TerminalText.escape(raw(result, exitCode));
  }

  static String exitCodeNote(OptionalInt exitCode) {
    return exitCode.isPresent() ? " (exit code " + exitCode.getAsInt() + ")" : "";
  }

  private static String raw(ConformanceResult result, OptionalInt exitCode) {
    StringBuilder out = new StringBuilder();
    Verdict verdict = result.verdict();
    out.append("handlekit conformance: ").append(result.target()).append('\n');
    if (verdict == Verdict.UNREACHABLE) {
      out.append("Verdict: unreachable").append(exitCodeNote(exitCode)).append(": ").append(result.unreachable().orElse("")).append('\n');
      out.append("No check ran. Is the service running, is the base URL right, is its certificate trusted?\n");
      return out.toString();
    }
    out.append("Verdict: ").append(verdict.label()).append(exitCodeNote(exitCode));
    result.inconclusiveReason().ifPresent(r -> out.append(": ").append(r));
    out.append('\n');
    long mustPassed = result.checks().stream().filter(c -> c.passed() && c.level() == Level.MUST)
        .count();
    long must = result.checks().stream().filter(c -> c.level() == Level.MUST).count();
    out.append(String.format(Locale.ROOT,
        "%d checks: %d passed, %d failed (%d MUST), %d skipped, %d error; MUST checks passed: %d of %d%n",
        result.checks().size(), result.count(Outcome.PASSED), result.count(Outcome.FAILED), result.mustFailures().size(),
        result.count(Outcome.SKIPPED), result.count(Outcome.ERROR), mustPassed, must));
    out.append(String.format(Locale.ROOT, "%d requests in %s; seed %d, tries %d%n", result.requests(),
        HumanDuration.of(result.duration()), result.seed(), result.tries()));
    for (String warning : result.warnings()) {
      out.append("WARNING: ").append(warning).append('\n');
    }
    List<String> passed = result.checks().stream().filter(CheckResult::passed).map(CheckResult::id).toList();
    if (!passed.isEmpty()) {
      out.append(wrap("Passed: " + String.join(", ", passed), 110));
    }
    List<CheckResult> notPassed = result.checks().stream().filter(c -> !c.passed()
        && !(c.level() == Level.INFO && c.outcome() == Outcome.SKIPPED)).toList();
    if (!notPassed.isEmpty()) {
      out.append("\nNot passed:\n");
      for (CheckResult check : notPassed) {
        out.append("  ").append(ConsoleLine.mark(check.outcome())).append(' ').append(check.level()).append(' ')
            .append(check.id()).append(": ").append(check.failure().map(Failure::message)
                .orElse(check.notes().isEmpty() ? "" : check.notes().get(0))).append('\n');
      }
    }
    for (CheckResult check : result.failures()) {
      Failure f = check.failure().orElseThrow();
      out.append('\n').append("FAILED ").append(check.level()).append(' ').append(check.id()).append(": ")
          .append(f.message()).append('\n');
      out.append("  request:  ").append(f.request().method()).append(' ').append(f.request().url()).append('\n');
      for (Header h : f.request().headers()) {
        out.append("            ").append(h).append('\n');
      }
      if (!f.request().bodyNote().isEmpty()) {
        out.append("            (body: ").append(f.request().bodyNote()).append(")\n");
      }
      if (!f.request().body().isEmpty()) {
        out.append("            ").append(excerpt(f.request().body())).append('\n');
      }
      out.append("  response: ").append(f.response().summary()).append('\n');
      if (!f.response().body().isEmpty()) {
        out.append("            ").append(excerpt(f.response().body())).append('\n');
      }
      out.append("  curl:     ").append(excerpt(f.request().curl())).append('\n');
      out.append("  replay:   --seed ").append(f.seed()).append(" --tries ").append(result.tries()).append(" --only ")
          .append(check.id()).append('\n');
    }
    for (CheckResult check : result.checks()) {
      if (check.outcome() == Outcome.ERROR) {
        out.append('\n').append("ERROR ").append(check.level()).append(' ').append(check.id())
            .append(": the suite failed internally; nothing about the target follows from this check. Please report it.\n");
        check.stackTrace().ifPresent(t -> out.append(indent(t)));
      }
    }
    if (verdict == Verdict.CONFORMS && result.count(Outcome.FAILED) > 0) {
      out.append("\nOnly SHOULD checks failed: the target conforms.\n");
    }
    return out.toString();
  }

  /** {@code text} broken at ", " into lines of at most about {@code width} characters, continuations indented. */
  private static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    int lineStart = 0;
    for (String part : text.split("(?<=, )")) {
      if (out.length() - lineStart + part.length() > width && out.length() > lineStart) {
        out.append('\n');
        lineStart = out.length();
        out.append("  ");
      }
      out.append(part);
    }
    return out.toString().replaceAll(" +\n", "\n") + "\n";
  }

  private static String indent(String text) {
    StringBuilder out = new StringBuilder();
    text.lines().forEach(l -> out.append("    ").append(l).append('\n'));
    return out.toString();
  }

  static String excerpt(String text) {
    return text.length() <= 2000 ? text : text.substring(0, 2000) + "... (" + text.length() + " characters)";
  }
}
