package io.handlekit.lint.internal;

import io.handlekit.core.text.TerminalText;
import java.io.IOException;
import java.io.Writer;

/**
 * Compiler-style lines, {@code path:line:col: severity [rule.id] message}, which editors and CI logs turn into
 * links, then one summary line. Valid files print nothing. Messages quote keys and values of the body, which may
 * come from anyone (a journal of a server's traffic): control characters are escaped, so no body can drive the
 * terminal.
 */
public final class TextReporter implements Reporter {
  private final Writer out;
  private final boolean ndjson;
  private final StringBuilder line = new StringBuilder(256);

  public TextReporter(Writer out, boolean ndjson) {
    this.out = out;
    this.ndjson = ndjson;
  }

  @Override
  public void startFile(LintInput input) {}

  @Override
  public void finding(LintInput input, Finding finding) throws IOException {
    line.setLength(0);
    line.append(input.displayName());
    if (finding.hasLine()) {
      line.append(':').append(finding.line());
      if (finding.hasColumn()) {
        line.append(':').append(finding.column());
      }
    }
    line.append(": ").append(finding.violation().severity().label())
        .append(" [").append(finding.violation().ruleId()).append("] ")
        .append(finding.messageWithPointer());
    out.append(TerminalText.oneLine(line.toString())).append('\n');
  }

  @Override
  public void endFile(LintInput input, boolean valid) {}

  @Override
  public void finish(LintRun.Outcome outcome) throws IOException {
    Summary summary = outcome.summary();
    StringBuilder text = new StringBuilder();
    text.append(count(summary.files(), "file"));
    if (ndjson) {
      text.append(", ").append(count(summary.bodies(), "body", "bodies")).append(" checked: ")
          .append(summary.bodies() - summary.invalidBodies()).append(" valid, ")
          .append(summary.invalidBodies()).append(" invalid");
    } else {
      text.append(" checked: ").append(summary.validFiles()).append(" valid, ")
          .append(summary.invalidFiles()).append(" invalid");
    }
    text.append("; ").append(count(summary.errors(), "error")).append(", ")
        .append(count(summary.warnings(), "warning")).append(", ")
        .append(count(summary.infos(), "info"));
    if (summary.skippedEntries() > 0) {
      text.append("; ").append(count(summary.skippedEntries(), "journal entry", "journal entries"))
          .append(" skipped (not POST /handles)");
    }
    text.append('\n');
    out.append(text);
    out.flush();
  }

  private static String count(long n, String singular) {
    return count(n, singular, singular + "s");
  }

  private static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
