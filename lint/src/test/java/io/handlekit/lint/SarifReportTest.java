package io.handlekit.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.validator.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What code scanning needs of the SARIF report, checked on the document itself: every rule described and helped,
 * with the example of the README's table and an anchor there; the column kind; fingerprints that stay put across
 * runs; the Korean locale; unreadable inputs as notifications (and in the JSON report).
 */
class SarifReportTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");

  @TempDir
  Path temp;

  private JsonNode sarif(HandlesLint.Builder lint) throws IOException {
    return Linting.parse(Linting.run(lint.baseDirectory(temp), ReportFormat.SARIF).out());
  }

  private Path write(String name, String body) throws IOException {
    return Files.writeString(temp.resolve(name), body);
  }

  @Test
  void everyRuleHasWhatGitHubRequiresAndTheRunItsColumnKind() throws IOException {
    JsonNode run = sarif(HandlesLint.builder().path(write("a.json", Linting.MOCK))).at("/runs/0");

    assertEquals("unicodeCodePoints", run.path("columnKind").asText());
    assertTrue(run.at("/tool/driver/informationUri").asText().startsWith("https://"), run::toString);
    JsonNode rules = run.at("/tool/driver/rules");
    assertEquals(Rule.values().length, rules.size());
    for (Rule rule : Rule.values()) {
      JsonNode descriptor = rules.get(rule.ordinal());
      assertEquals(rule.id(), descriptor.path("id").asText());
      for (String field : List.of("/shortDescription/text", "/fullDescription/text", "/help/text", "/help/markdown",
          "/helpUri", "/name")) {
        String text = descriptor.at(field).asText();
        assertFalse(text.isBlank(), () -> rule.id() + field);
        assertFalse(Pattern.compile("\\{[a-zA-Z]+}").matcher(text).find(), () -> rule.id() + field + ": " + text);
      }
      assertTrue(descriptor.at("/helpUri").asText().endsWith("#rule-" + rule.id().replace('.', '-')),
          descriptor::toString);
    }
  }

  /** The README's rule table: rule id to its "example that breaks it" cell, and the anchors in it. */
  private record RuleTable(Map<String, String> examples, Set<String> anchors) {}

  private static RuleTable ruleTable() throws IOException {
    Map<String, String> examples = new HashMap<>();
    Set<String> anchors = new HashSet<>();
    Pattern row = Pattern.compile("^\\| (?:<a id=\"([^\"]+)\"></a>)?`([a-z.-]+)` \\|.*\\| (.*) \\|$");
    for (String line : Files.readAllLines(README)) {
      Matcher matcher = row.matcher(line);
      if (matcher.matches() && Rule.byId(matcher.group(2)).isPresent()) {
        examples.put(matcher.group(2), matcher.group(3));
        if (matcher.group(1) != null) {
          anchors.add(matcher.group(1));
        }
      }
    }
    return new RuleTable(examples, anchors);
  }

  @Test
  void theHelpHasTheExampleOfTheReadmesRuleTableAndItsAnchorExists() throws IOException {
    RuleTable table = ruleTable();
    JsonNode rules = sarif(HandlesLint.builder().path(write("a.json", Linting.VALID))).at("/runs/0/tool/driver/rules");

    for (Rule rule : Rule.values()) {
      JsonNode descriptor = rules.get(rule.ordinal());
      String example = table.examples().get(rule.id());
      assertTrue(example != null, () -> rule.id() + " has a row in the README's rule table");
      assertTrue(descriptor.at("/help/markdown").asText().contains(example),
          () -> rule.id() + ": " + example + " in " + descriptor.at("/help/markdown").asText());
      String anchor = descriptor.path("helpUri").asText().replaceFirst(".*#", "");
      assertTrue(table.anchors().contains(anchor), () -> anchor + " is an anchor in the README's rule table");
    }
  }

  @Test
  void theKoreanLocaleLocalizesTheHelpAndTheMessages() throws IOException {
    Path mock = write("a.json", Linting.MOCK);
    JsonNode english = sarif(HandlesLint.builder().path(mock)).at("/runs/0");
    JsonNode korean = sarif(HandlesLint.builder().locale(Locale.KOREAN).path(mock)).at("/runs/0");

    assertEquals("ko", korean.path("language").asText());
    for (Rule rule : Rule.values()) {
      for (String field : List.of("/shortDescription/text", "/fullDescription/text", "/help/text")) {
        String text = korean.at("/tool/driver/rules/" + rule.ordinal() + field).asText();
        assertTrue(HANGUL.matcher(text).find(), () -> rule.id() + field + ": " + text);
        assertNotEquals(english.at("/tool/driver/rules/" + rule.ordinal() + field).asText(), text);
      }
    }
    assertTrue(HANGUL.matcher(korean.at("/results/0/message/text").asText()).find(), korean::toString);
  }

  private static List<String> fingerprints(JsonNode sarif) {
    List<String> found = new ArrayList<>();
    sarif.at("/runs/0/results").forEach(result ->
        found.add(result.at("/partialFingerprints").elements().next().asText()));
    return found;
  }

  @Test
  void fingerprintsAreTheSameAcrossRunsAndDoNotMoveWithOtherFindings() throws IOException {
    Path mock = write("b.json", Linting.MOCK);
    Path broken = write("c.json", Linting.TRAILING_COMMA);

    List<String> first = fingerprints(sarif(HandlesLint.builder().path(mock).path(broken)));
    List<String> again = fingerprints(sarif(HandlesLint.builder().path(mock).path(broken)));
    // Another file with findings comes first, and the Korean locale changes every message: no fingerprint moves.
    List<String> withMore = fingerprints(sarif(HandlesLint.builder().locale(Locale.KOREAN)
        .path(write("a.json", Linting.MOCK)).path(mock).path(broken)));

    assertEquals(2, first.size());
    assertEquals(first, again);
    assertEquals(first, withMore.subList(1, 3));
    assertEquals(3, new HashSet<>(withMore).size(), "different findings, different fingerprints");
  }

  @Test
  void inputsThatCannotBeReadAreToolExecutionNotificationsAndInTheJsonReport() throws IOException {
    Path missing = temp.resolve("missing.json");
    Path valid = write("a.json", Linting.VALID);

    JsonNode invocation = sarif(HandlesLint.builder().path(valid).path(missing)).at("/runs/0/invocations/0");
    Linting.Run json = Linting.run(HandlesLint.builder().path(valid).path(missing), ReportFormat.JSON);

    assertFalse(invocation.path("executionSuccessful").asBoolean(true), invocation::toString);
    JsonNode notification = invocation.at("/toolExecutionNotifications/0");
    assertEquals("error", notification.path("level").asText());
    assertTrue(notification.at("/message/text").asText().contains("no such file or directory"), invocation::toString);
    assertEquals("missing.json", notification.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    JsonNode report = Linting.parse(json.out());
    assertEquals(missing.toString(), report.at("/unreadable/0/path").asText(), json::toString);
    assertEquals("no such file or directory", report.at("/unreadable/0/reason").asText(), json::toString);
    assertFalse(report.at("/summary/complete").asBoolean(true), json::toString);
  }

  @Test
  void aCompleteRunIsASuccessfulInvocationWithoutNotifications() throws IOException {
    JsonNode invocation = sarif(HandlesLint.builder().path(write("a.json", Linting.MOCK))).at("/runs/0/invocations/0");

    assertTrue(invocation.path("executionSuccessful").asBoolean(false), invocation::toString);
    assertEquals(0, invocation.path("toolExecutionNotifications").size(), invocation::toString);
  }
}
