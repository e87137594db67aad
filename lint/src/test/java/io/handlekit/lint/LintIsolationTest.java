package io.handlekit.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.lint.internal.BodyCheck;
import io.handlekit.lint.internal.LintRun;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.Location;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import io.handlekit.validator.ValidationReport;
import io.handlekit.validator.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run isolates each file and each NDJSON line: when checking one fails, that input gets an internal.error finding
 * at its place, every other input is still linted, the report is complete, and the result is incomplete.
 */
class LintIsolationTest {
  static final String VALID = Linting.VALID;
  static final String MOCK = Linting.MOCK;
  // Bodies that make the check fail: marked by a property name the contract does not have.
  static final String THROWS = "{\"boom\":1}";
  static final String OVERFLOWS = "{\"overflow\":1}";
  static final String RUNS_OUT_OF_MEMORY = "{\"oom\":1}";

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

  static HandlesLint.Builder lintFailingOnMarkedBodies() {
    return Linting.checkingWith(failingOnMarkedBodies());
  }

  private List<Path> files(String... bodies) throws IOException {
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < bodies.length; i++) {
      Path file = temp.resolve((char) ('a' + i) + ".json");
      Files.writeString(file, bodies[i]);
      paths.add(file);
    }
    return paths;
  }

  @Test
  void aFileWhoseCheckFailsIsAnInternalErrorThereAndEveryOtherFileIsLinted() throws IOException {
    List<Path> paths = files(VALID, THROWS, MOCK, OVERFLOWS, VALID);

    Linting.Run run = Linting.run(lintFailingOnMarkedBodies().paths(paths), ReportFormat.TEXT);

    assertFalse(run.result().isComplete(), run::toString);
    assertEquals(2, run.result().internalErrors(), run::toString);
    String out = run.out();
    assertTrue(out.contains(paths.get(1) + ": error [internal.error] ")
        && out.contains("java.lang.NumberFormatException"), run::toString);
    assertTrue(out.contains(paths.get(2) + ":"), "the file after the failure is linted:\n" + run);
    assertTrue(out.contains("[guid.format]"), run::toString);
    assertTrue(out.contains(paths.get(3) + ": error [internal.error] ")
        && out.contains("java.lang.StackOverflowError"), run::toString);
    assertTrue(out.endsWith("5 files checked: 2 valid, 3 invalid; 3 errors, 0 warnings, 0 infos\n"), run::toString);
    assertEquals(3, run.result().errors());
    assertEquals(2L, run.result().countsByRule().get(Rule.INTERNAL_ERROR));
    assertEquals(1L, run.result().countsByRule().get(Rule.GUID_FORMAT));
  }

  @Test
  void theJsonReportIsOneWholeDocumentWithEveryFile() throws IOException {
    List<Path> paths = files(THROWS, MOCK, OVERFLOWS);

    Linting.Run run = Linting.run(lintFailingOnMarkedBodies().paths(paths), ReportFormat.JSON);

    assertFalse(run.result().isComplete(), run::toString);
    JsonNode report = Linting.parse(run.out());
    assertEquals(3, report.path("files").size(), run::toString);
    for (int i : new int[] {0, 2}) {
      JsonNode file = report.path("files").get(i);
      assertEquals(paths.get(i).toString(), file.path("path").asText());
      JsonNode violation = file.path("violations").get(0);
      assertEquals("internal.error", violation.path("rule").asText(), run::toString);
      assertEquals("error", violation.path("severity").asText());
      assertTrue(violation.path("line").isNull() && violation.path("pointer").isNull(), run::toString);
      assertFalse(file.path("valid").asBoolean());
    }
    assertEquals("guid.format", report.at("/files/1/violations/0/rule").asText(), run::toString);
    assertEquals(3, report.at("/summary/errors").asInt());
    assertEquals(3, report.at("/summary/invalid").asInt());
  }

  @Test
  void theSarifReportIsOneWholeDocumentWithAResultAtEachFailedFile() throws IOException {
    List<Path> paths = files(OVERFLOWS, VALID, THROWS);

    Linting.Run run = Linting.run(lintFailingOnMarkedBodies().paths(paths), ReportFormat.SARIF);

    assertFalse(run.result().isComplete(), run::toString);
    JsonNode results = Linting.parse(run.out()).at("/runs/0/results");
    assertEquals(2, results.size(), run::toString);
    for (JsonNode one : results) {
      assertEquals("internal.error", one.path("ruleId").asText());
      assertEquals("error", one.path("level").asText());
      assertEquals(Rule.INTERNAL_ERROR.ordinal(), one.path("ruleIndex").asInt());
    }
    assertTrue(results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText().endsWith("a.json"));
    assertTrue(results.get(1).at("/locations/0/physicalLocation/artifactLocation/uri").asText().endsWith("c.json"));
  }

  @Test
  void anNdjsonLineWhoseCheckFailsIsAnInternalErrorAtItsLineWithOneJobOrSeveral() throws IOException {
    String log = VALID + "\n" + THROWS + "\n" + MOCK + "\n\n" + OVERFLOWS + "\n" + RUNS_OUT_OF_MEMORY + "\n" + VALID + "\n";
    for (int jobs : new int[] {1, 3}) {
      Linting.Run run = Linting.run(lintFailingOnMarkedBodies().ndjson(true).jobs(jobs)
          .standardInput(Linting.stream(log)), ReportFormat.JSON);

      assertEquals(3, run.result().internalErrors(), () -> "jobs " + jobs + "\n" + run);
      assertEquals(List.of(new Linting.At(2, 0, "internal.error"),
              new Linting.At(3, MOCK.indexOf("\"MockScid\"") + 1, "guid.format"),
              new Linting.At(5, 0, "internal.error"), new Linting.At(6, 0, "internal.error")),
          Linting.findings(run.out()), () -> "jobs " + jobs + "\n" + run);
      JsonNode summary = Linting.parse(run.out()).path("summary");
      assertEquals(6, summary.path("bodies").asInt(), run::toString);
      assertEquals(4, summary.path("invalidBodies").asInt(), run::toString);
      assertEquals(6, run.result().bodies());
      assertEquals(4, run.result().invalidBodies());
    }
  }

  @Test
  void anNdjsonInternalErrorIsWrittenAtItsLineInText() throws IOException {
    Linting.Run run = Linting.run(lintFailingOnMarkedBodies().ndjson(true)
        .standardInput(Linting.stream(VALID + "\n" + THROWS + "\n")), ReportFormat.TEXT);

    assertTrue(run.out().startsWith("<stdin>:2: error [internal.error] "), run::toString);
    assertTrue(run.out().endsWith("1 file, 2 bodies checked: 1 valid, 1 invalid; 1 error, 0 warnings, 0 infos\n"),
        run::toString);
    assertFalse(run.result().isComplete());
  }

  @Test
  void runningOutOfMemoryOnABodyIsAnInternalErrorNeverAPlainError() throws IOException {
    List<Path> paths = files(RUNS_OUT_OF_MEMORY, VALID);

    Linting.Run run = Linting.run(lintFailingOnMarkedBodies().paths(paths), ReportFormat.TEXT);

    assertEquals(1, run.result().internalErrors(), run::toString);
    assertFalse(run.result().isComplete());
    assertTrue(run.out().contains("java.lang.OutOfMemoryError"), run::toString);
  }

  @Test
  void aFailureOutsideTheCheckOfOneInputStillClosesTheDocumentAndStopsTheRun() throws IOException {
    for (ReportFormat format : new ReportFormat[] {ReportFormat.JSON, ReportFormat.SARIF}) {
      Linting.Run run = Linting.run(HandlesLint.builder().ndjson(true).jobs(1)
          .standardInput(oneLineThenOutOfMemory(VALID)), format);

      assertTrue(run.result().failure().isPresent(), run::toString);
      assertTrue(run.result().failure().get().contains("java.lang.OutOfMemoryError"), run::toString);
      assertFalse(run.result().isComplete());
      JsonNode report = Linting.parse(run.out()); // one whole document
      if (format == ReportFormat.JSON) {
        assertEquals(1, report.at("/summary/bodies").asInt(), "the line before the failure is linted:\n" + run);
        assertFalse(report.at("/files/0/valid").asBoolean(), "a file not read to its end is never valid");
        assertEquals(0, report.at("/summary/valid").asInt(), run::toString);
      } else {
        assertEquals(0, report.at("/runs/0/results").size(), run::toString);
      }
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

    Linting.Run run = Linting.run(HandlesLint.builder().ndjson(true).jobs(2).standardInput(failing).path(next),
        ReportFormat.JSON);

    assertEquals(List.of(new UnreadableInput("<stdin>", "reading failed: Input/output error")),
        run.result().unreadable(), run::toString);
    JsonNode report = Linting.parse(run.out());
    assertEquals(700, report.at("/files/0/violations/0/line").asInt(), "the lines read are reported:\n" + run);
    assertFalse(report.at("/files/0/valid").asBoolean(), run::toString);
    assertEquals(next.toString(), report.at("/files/1/path").asText(), run::toString);
    assertEquals(2, report.at("/files/1/violations/0/line").asInt(), run::toString);
    assertEquals(linesBeforeTheFailure + 2, report.at("/summary/bodies").asInt(), run::toString);
  }

  @Test
  void anInternalErrorThatTheValidatorReportsItselfAlsoMakesTheRunIncomplete() throws IOException {
    Violation fromTheValidator = new Violation(Rule.INTERNAL_ERROR, Severity.ERROR, Optional.of(""),
        Optional.of(new Location(1, 1, 0)), "failed");

    Linting.Run run = Linting.run(Linting.checkingWith(validator -> body -> new ValidationReport(List.of(fromTheValidator)))
        .standardInput(Linting.stream(VALID)), ReportFormat.TEXT);

    assertEquals(1, run.result().internalErrors(), run::toString);
    assertFalse(run.result().isComplete());
  }

  @Test
  void internalErrorCannotBeIgnoredOrLowered() {
    HandlesLint.Builder builder = HandlesLint.builder();
    for (Runnable change : List.<Runnable>of(() -> builder.ignore(Rule.INTERNAL_ERROR),
        () -> builder.severity(Rule.INTERNAL_ERROR, Severity.INFO))) {
      IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          change::run);
      assertTrue(refused.getMessage().contains("internal.error cannot be ignored"), refused::getMessage);
    }
  }

  @Test
  void theMessageIsTheValidatorsInTheRunsLocale() throws IOException {
    List<Path> paths = files(THROWS);

    Linting.Run run = Linting.run(lintFailingOnMarkedBodies().locale(Locale.KOREAN).paths(paths), ReportFormat.TEXT);

    assertTrue(run.out().contains("[internal.error] 내부 오류(java.lang.NumberFormatException)"), run::toString);
  }
}
