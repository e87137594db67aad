package io.handlekit.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GitHub code scanning accepts the SARIF reports: Microsoft's SARIF Multitool ({@code validate --rule-kind Gh;Sarif})
 * finds no error in them, in English and in Korean, for files, a log, and inputs that could not be read. Skipped,
 * with the reason, only where there is no Multitool and no npm to install it with ({@link SarifMultitool}); where npm
 * is there but the install fails, the test fails.
 */
class SarifMultitoolTest {
  private static Path multitool;

  @TempDir
  Path temp;

  @BeforeAll
  static void findTheMultitool() {
    SarifMultitool.Found found = SarifMultitool.find();
    Assumptions.assumeTrue(found.binary().isPresent(), () -> "SARIF Multitool not available: " + found.why());
    multitool = found.binary().get();
  }

  /** The Multitool's results of error level, as {@code ruleId: message} lines. */
  private static List<String> errors(Path resultLog) throws IOException {
    List<String> errors = new ArrayList<>();
    JsonNode log = Linting.parse(Files.readString(resultLog));
    // A result log without its results array, or from a run that did not succeed, checked nothing.
    assertTrue(log.at("/runs/0/results").isArray(), () -> "no results array in the Multitool's log " + resultLog);
    assertTrue(log.at("/runs/0/invocations/0/executionSuccessful").asBoolean(false),
        () -> "the Multitool's run did not succeed: " + resultLog);
    for (JsonNode result : log.at("/runs/0/results")) {
      // SARIF's default level is warning
      if (result.path("level").asText("warning").equals("error")) {
        errors.add(result.path("ruleId").asText() + ": " + result.at("/message/text").asText());
      }
    }
    return errors;
  }

  private Path report(Locale locale, boolean ndjson) throws IOException {
    Path base = Files.createDirectories(temp.resolve("project-" + locale + (ndjson ? "-ndjson" : "")));
    Path sarif = base.resolve("lint.sarif");
    HandlesLint.Builder lint = HandlesLint.builder().baseDirectory(base).locale(locale).ndjson(ndjson)
        .report(ReportFormat.SARIF, sarif);
    if (ndjson) {
      Path log = Files.writeString(base.resolve("requests.ndjson"), String.join("\n", Linting.VALID, Linting.MOCK,
          Linting.TRAILING_COMMA, "", "[]", Linting.VALID.replace("\"sessionRef\"", "\"sessionref\"")) + "\n");
      lint.path(log);
    } else {
      // Every example of the project: the documentation's malformed samples among them.
      lint.path(Path.of("..", "examples"));
      Files.writeString(base.resolve("mock.json"), Linting.MOCK);
      lint.path(base.resolve("mock.json"));
    }
    lint.path(base.resolve("missing.json")).include("no/such/**/*.json");
    LintResult result = lint.build().run();
    assertTrue(result.errors() > 0 && result.unreadable().size() == 2, result::toString);
    return sarif;
  }

  @Test
  void theReportsHaveNoErrorInEitherLocale() throws Exception {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
      for (boolean ndjson : new boolean[] {false, true}) {
        Path sarif = report(locale, ndjson);

        Path result = SarifMultitool.validate(multitool, sarif);

        assertEquals(List.of(), errors(result), () -> locale + (ndjson ? " --ndjson" : "") + ": " + sarif);
      }
    }
  }

  /** The check can fail: a report without the help and descriptions GitHub requires has errors (GH2012). */
  @Test
  void aReportWithoutWhatGitHubRequiresHasErrors() throws Exception {
    Path sarif = report(Locale.ENGLISH, false);
    JsonNode document = Linting.parse(Files.readString(sarif));
    for (JsonNode rule : document.at("/runs/0/tool/driver/rules")) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) rule).remove(List.of("fullDescription", "help"));
    }
    Path stripped = Files.writeString(temp.resolve("stripped.sarif"), document.toPrettyString());

    List<String> errors = errors(SarifMultitool.validate(multitool, stripped));

    assertTrue(errors.stream().anyMatch(error -> error.startsWith("GH2012")), errors::toString);
  }
}
