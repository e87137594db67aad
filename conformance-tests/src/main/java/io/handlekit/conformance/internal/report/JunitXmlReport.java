package io.handlekit.conformance.internal.report;

import io.handlekit.conformance.CheckResult;
import io.handlekit.conformance.ConformanceResult;
import io.handlekit.conformance.Failure;
import io.handlekit.conformance.Level;
import io.handlekit.conformance.Outcome;
import java.util.Locale;

/**
 * JUnit XML (the surefire dialect CI servers read): one testcase per check.
 *
 * <p>Internal: public only because {@code Reports} writes through it; not API.
 */
public final class JunitXmlReport {
  private JunitXmlReport() {}

  public static String of(ConformanceResult result) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    // A skipped MUST check makes the run inconclusive: reported as a failure of its testcase so CI cannot show green.
    long mustIncomplete = result.checks().stream().filter(c -> c.outcome() == Outcome.SKIPPED && c.level() == Level.MUST)
        .count();
    long failures = result.count(Outcome.FAILED) + mustIncomplete + (result.unreachable().isPresent() ? 1 : 0);
    long skipped = result.count(Outcome.SKIPPED) - mustIncomplete;
    out.append("<testsuite name=\"handlekit-conformance\" tests=\"").append(Math.max(result.checks().size(), 1))
        .append("\" failures=\"").append(failures).append("\" errors=\"").append(result.count(Outcome.ERROR))
        .append("\" skipped=\"").append(skipped)
        .append("\" time=\"").append(seconds(result.duration().toMillis())).append("\" timestamp=\"")
        .append(result.startedAt()).append("\">\n");
    out.append("  <properties>\n");
    property(out, "target", result.target());
    property(out, "seed", Long.toString(result.seed()));
    property(out, "tries", Integer.toString(result.tries()));
    property(out, "verdict", result.verdict().label());
    result.inconclusiveReason().ifPresent(r -> property(out, "inconclusiveReason", r));
    for (int i = 0; i < result.warnings().size(); i++) {
      property(out, "warning." + (i + 1), result.warnings().get(i));
    }
    out.append("  </properties>\n");
    if (result.unreachable().isPresent()) {
      out.append("  <testcase classname=\"handlekit.conformance\" name=\"target-reachable\" time=\"0\">\n")
          .append("    <failure message=\"").append(Xml.escape(result.unreachable().get())).append("\" type=\"unreachable\"/>\n")
          .append("  </testcase>\n");
    }
    for (CheckResult check : result.checks()) {
      out.append("  <testcase classname=\"handlekit.conformance.").append(check.level().name().toLowerCase(Locale.ROOT))
          .append("\" name=\"").append(Xml.escape(check.id())).append("\" time=\"")
          .append(seconds(check.duration().toMillis())).append("\">\n");
      if (check.outcome() == Outcome.FAILED) {
        Failure f = check.failure().orElseThrow();
        out.append("    <failure message=\"").append(Xml.escape(f.message())).append("\" type=\"").append(check.level())
            .append("\">").append(Xml.escape(detail(check, f, result))).append("</failure>\n");
      } else if (check.outcome() == Outcome.ERROR) {
        out.append("    <error message=\"").append(Xml.escape(check.notes().isEmpty() ? "the suite failed" : check.notes().get(0)))
            .append("\" type=\"suite-error\">").append(Xml.escape(check.stackTrace().orElse(""))).append("</error>\n");
      } else if (check.outcome() == Outcome.SKIPPED && check.level() == Level.MUST) {
        out.append("    <failure message=\"").append(Xml.escape("inconclusive: " + (check.notes().isEmpty() ? "skipped"
            : check.notes().get(0)))).append("\" type=\"inconclusive\"/>\n");
      } else if (check.outcome() == Outcome.SKIPPED) {
        out.append("    <skipped message=\"").append(Xml.escape(check.notes().isEmpty() ? "skipped" : check.notes().get(0)))
            .append("\"/>\n");
      }
      if (!check.notes().isEmpty()) {
        out.append("    <system-out>").append(Xml.escape(String.join("\n", check.notes()))).append("</system-out>\n");
      }
      out.append("  </testcase>\n");
    }
    return out.append("</testsuite>\n").toString();
  }

  private static String detail(CheckResult check, Failure f, ConformanceResult result) {
    return check.title() + "\nrequest: " + f.request().method() + " " + f.request().url() + "\n"
        + TextReport.excerpt(f.request().body()) + "\nresponse: " + f.response().summary() + "\n"
        + TextReport.excerpt(f.response().body()) + "\ncurl: " + TextReport.excerpt(f.request().curl())
        + "\nreplay: --seed " + f.seed() + " --tries " + result.tries() + " --only " + check.id();
  }

  private static void property(StringBuilder out, String name, String value) {
    out.append("    <property name=\"").append(name).append("\" value=\"").append(Xml.escape(value)).append("\"/>\n");
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }
}
