package io.handlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The json format: files with their violations, and a summary, as the README documents it. */
class JsonFormatTest {
  @Test
  void structureOfAReport() throws IOException {
    String valid = Cli.example("activity-valid.json");
    String invalid = Cli.example("invite-context-too-long.json");
    int[] at = TextFormatTest.lineAndColumn(Files.readString(Cli.EXAMPLES.resolve("invite-context-too-long.json"),
        StandardCharsets.UTF_8), "\"lobby=7&mode=ranked&greeting=");

    Cli.Result result = Cli.run("lint", "--format", "json", valid, invalid);
    JsonNode report = JsonReports.parse(result.out());

    assertEquals(1, result.exitCode(), result::toString);
    assertEquals(Set.of("files", "unreadable", "summary"), fieldNames(report));
    assertEquals(0, report.path("unreadable").size());
    JsonNode first = report.path("files").path(0);
    JsonNode second = report.path("files").path(1);
    assertEquals(valid, first.path("path").asText());
    assertTrue(first.path("valid").asBoolean());
    assertEquals(0, first.path("violations").size());
    assertEquals(invalid, second.path("path").asText());
    assertFalse(second.path("valid").asBoolean(true));
    JsonNode violation = second.path("violations").path(0);
    assertEquals(Set.of("rule", "severity", "pointer", "line", "column", "message"), fieldNames(violation));
    assertEquals("context.too-long", violation.path("rule").asText());
    assertEquals("error", violation.path("severity").asText());
    assertEquals("/inviteAttributes/context", violation.path("pointer").asText());
    assertEquals(at[0], violation.path("line").asInt());
    assertEquals(at[1], violation.path("column").asInt());
    assertTrue(violation.path("message").asText().contains("256"));
    JsonNode summary = report.path("summary");
    assertEquals(2, summary.path("files").asInt());
    assertEquals(1, summary.path("valid").asInt());
    assertEquals(1, summary.path("invalid").asInt());
    assertEquals(1, summary.path("errors").asInt());
    assertEquals(0, summary.path("warnings").asInt());
    assertEquals(0, summary.path("infos").asInt());
    assertTrue(summary.path("skippedEntries").isInt(), "journal entries skipped, 0 without a journal");
    assertEquals(0, summary.path("skippedEntries").asInt());
    assertEquals(0, summary.path("unreadable").asInt());
    assertEquals(0, summary.path("internalErrors").asInt());
    assertTrue(summary.path("complete").asBoolean(false));
    assertEquals(1, summary.at("/rules/context.too-long").asInt(), "findings per rule");
    assertEquals(Set.of("context.too-long"), fieldNames(summary.path("rules")));
  }

  @Test
  void missingPositionsAndPointersAreNull() {
    Cli.Result result = Cli.runWithInput("", "lint", "--format", "json", "-");
    JsonNode violation = JsonReports.parse(result.out()).at("/files/0/violations/0");

    assertEquals("input.empty", violation.path("rule").asText());
    assertTrue(violation.get("pointer").isNull(), violation::toString);
    assertTrue(violation.get("line").isNull(), violation::toString);
    assertTrue(violation.get("column").isNull(), violation::toString);
    assertEquals("<stdin>", JsonReports.parse(result.out()).at("/files/0/path").asText());
  }

  @Test
  void aMalformedBodyHasAPositionButNoPointer() {
    Cli.Result result = Cli.run("lint", "--format", "json", Cli.example("seed-invite.json"));
    JsonNode violation = JsonReports.parse(result.out()).at("/files/0/violations/0");

    assertTrue(violation.get("pointer").isNull(), violation::toString);
    assertTrue(violation.get("line").isInt() && violation.get("column").isInt(), violation::toString);
  }

  @Test
  void theReportIsWellFormedEvenWhenAFileIsMissing() {
    Cli.Result result = Cli.run("lint", "--format", "json", "no-such-file.json", Cli.example("activity-valid.json"));

    assertEquals(2, result.exitCode(), result::toString);
    JsonNode report = JsonReports.parse(result.out());
    assertEquals(1, report.path("files").size());
    assertTrue(result.err().contains("no-such-file.json"), result::toString);
    assertEquals("no-such-file.json", report.at("/unreadable/0/path").asText(), "recorded in the report too");
    assertEquals("no such file or directory", report.at("/unreadable/0/reason").asText());
    assertFalse(report.at("/summary/complete").asBoolean(true));
  }

  static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new java.util.HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
