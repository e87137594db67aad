package io.handlekit.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build tool asks of the library: files picked by include/exclude globs under a base directory, several
 * reports from one run, and counts per severity and rule in the result.
 */
class IncludesAndReportsTest {
  @TempDir
  Path project;

  private Path write(String relative, String body) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, body);
  }

  @Test
  void includesMatchUnderTheBaseDirectoryAsMavenMatchesThem() throws IOException {
    write("src/test/resources/handles/a.json", Linting.VALID); // ** matches no directory too
    write("src/test/resources/x/handles/b.json", Linting.MOCK);
    write("src/test/resources/x/y/handles/c.json", Linting.TRAILING_COMMA);
    write("src/test/resources/x/handles/deeper/d.json", Linting.MOCK); // * stays within one name
    write("src/test/resources/x/handles/e.txt", Linting.MOCK);
    write("src/test/resources/skip/handles/f.json", Linting.MOCK);

    Linting.Run run = Linting.run(HandlesLint.builder().baseDirectory(project)
        .include("src/test/resources/**/handles/*.json").exclude("**/skip/**"), ReportFormat.JSON);

    List<String> paths = new ArrayList<>();
    Linting.parse(run.out()).path("files").forEach(file -> paths.add(file.path("path").asText()));
    assertEquals(List.of(project.resolve("src/test/resources/handles/a.json").toString(),
        project.resolve("src/test/resources/x/handles/b.json").toString(),
        project.resolve("src/test/resources/x/y/handles/c.json").toString()), paths, run::toString);
    assertTrue(run.result().isComplete(), run::toString);
    assertEquals(3, run.result().files());
    assertEquals(2, run.result().errors());
    assertEquals(1L, run.result().countsByRule().get(Rule.GUID_FORMAT));
    assertEquals(1L, run.result().countsByRule().get(Rule.JSON_MALFORMED));
  }

  @Test
  void includesThatMatchNothingMakeTheResultIncomplete() throws IOException {
    write("src/other/a.json", Linting.VALID);

    Linting.Run run = Linting.run(HandlesLint.builder().baseDirectory(project).include("src/test/**/*.json"),
        ReportFormat.TEXT);

    assertFalse(run.result().isComplete(), run::toString);
    assertEquals(1, run.result().unreadable().size(), run::toString);
    assertEquals("src/test/**/*.json", run.result().unreadable().get(0).input());
  }

  @Test
  void anIncludeThatMatchesNothingBesideOneThatMatchesIsNamed() throws IOException {
    write("src/test/resources/handles/a.json", Linting.VALID);

    Linting.Run run = Linting.run(HandlesLint.builder().baseDirectory(project)
        .include("src/test/resources/handles/*.json").include("src/test/resources/handle/*.json"), ReportFormat.TEXT);

    assertEquals(1, run.result().files(), run::toString);
    assertFalse(run.result().isComplete(), run::toString);
    assertEquals(List.of("src/test/resources/handle/*.json"),
        run.result().unreadable().stream().map(UnreadableInput::input).toList(), run::toString);
  }

  @Test
  void oneRunWritesEveryReportItIsGivenWithTheSameFindings() throws IOException {
    Path mock = write("handles/mock.json", Linting.MOCK);
    write("handles/typo.json", Linting.VALID.replace("\"sessionRef\"", "\"sessionref\""));
    StringWriter text = new StringWriter();
    Path sarif = project.resolve("target/handlekit/lint.sarif");
    Path json = project.resolve("target/handlekit/lint.json");

    LintResult result = HandlesLint.builder().baseDirectory(project).include("handles/*.json")
        .report(ReportFormat.TEXT, text).report(ReportFormat.SARIF, sarif).report(ReportFormat.JSON, json)
        .build().run();

    assertTrue(result.errors() >= 1, result::toString);
    assertTrue(result.warnings() >= 1, result::toString);
    assertEquals(result.warnings(), result.count(Severity.WARNING));
    // file:line:col, as compilers and Maven write it, so that IDEs link it
    int column = Linting.MOCK.indexOf("\"MockScid\"") + 1;
    assertTrue(text.toString().contains(mock + ":1:" + column + ": error [guid.format] "), text::toString);
    JsonNode sarifReport = Linting.parse(Files.readString(sarif));
    JsonNode jsonReport = Linting.parse(Files.readString(json));
    assertEquals(result.errors() + result.warnings() + result.infos(), sarifReport.at("/runs/0/results").size());
    assertEquals("handles/mock.json",
        sarifReport.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText(),
        "SARIF's URIs are relative to the base directory");
    assertEquals(result.errors(), jsonReport.at("/summary/errors").asLong());
    assertEquals(result.warnings(), jsonReport.at("/summary/warnings").asLong());
  }

  @Test
  void oneRunLintsBodiesAndLogsTogetherEachInItsOwnWay() throws IOException {
    write("handles/mock.json", Linting.MOCK);
    // A log: a valid body, then one with the mock scid on line 2; as one body it would be malformed JSON.
    Path log = write("logs/requests.ndjson", Linting.VALID + "\n" + Linting.MOCK + "\n");
    write("logs/more/other.ndjson", Linting.MOCK + "\n");

    Linting.Run run = Linting.run(HandlesLint.builder().baseDirectory(project).include("handles/*.json")
        .ndjsonPath(log).ndjsonPath(project.resolve("logs/more")), ReportFormat.JSON);

    assertTrue(run.result().isComplete(), run::toString);
    assertEquals(3, run.result().files(), run::toString);
    assertEquals(4, run.result().bodies(), run::toString);
    assertEquals(3, run.result().errors(), run::toString);
    assertEquals(3L, run.result().countsByRule().get(Rule.GUID_FORMAT), run::toString);
    assertEquals(List.of(2L, 1L, 1L), Linting.findings(run.out()).stream().map(Linting.At::line).toList(),
        "the logs' findings at the line of their body: " + run);
  }

  @Test
  void aLogDirectoryWithoutLogsIsUnreadable() throws IOException {
    write("logs/a.json", Linting.VALID);

    Linting.Run run = Linting.run(HandlesLint.builder().ndjsonPath(project.resolve("logs")), ReportFormat.TEXT);

    assertFalse(run.result().isComplete(), run::toString);
    assertEquals("no *.ndjson files in this directory (--recursive looks below it)",
        run.result().unreadable().get(0).reason(), run::toString);
  }
}
