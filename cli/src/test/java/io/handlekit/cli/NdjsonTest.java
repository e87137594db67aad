package io.handlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --ndjson: one body per line, violations at the line of their body and the column within it. */
class NdjsonTest {
  private static final String SCID = "bd6c41c3-01c3-468a-a3b5-3e0fe8133862";
  static final String VALID = ExitCodeTest.VALID_ACTIVITY;
  static final String MOCK = VALID.replace(SCID, "MockScid");
  static final String TRAILING_COMMA = VALID.replace("\"deathmatch\"}", "\"deathmatch\",}");

  @TempDir
  Path temp;

  /** A finding as line, column and rule, read back from the json format. */
  record At(long line, int column, String rule) {}

  static List<At> findings(Cli.Result result) {
    List<At> found = new ArrayList<>();
    for (JsonNode file : JsonReports.parse(result.out()).path("files")) {
      for (JsonNode v : file.path("violations")) {
        found.add(new At(v.path("line").asLong(), v.path("column").asInt(), v.path("rule").asText()));
      }
    }
    return found;
  }

  @Test
  void theExampleLogIsReportedLineByLine() throws IOException {
    Path log = Cli.EXAMPLES.resolve("requests.ndjson");
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    // What the contract says of each kind of line in the log, located by its own text.
    Set<At> expected = new HashSet<>();
    int bodies = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      bodies += line.isBlank() ? 0 : 1;
      if (line.contains("\"MockScid\"")) {
        expected.add(new At(i + 1, line.indexOf("\"MockScid\"") + 1, "guid.format"));
      }
      if (line.contains("\"invitedXuid\":\"\"")) {
        expected.add(new At(i + 1, line.indexOf("\"\"", line.indexOf("invitedXuid")) + 1, "xuid.format"));
      }
      if (line.contains(",}")) {
        expected.add(new At(i + 1, line.indexOf(",}") + 2, "json.malformed"));
      }
      if (line.contains("\"contextString\":\"inv")) {
        expected.add(new At(i + 1, line.indexOf("\"inv", line.indexOf("contextString")) + 1, "context-string.prefix"));
      }
    }
    assertTrue(lines.stream().anyMatch(String::isBlank), "the example log shows a blank line");

    Cli.Result result = Cli.run("lint", "--ndjson", "--format", "json", log.toString());

    assertEquals(expected, new HashSet<>(findings(result)), result::toString);
    assertEquals(1, result.exitCode());
    JsonNode summary = JsonReports.parse(result.out()).path("summary");
    assertEquals(1, summary.path("files").asInt());
    assertEquals(bodies, summary.path("bodies").asInt());
    assertEquals(3, summary.path("invalidBodies").asInt());
  }

  @Test
  void textLinesCarryTheLogLine() {
    Cli.Result result = Cli.runWithInput(VALID + "\n\n" + MOCK + "\n", "lint", "--ndjson", "-");

    int column = MOCK.indexOf("\"MockScid\"") + 1;
    assertTrue(result.out().startsWith("<stdin>:3:" + column + ": error [guid.format] "), result::toString);
    assertTrue(result.out().contains("1 file, 2 bodies checked: 1 valid, 1 invalid; 1 error, 0 warnings, 0 infos"),
        result::toString);
  }

  @Test
  void crlfWhitespaceLinesAndAMissingFinalNewline() {
    String log = VALID + "\r\n \t\r\n\r\n" + MOCK + "\r\n" + VALID + "\r\n" + TRAILING_COMMA;

    Cli.Result result = Cli.runWithInput(log, "lint", "--ndjson", "--format", "json", "-");

    assertEquals(List.of(new At(4, MOCK.indexOf("\"MockScid\"") + 1, "guid.format"),
        new At(6, TRAILING_COMMA.indexOf(",}") + 2, "json.malformed")), findings(result), result::toString);
    assertEquals(4, JsonReports.parse(result.out()).at("/summary/bodies").asInt());
  }

  @Test
  void anOversizedLineIsTooLargeAndTheNextLineKeepsItsNumber() throws IOException {
    Path log = temp.resolve("big.ndjson");
    byte[] huge = new byte[(1 << 20) + 5000];
    java.util.Arrays.fill(huge, (byte) 'x');
    try (var out = Files.newOutputStream(log)) {
      out.write((VALID + "\n").getBytes(StandardCharsets.UTF_8));
      out.write(huge);
      out.write(("\n" + MOCK + "\n").getBytes(StandardCharsets.UTF_8));
    }

    Cli.Result result = Cli.run("lint", "--ndjson", "--format", "json", log.toString());

    List<At> found = findings(result);
    assertEquals(2, found.size(), result::toString);
    assertEquals(2, found.get(0).line());
    assertEquals("input.too-large", found.get(0).rule());
    assertEquals(new At(3, MOCK.indexOf("\"MockScid\"") + 1, "guid.format"), found.get(1));
  }

  @Test
  void aDirectoryGivesItsNdjsonFiles() throws IOException {
    Files.writeString(temp.resolve("a.ndjson"), VALID + "\n" + MOCK + "\n");
    Files.writeString(temp.resolve("b.json"), "not looked at in NDJSON mode");

    Cli.Result result = Cli.run("lint", "--ndjson", temp.toString());

    assertEquals(1, result.exitCode(), result::toString);
    assertTrue(result.out().startsWith(temp.resolve("a.ndjson") + ":2:"), result::toString);
    assertTrue(result.out().contains("1 file, 2 bodies checked"), result::toString);
  }

  @Test
  void sarifRegionsUseTheLogLine() {
    Cli.Result result = Cli.runWithInput(VALID + "\n" + MOCK + "\n", "lint", "--ndjson", "--format", "sarif", "-");

    JsonNode region = JsonReports.parse(result.out()).at("/runs/0/results/0/locations/0/physicalLocation/region");
    assertEquals(2, region.path("startLine").asInt(), result::toString);
    assertEquals(MOCK.indexOf("\"MockScid\"") + 1, region.path("startColumn").asInt(), result::toString);
  }

  @Test
  void everyInvalidLineIsReportedAtItsOwnNumber() {
    // 0 valid, 1 MockScid, 2 trailing comma, 3 blank
    qt().withExamples(150).forAll(lists().of(integers().between(0, 3)).ofSizeBetween(0, 25), integers().between(1, 3))
        .checkAssert((kinds, jobs) -> {
      StringBuilder log = new StringBuilder();
      Set<Long> invalidLines = new HashSet<>();
      int bodies = 0;
      for (int i = 0; i < kinds.size(); i++) {
        int kind = kinds.get(i);
        log.append(switch (kind) {
          case 0 -> VALID;
          case 1 -> MOCK;
          case 2 -> TRAILING_COMMA;
          default -> "";
        }).append('\n');
        if (kind == 1 || kind == 2) {
          invalidLines.add((long) i + 1);
        }
        bodies += kind == 3 ? 0 : 1;
      }
      Cli.Result result = Cli.runWithInput(log.toString(), "lint", "--ndjson", "--jobs", jobs.toString(), "--format", "json", "-");
      Set<Long> reported = new HashSet<>();
      findings(result).forEach(at -> reported.add(at.line()));
      assertEquals(invalidLines, reported, result::toString);
      assertEquals(invalidLines.isEmpty() ? 0 : 1, result.exitCode());
      assertEquals(bodies, JsonReports.parse(result.out()).at("/summary/bodies").asInt());
    });
  }

  @Test
  void severalJobsReportExactlyWhatOneJobReportsInTheSameOrder() {
    // Enough lines for many batches, so that batches complete out of order.
    StringBuilder log = new StringBuilder();
    List<Long> invalidLines = new ArrayList<>();
    for (int i = 1; i <= 3000; i++) {
      boolean invalid = i % 7 == 0 || i % 11 == 0;
      log.append(i % 13 == 0 ? "" : invalid ? (i % 2 == 0 ? MOCK : TRAILING_COMMA) : VALID).append('\n');
      if (invalid && i % 13 != 0) {
        invalidLines.add((long) i);
      }
    }

    Cli.Result one = Cli.runWithInput(log.toString(), "lint", "--ndjson", "--jobs", "1", "--format", "json", "-");
    Cli.Result four = Cli.runWithInput(log.toString(), "lint", "--ndjson", "--jobs", "4", "--format", "json", "-");

    assertEquals(invalidLines, findings(one).stream().map(At::line).toList());
    assertEquals(one.out(), four.out());
    assertEquals(one.exitCode(), four.exitCode());
  }

  @Test
  void jobsMustBePositive() {
    Cli.Result result = Cli.runWithInput(VALID, "lint", "--ndjson", "--jobs", "0", "-");

    assertEquals(2, result.exitCode(), result::toString);
  }
}
