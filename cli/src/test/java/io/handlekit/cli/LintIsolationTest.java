package io.handlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command's side of the isolation of inputs (the library's tests make checks fail through its seams): the bodies
 * that made the validator throw (issue 10) never stop a run in any format, and an input that got an internal.error
 * makes the exit code 2, never 1; internal.error cannot be ignored or lowered.
 */
class LintIsolationTest {
  static final String VALID = ExitCodeTest.VALID_ACTIVITY;
  static final String MOCK = NdjsonTest.MOCK;
  // Bodies that made the validator throw (issue 10): lint must survive them whatever the validator does.
  static final byte[] HUGE_EXPONENT = "{\"version\":1e2147483648}".getBytes(StandardCharsets.US_ASCII);
  static final byte[] BOM_ONLY = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir
  Path temp;

  @Test
  void internalErrorCannotBeIgnoredOrLowered() {
    for (String[] options : new String[][] {{"--ignore", "internal.error"}, {"--severity", "internal.error=info"}}) {
      Cli.Result result = Cli.run("lint", options[0], options[1], Cli.example("activity-valid.json"));

      assertEquals(2, result.exitCode(), result::toString);
      assertTrue(result.err().contains("internal.error cannot be ignored"), result::toString);
    }
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
