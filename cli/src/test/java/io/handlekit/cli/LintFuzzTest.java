package io.handlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code lint --ndjson} on fuzzed logs, in-process, as the jar runs it. Property: nothing escapes (no throwable, no
 * stack trace), the report is one whole document that counts every line of the log (as a body, or as a skipped
 * journal entry), and the exit code is what
 * the findings say: 2 when an input could not be checked, else 1 with an error, else 0.
 *
 * <p>A plain build runs the committed seeds ({@code LintFuzzTestInputs/lintNdjsonLog}), issue 10's hostile bodies
 * among them; the module README says how to fuzz for real.
 */
class LintFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void lintNdjsonLog(byte[] log) {
    // The length chooses one job or two, and the format, so that both paths and both documents are fuzzed.
    String jobs = log.length % 2 == 0 ? "1" : "2";
    boolean sarif = log.length / 2 % 2 == 1;

    Cli.Result result = Cli.runWithInput(log, "lint", "--ndjson", "--jobs", jobs, "--format", sarif ? "sarif" : "json", "-");

    ExitCodeTest.assertNoStackTrace(result);
    JsonNode report = JsonReports.parse(result.out());
    long errors = 0;
    boolean internalError = false;
    if (sarif) {
      for (JsonNode one : report.at("/runs/0/results")) {
        errors += one.path("level").asText().equals("error") ? 1 : 0;
        internalError |= one.path("ruleId").asText().equals("internal.error");
      }
    } else {
      JsonNode files = report.path("files");
      assertEquals(1, files.size(), result::toString);
      for (JsonNode violation : files.get(0).path("violations")) {
        errors += violation.path("severity").asText().equals("error") ? 1 : 0;
        internalError |= violation.path("rule").asText().equals("internal.error");
        assertTrue(violation.path("line").asLong() >= 1, result::toString);
      }
      JsonNode summary = report.path("summary");
      // A journal entry that is not a POST /handles is skipped, not a body: together they are every line.
      assertEquals(bodies(log), summary.path("bodies").asLong() + summary.path("skippedEntries").asLong(),
          result::toString);
      assertEquals(errors, summary.path("errors").asLong(), result::toString);
      assertEquals(errors > 0, !files.get(0).path("valid").asBoolean(), result::toString);
    }
    int expected = internalError ? UsageErrorHandler.USAGE : errors > 0 ? ExitCodes.LINT_INVALID : ExitCodes.LINT_VALID;
    assertEquals(expected, result.exitCode(), result::toString);
    assertEquals(internalError, !result.err().isEmpty(), result::toString);
    assertFalse(result.err().lines().count() > 1, result::toString);
  }

  /**
   * The bodies of a log, counted apart from the code under test: lines not blank (spaces and tabs only), a CR that
   * ends a line dropped — also at the end of the log, where a CRLF was cut after its CR.
   */
  static long bodies(byte[] log) {
    long bodies = 0;
    int start = 0;
    for (int i = 0; i <= log.length; i++) {
      if (i == log.length || log[i] == '\n') {
        int end = i > start && log[i - 1] == '\r' ? i - 1 : i;
        boolean blank = true;
        for (int j = start; j < end; j++) {
          blank &= log[j] == ' ' || log[j] == '\t';
        }
        bodies += blank ? 0 : 1;
        start = i + 1;
      }
    }
    return bodies;
  }
}
