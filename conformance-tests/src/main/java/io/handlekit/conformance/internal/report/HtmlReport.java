package io.handlekit.conformance.internal.report;

import static io.handlekit.conformance.internal.report.Xml.escape;

import io.handlekit.conformance.CheckResult;
import io.handlekit.conformance.ConformanceResult;
import io.handlekit.conformance.Failure;
import io.handlekit.conformance.Header;
import io.handlekit.conformance.Outcome;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * One self-contained HTML page (inline CSS, no scripts, no external assets) a person can read.
 *
 * <p>Internal: public only because {@code Reports} writes through it; not API.
 */
public final class HtmlReport {
  private static final String CSS = """
      body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d1d1f}
      h1{font-size:1.5rem;margin-bottom:.25rem} .meta{color:#555;margin-top:0}
      .bar{display:flex;height:1.5rem;border-radius:.4rem;overflow:hidden;margin:1rem 0;background:#eee}
      .bar span{display:block;height:100%} .pass{background:#2e7d32} .fail{background:#c62828} .skip{background:#9e9e9e}
      .counts span{margin-right:1.5rem} table{border-collapse:collapse;width:100%;font-size:.9rem}
      th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
      th{background:#f5f5f5} td.num{text-align:right;font-variant-numeric:tabular-nums}
      .PASSED{color:#2e7d32;font-weight:600} .ERROR{color:#6a1b9a;font-weight:600} .error{background:#6a1b9a}
      .verdict{font-size:1.1rem;padding:.5rem 1rem;border-radius:.3rem;background:#f5f5f5} .FAILED{color:#c62828;font-weight:600} .SKIPPED{color:#757575;font-weight:600}
      .failure{border:1px solid #e0b4b4;border-left:.4rem solid #c62828;border-radius:.3rem;padding:.5rem 1rem;margin:1rem 0}
      pre{background:#f7f7f9;padding:.6rem;overflow-x:auto;white-space:pre-wrap;word-break:break-all;font-size:.8rem}
      .unreachable{background:#fdecea;padding:1rem;border-radius:.3rem}
      """;

  private HtmlReport() {}

  /** The page; {@code exitCode}, when present, is named beside the verdict. */
  public static String of(ConformanceResult result, OptionalInt exitCode) {
    StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.append("<title>handlekit conformance: ").append(escape(result.target())).append("</title><style>").append(CSS)
        .append("</style></head><body>\n<h1>POST /handles conformance</h1>\n");
    out.append("<p class=\"meta\">").append(escape(result.target())).append(" &#183; ").append(result.startedAt())
        .append(" &#183; ").append(ConsoleLine.millis(result.duration())).append(" &#183; ").append(result.requests())
        .append(" requests &#183; seed ").append(result.seed()).append(" &#183; tries ").append(result.tries()).append("</p>\n");
    if (result.unreachable().isPresent()) {
      out.append("<p class=\"unreachable\"><strong>Verdict: unreachable</strong>").append(TextReport.exitCodeNote(exitCode)).append(": ").append(escape(result.unreachable().get()))
          .append(". No check ran.</p>\n</body></html>\n");
      return out.toString();
    }
    long passed = result.count(Outcome.PASSED);
    long failed = result.count(Outcome.FAILED);
    long skipped = result.count(Outcome.SKIPPED);
    long errors = result.count(Outcome.ERROR);
    long total = Math.max(1, passed + failed + skipped + errors);
    out.append("<p class=\"verdict\"><strong>Verdict: ").append(escape(result.verdict().label())).append("</strong>")
        .append(TextReport.exitCodeNote(exitCode));
    result.inconclusiveReason().ifPresent(r -> out.append(": ").append(escape(r)));
    out.append("</p>\n");
    for (String warning : result.warnings()) {
      out.append("<p class=\"unreachable\"><strong>Warning:</strong> ").append(escape(warning)).append("</p>\n");
    }
    out.append("<div class=\"bar\" role=\"img\" aria-label=\"").append(passed).append(" passed, ").append(failed)
        .append(" failed, ").append(skipped).append(" skipped\">");
    segment(out, "pass", passed, total);
    segment(out, "fail", failed, total);
    segment(out, "skip", skipped, total);
    segment(out, "error", errors, total);
    out.append("</div>\n<p class=\"counts\"><span class=\"PASSED\">").append(passed).append(" passed</span><span class=\"FAILED\">")
        .append(failed).append(" failed (").append(result.mustFailures().size()).append(" MUST)</span><span class=\"SKIPPED\">")
        .append(skipped).append(" skipped</span><span class=\"ERROR\">").append(errors).append(" error</span></p>\n");
    out.append("<table><thead><tr><th>Check</th><th>Level</th><th>Result</th><th>Tries</th><th>Requests</th><th>Time</th>"
        + "<th>What it asserts</th></tr></thead><tbody>\n");
    for (CheckResult c : result.checks()) {
      out.append("<tr><td>").append(c.failed() || c.outcome() == Outcome.ERROR ? "<a href=\"#" + anchor(c.id()) + "\">" + escape(c.id()) + "</a>" : escape(c.id()))
          .append("</td><td>").append(c.level()).append("</td><td class=\"").append(c.outcome()).append("\">")
          .append(c.outcome()).append("</td><td class=\"num\">").append(c.tries()).append("</td><td class=\"num\">")
          .append(c.requests()).append("</td><td class=\"num\">").append(ConsoleLine.millis(c.duration())).append("</td><td>")
          .append(escape(c.title()));
      for (String note : c.notes()) {
        out.append("<br><small>").append(escape(note)).append("</small>");
      }
      out.append("</td></tr>\n");
    }
    out.append("</tbody></table>\n");
    for (CheckResult c : result.failures()) {
      Failure f = c.failure().orElseThrow();
      out.append("<section class=\"failure\" id=\"").append(anchor(c.id())).append("\"><h2>").append(c.level()).append(' ')
          .append(escape(c.id())).append("</h2>\n<p>").append(escape(f.message())).append("</p>\n");
      out.append("<h3>Smallest failing request</h3><pre>").append(escape(f.request().method() + " " + f.request().url()));
      for (Header h : f.request().headers()) {
        out.append('\n').append(escape(h.toString()));
      }
      if (!f.request().bodyNote().isEmpty()) {
        out.append("\n\n(").append(escape(f.request().bodyNote())).append(')');
      }
      if (!f.request().body().isEmpty()) {
        out.append("\n\n").append(escape(f.request().body()));
      }
      out.append("</pre>\n<h3>As a curl command</h3><pre>").append(escape(TextReport.excerpt(f.request().curl()))).append("</pre>\n");
      out.append("<h3>Response seen</h3><pre>").append(escape(f.response().summary()));
      for (Header h : f.response().headers()) {
        out.append('\n').append(escape(h.toString()));
      }
      if (!f.response().body().isEmpty()) {
        out.append("\n\n").append(escape(TextReport.excerpt(f.response().body())));
      }
      out.append("</pre>\n<p>Replay: <code>--seed ").append(f.seed()).append(" --tries ").append(result.tries())
          .append(" --only ").append(escape(c.id())).append("</code></p></section>\n");
    }
    for (CheckResult c : result.checks()) {
      if (c.outcome() == Outcome.ERROR) {
        out.append("<section class=\"failure\" id=\"").append(anchor(c.id())).append("\"><h2>ERROR ").append(c.level())
            .append(' ').append(escape(c.id())).append("</h2>\n<p>The suite failed internally; nothing about the target "
                + "follows from this check. Please report it.</p>\n<pre>").append(escape(c.stackTrace().orElse("")))
            .append("</pre></section>\n");
      }
    }
    return out.append("</body></html>\n").toString();
  }

  private static void segment(StringBuilder out, String css, long count, long total) {
    if (count > 0) {
      out.append("<span class=\"").append(css).append("\" style=\"width:")
          .append(String.format(Locale.ROOT, "%.2f", 100.0 * count / total)).append("%\"></span>");
    }
  }

  private static String anchor(String id) {
    return "check-" + id.replaceAll("[^A-Za-z0-9-]", "-");
  }
}
