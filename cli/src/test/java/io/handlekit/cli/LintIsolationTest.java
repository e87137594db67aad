package io.handlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.Location;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import io.handlekit.validator.ValidationReport;
import io.handlekit.validator.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lint isolates each file and each NDJSON line: when checking one fails, that input gets an internal.error finding
 * at its place, every other input is still linted, the report is complete, and the exit code is 2.
 */
class LintIsolationTest {
  static final String VALID = ExitCodeTest.VALID_ACTIVITY;
  static final String MOCK = NdjsonTest.MOCK;
  // Bodies that make the check fail: marked by a property name the contract does not have.
  static final String THROWS = "{\"boom\":1}";
  static final String OVERFLOWS = "{\"overflow\":1}";
  static final String RUNS_OUT_OF_MEMORY = "{\"oom\":1}";
  // Bodies that make today's validator throw (issue 10): lint must survive them whatever the validator does.
  static final byte[] HUGE_EXPONENT = "{\"version\":1e2147483648}".getBytes(StandardCharsets.US_ASCII);
  static final byte[] BOM_ONLY = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir
  Path temp;

  /** The validator, failing on the marked bodies the way a bug in it would. */
  static Function<HandlesValidator, BodyCheck> failingOnMarkedBodies() {
    return validator -> body -> {
      String text = new String(body, StandardCharsets.UTF_8);
      if (text.contains("\"boom\"")) {
        throw new NumberFormatException("For input string: \"1e2147483648\"");
      }
      if (text.contains("\"overflow\"")) {
        throw new StackOverflowError();
      }
      if (text.contains("\"oom\"")) {
        throw new OutOfMemoryError("Java heap space");
      }
      return validator.validateRequest(body);
    };
  }

  static LintCommand lintFailingOnMarkedBodies(InputStream stdin) {
    return new LintCommand(stdin, failingOnMarkedBodies(), Files::newDirectoryStream);
  }

  static LintCommand lintFailingOnMarkedBodies() {
    return lintFailingOnMarkedBodies(InputStream.nullInputStream());
  }

  private List<String> files(String... bodies) throws IOException {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < bodies.length; i++) {
      Path file = temp.resolve((char) ('a' + i) + ".json");
      Files.writeString(file, bodies[i]);
      paths.add(file.toString());
    }
    return paths;
  }

  private static String[] args(List<String> options, List<String> paths) {
    List<String> all = new ArrayList<>(options);
    all.addAll(paths);
    return all.toArray(String[]::new);
  }

  @Test
  void aFileWhoseCheckFailsIsAnInternalErrorThereAndEveryOtherFileIsLinted() throws IOException {
    List<String> paths = files(VALID, THROWS, MOCK, OVERFLOWS, VALID);

    Cli.Result result = Cli.runLint(lintFailingOnMarkedBodies(), paths.toArray(String[]::new));

    assertEquals(2, result.exitCode(), result::toString);
    String out = result.out();
    assertTrue(out.contains(paths.get(1) + ": error [internal.error] ")
        && out.contains("java.lang.NumberFormatException"), result::toString);
    assertTrue(out.contains(paths.get(2) + ":"), "the file after the failure is linted:\n" + result);
    assertTrue(out.contains("[guid.format]"), result::toString);
    assertTrue(out.contains(paths.get(3) + ": error [internal.error] ")
        && out.contains("java.lang.StackOverflowError"), result::toString);
    assertTrue(out.endsWith("5 files checked: 2 valid, 3 invalid; 3 errors, 0 warnings, 0 infos\n"), result::toString);
    assertTrue(result.err().contains("2 inputs were not checked because of an internal error"), result::toString);
    ExitCodeTest.assertNoStackTrace(result);
  }

  @Test
  void theJsonReportIsOneWholeDocumentWithEveryFile() throws IOException {
    List<String> paths = files(THROWS, MOCK, OVERFLOWS);

    Cli.Result result = Cli.runLint(lintFailingOnMarkedBodies(), args(List.of("--format", "json"), paths));

    assertEquals(2, result.exitCode(), result::toString);
    JsonNode report = JsonReports.parse(result.out());
    assertEquals(3, report.path("files").size(), result::toString);
    for (int i : new int[] {0, 2}) {
      JsonNode file = report.path("files").get(i);
      assertEquals(paths.get(i), file.path("path").asText());
      JsonNode violation = file.path("violations").get(0);
      assertEquals("internal.error", violation.path("rule").asText(), result::toString);
      assertEquals("error", violation.path("severity").asText());
      assertTrue(violation.path("line").isNull() && violation.path("pointer").isNull(), result::toString);
      assertFalse(file.path("valid").asBoolean());
    }
    assertEquals("guid.format", report.at("/files/1/violations/0/rule").asText(), result::toString);
    assertEquals(3, report.at("/summary/errors").asInt());
    assertEquals(3, report.at("/summary/invalid").asInt());
  }

  @Test
  void theSarifReportIsOneWholeDocumentWithAResultAtEachFailedFile() throws IOException {
    List<String> paths = files(OVERFLOWS, VALID, THROWS);

    Cli.Result result = Cli.runLint(lintFailingOnMarkedBodies(), args(List.of("--format", "sarif"), paths));

    assertEquals(2, result.exitCode(), result::toString);
    JsonNode results = JsonReports.parse(result.out()).at("/runs/0/results");
    assertEquals(2, results.size(), result::toString);
    for (JsonNode one : results) {
      assertEquals("internal.error", one.path("ruleId").asText());
      assertEquals("error", one.path("level").asText());
      assertEquals(Rule.INTERNAL_ERROR.ordinal(), one.path("ruleIndex").asInt());
    }
    assertTrue(results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText().endsWith("a.json"));
    assertTrue(results.get(1).at("/locations/0/physicalLocation/artifactLocation/uri").asText().endsWith("c.json"));
  }

  @Test
  void anNdjsonLineWhoseCheckFailsIsAnInternalErrorAtItsLineWithOneJobOrSeveral() {
    String log = VALID + "\n" + THROWS + "\n" + MOCK + "\n\n" + OVERFLOWS + "\n" + RUNS_OUT_OF_MEMORY + "\n" + VALID + "\n";
    for (String jobs : new String[] {"1", "3"}) {
      Cli.Result result = Cli.runLint(lintFailingOnMarkedBodies(Cli.stream(log)),
          "--ndjson", "--jobs", jobs, "--format", "json", "-");

      assertEquals(2, result.exitCode(), () -> "jobs " + jobs + "\n" + result);
      assertEquals(List.of(new NdjsonTest.At(2, 0, "internal.error"),
              new NdjsonTest.At(3, MOCK.indexOf("\"MockScid\"") + 1, "guid.format"),
              new NdjsonTest.At(5, 0, "internal.error"), new NdjsonTest.At(6, 0, "internal.error")),
          NdjsonTest.findings(result), () -> "jobs " + jobs + "\n" + result);
      JsonNode summary = JsonReports.parse(result.out()).path("summary");
      assertEquals(6, summary.path("bodies").asInt(), result::toString);
      assertEquals(4, summary.path("invalidBodies").asInt(), result::toString);
      assertTrue(result.err().contains("3 inputs were not checked"), result::toString);
    }
  }

  @Test
  void anNdjsonInternalErrorIsWrittenAtItsLineInText() {
    Cli.Result result = Cli.runLint(lintFailingOnMarkedBodies(Cli.stream(VALID + "\n" + THROWS + "\n")), "--ndjson", "-");

    assertTrue(result.out().startsWith("<stdin>:2: error [internal.error] "), result::toString);
    assertTrue(result.out().endsWith("1 file, 2 bodies checked: 1 valid, 1 invalid; 1 error, 0 warnings, 0 infos\n"),
        result::toString);
    assertEquals(2, result.exitCode());
  }

  @Test
  void runningOutOfMemoryOnABodyIsExitCodeTwoNeverOne() throws IOException {
    List<String> paths = files(RUNS_OUT_OF_MEMORY, VALID);

    Cli.Result result = Cli.runLint(lintFailingOnMarkedBodies(), paths.toArray(String[]::new));

    assertEquals(2, result.exitCode(), result::toString);
    assertTrue(result.out().contains("java.lang.OutOfMemoryError"), result::toString);
    ExitCodeTest.assertNoStackTrace(result);
  }

  @Test
  void aFailureOutsideTheCheckOfOneInputStillClosesTheDocumentAndExitsTwo() {
    for (String format : new String[] {"json", "sarif"}) {
      Cli.Result result = Cli.runLint(new LintCommand(oneLineThenOutOfMemory(VALID)), "--ndjson", "--jobs", "1",
          "--format", format, "-");

      assertEquals(2, result.exitCode(), result::toString);
      JsonNode report = JsonReports.parse(result.out()); // one whole document
      if (format.equals("json")) {
        assertEquals(1, report.at("/summary/bodies").asInt(), "the line before the failure is linted:\n" + result);
        assertFalse(report.at("/files/0/valid").asBoolean(), "a file not read to its end is never valid");
        assertEquals(0, report.at("/summary/valid").asInt(), result::toString);
      } else {
        assertEquals(0, report.at("/runs/0/results").size(), result::toString);
      }
      assertEquals(1, result.err().lines().count(), result::toString);
      assertTrue(result.err().contains("java.lang.OutOfMemoryError"), result::toString);
    }
  }

  /** A standard input that gives one line, then fails as reading does when the heap is exhausted. */
  private static InputStream oneLineThenOutOfMemory(String line) {
    byte[] first = (line + "\n").getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private boolean given;

      @Override
      public int read() {
        throw new UnsupportedOperationException("read in blocks");
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (given) {
          throw new OutOfMemoryError("Java heap space");
        }
        given = true;
        System.arraycopy(first, 0, buffer, offset, first.length);
        return first.length;
      }
    };
  }

  @Test
  void aLogWhoseReadingFailsMidwayKeepsItsLinesAndTheNextFileIsStillLinted() throws IOException {
    // More lines than the window of two jobs holds in batches, then a failing read: batches are in flight.
    int linesBeforeTheFailure = 5 * LintRun.BATCH_LINES;
    StringBuilder log = new StringBuilder();
    for (int i = 1; i <= linesBeforeTheFailure; i++) {
      log.append(i == 700 ? MOCK : VALID).append('\n');
    }
    byte[] bytes = log.toString().getBytes(StandardCharsets.UTF_8);
    InputStream failing = new InputStream() {
      private int position;

      @Override
      public int read() throws IOException {
        throw new IOException("read in blocks");
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        if (position == bytes.length) {
          throw new IOException("Input/output error");
        }
        int n = Math.min(length, bytes.length - position);
        System.arraycopy(bytes, position, buffer, offset, n);
        position += n;
        return n;
      }
    };
    Path next = Files.writeString(temp.resolve("next.ndjson"), VALID + "\n" + MOCK + "\n");

    Cli.Result result = Cli.runLint(new LintCommand(failing), "--ndjson", "--jobs", "2", "--format", "json", "-",
        next.toString());

    assertEquals(2, result.exitCode(), result::toString);
    assertTrue(result.err().contains("<stdin>: reading failed: Input/output error"), result::toString);
    JsonNode report = JsonReports.parse(result.out());
    assertEquals(700, report.at("/files/0/violations/0/line").asInt(), "the lines read are reported:\n" + result);
    assertFalse(report.at("/files/0/valid").asBoolean(), result::toString);
    assertEquals(next.toString(), report.at("/files/1/path").asText(), result::toString);
    assertEquals(2, report.at("/files/1/violations/0/line").asInt(), result::toString);
    assertEquals(linesBeforeTheFailure + 2, report.at("/summary/bodies").asInt(), result::toString);
  }

  @Test
  void anInternalErrorThatTheValidatorReportsItselfAlsoExitsTwo() {
    Violation fromTheValidator = new Violation(Rule.INTERNAL_ERROR, Severity.ERROR, Optional.of(""),
        Optional.of(new Location(1, 1, 0)), "failed");
    LintCommand lint = new LintCommand(Cli.stream(VALID), validator -> body -> new ValidationReport(List.of(fromTheValidator)),
        Files::newDirectoryStream);

    Cli.Result result = Cli.runLint(lint, "-");

    assertEquals(2, result.exitCode(), result::toString);
  }

  @Test
  void internalErrorCannotBeIgnoredOrLowered() {
    for (String[] options : new String[][] {{"--ignore", "internal.error"}, {"--severity", "internal.error=info"}}) {
      Cli.Result result = Cli.run("lint", options[0], options[1], Cli.example("activity-valid.json"));

      assertEquals(2, result.exitCode(), result::toString);
      assertTrue(result.err().contains("internal.error cannot be ignored"), result::toString);
    }
  }

  @Test
  void theMessageIsTheValidatorsInTheRunsLocale() throws IOException {
    List<String> paths = files(THROWS);

    Cli.Result result = Cli.runLint(lintFailingOnMarkedBodies(), "--locale", "ko", paths.get(0));

    assertTrue(result.out().contains("[internal.error] 내부 오류(java.lang.NumberFormatException)"), result::toString);
  }

  // ---- with the real validator and the bodies that made it throw (issue 10)

  @Test
  void todaysThrowingBodiesDoNotStopTheRunInAnyFormat() throws IOException {
    Path exponent = Files.write(temp.resolve("a-exponent.json"), HUGE_EXPONENT);
    Path bom = Files.write(temp.resolve("b-bom.json"), BOM_ONLY);
    Path mock = Files.writeString(temp.resolve("c-mock.json"), MOCK);
    Path valid = Files.writeString(temp.resolve("d-valid.json"), VALID);

    for (String format : new String[] {"text", "json", "sarif"}) {
      Cli.Result result = Cli.run("lint", "--format", format, exponent.toString(), bom.toString(), mock.toString(),
          valid.toString());

      ExitCodeTest.assertNoStackTrace(result);
      switch (format) {
        case "text" -> {
          for (Path invalid : List.of(exponent, bom, mock)) {
            assertTrue(result.out().contains(invalid + ":"), () -> invalid + " is reported:\n" + result);
          }
          assertTrue(result.out().contains("\n4 files checked: 1 valid, 3 invalid; "), result::toString);
          assertExitCodeMatches(result, result.out().contains("[internal.error]"));
        }
        case "json" -> {
          JsonNode report = JsonReports.parse(result.out());
          assertEquals(4, report.path("files").size(), result::toString);
          for (int i = 0; i < 3; i++) {
            assertFalse(report.path("files").get(i).path("valid").asBoolean(), result::toString);
          }
          assertTrue(report.path("files").get(3).path("valid").asBoolean(), result::toString);
          assertExitCodeMatches(result, JsonReports.violations(report).stream().anyMatch(v -> v.rule().equals("internal.error")));
        }
        default -> {
          JsonNode results = JsonReports.parse(result.out()).at("/runs/0/results");
          List<String> uris = new ArrayList<>();
          boolean internal = false;
          for (JsonNode one : results) {
            uris.add(one.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
            internal |= one.path("ruleId").asText().equals("internal.error");
          }
          for (String name : List.of("a-exponent.json", "b-bom.json", "c-mock.json")) {
            assertTrue(uris.stream().anyMatch(uri -> uri.endsWith(name)), () -> name + "\n" + result);
          }
          assertExitCodeMatches(result, internal);
        }
      }
    }
  }

  @Test
  void todaysThrowingBodiesDoNotEndAnNdjsonLog() throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    log.write((VALID + "\n").getBytes(StandardCharsets.UTF_8));
    log.write(HUGE_EXPONENT);
    log.write('\n');
    log.write(BOM_ONLY);
    log.write('\n');
    log.write((MOCK + "\n" + VALID + "\n").getBytes(StandardCharsets.UTF_8));

    for (String jobs : new String[] {"1", "2"}) {
      Cli.Result result = Cli.runWithInput(log.toByteArray(), "lint", "--ndjson", "--jobs", jobs, "--format", "json", "-");

      List<Long> lines = NdjsonTest.findings(result).stream().map(NdjsonTest.At::line).distinct().toList();
      assertEquals(List.of(2L, 3L, 4L), lines, result::toString);
      assertEquals(5, JsonReports.parse(result.out()).at("/summary/bodies").asInt(), result::toString);
      assertExitCodeMatches(result, NdjsonTest.findings(result).stream().anyMatch(at -> at.rule().equals("internal.error")));
    }
  }

  private static void assertExitCodeMatches(Cli.Result result, boolean internalError) {
    assertEquals(internalError ? 2 : 1, result.exitCode(), result::toString);
  }
}
