package io.handlekit.conformance.internal;

import io.handlekit.conformance.CheckResult;
import io.handlekit.conformance.ConformanceResult;
import io.handlekit.conformance.Failure;
import io.handlekit.conformance.Header;
import io.handlekit.conformance.Level;
import io.handlekit.conformance.Outcome;

/** The console summary: a line per check, then each failure with its shrunk request and how to replay it. */
public final class TextReport {
  private TextReport() {}

  public static String of(ConformanceResult result) {
    StringBuilder out = new StringBuilder();
    out.append("handlekit conformance: ").append(result.target()).append('\n');
    if (result.unreachable().isPresent()) {
      out.append("UNREACHABLE: ").append(result.unreachable().get()).append('\n');
      out.append("No check ran. Is the service running, and is the base URL right?\n");
      return out.toString();
    }
    for (CheckResult check : result.checks()) {
      out.append(ConsoleLine.of(check)).append('\n');
    }
    out.append('\n').append(String.format(java.util.Locale.ROOT,
        "%d passed, %d failed (%d MUST), %d skipped; %d requests in %s; seed %d, tries %d%n",
        result.count(Outcome.PASSED), result.count(Outcome.FAILED), result.mustFailures().size(),
        result.count(Outcome.SKIPPED), result.requests(), ConsoleLine.millis(result.duration()), result.seed(), result.tries()));
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
        out.append("            ").append(f.request().body()).append('\n');
      }
      out.append("  response: ").append(f.response().summary()).append('\n');
      if (!f.response().body().isEmpty()) {
        out.append("            ").append(excerpt(f.response().body())).append('\n');
      }
      out.append("  curl:     ").append(excerpt(f.request().curl())).append('\n');
      out.append("  replay:   --seed ").append(f.seed()).append(" --tries ").append(result.tries()).append(" --only ")
          .append(check.id()).append('\n');
    }
    if (result.mustFailures().isEmpty() && result.count(Outcome.FAILED) > 0) {
      out.append("\nOnly ").append(Level.SHOULD).append(" checks failed: the target conforms.\n");
    }
    return out.toString();
  }

  static String excerpt(String text) {
    return text.length() <= 2000 ? text : text.substring(0, 2000) + "... (" + text.length() + " characters)";
  }
}
