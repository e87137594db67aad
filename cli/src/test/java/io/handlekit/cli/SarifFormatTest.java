package io.handlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.validator.Rule;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF 2.1.0 with the fields code scanning requires, checked structurally. */
class SarifFormatTest {
  private static final Set<String> LEVELS = Set.of("error", "warning", "note");

  @TempDir
  Path temp;

  private static JsonNode sarif(String... paths) {
    String[] args = new String[paths.length + 3];
    args[0] = "lint";
    args[1] = "--format";
    args[2] = "sarif";
    System.arraycopy(paths, 0, args, 3, paths.length);
    return JsonReports.parse(Cli.run(args).out());
  }

  @Test
  void logRunAndDriver() {
    JsonNode log = sarif(Cli.example("activity-valid.json"));

    assertTrue(log.path("$schema").asText().contains("sarif"), log::toPrettyString);
    assertEquals("2.1.0", log.path("version").asText());
    assertEquals(1, log.path("runs").size());
    JsonNode driver = log.at("/runs/0/tool/driver");
    assertEquals("handlekit", driver.path("name").asText());
    assertEquals(System.getProperty("handlekit.version"), driver.path("version").asText());
    assertTrue(log.at("/runs/0/results").isArray());
    assertEquals(0, log.at("/runs/0/results").size());
  }

  @Test
  void everyRuleIsDescribedWithItsDefaultLevel() {
    JsonNode rules = sarif(Cli.example("activity-valid.json")).at("/runs/0/tool/driver/rules");

    assertEquals(Rule.values().length, rules.size());
    Map<String, JsonNode> byId = new HashMap<>();
    rules.forEach(rule -> byId.put(rule.path("id").asText(), rule));
    for (Rule rule : Rule.values()) {
      JsonNode described = byId.get(rule.id());
      assertNotNull(described, rule.id());
      for (String text : new String[] {"/shortDescription/text", "/fullDescription/text", "/help/text", "/help/markdown"}) {
        assertFalse(described.at(text).asText().isBlank(), rule.id() + text);
      }
      String expected = switch (rule.defaultSeverity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        case INFO -> "note";
      };
      assertEquals(expected, described.at("/defaultConfiguration/level").asText(), rule.id());
    }
  }

  @Test
  void resultsHaveRuleLevelMessageAndARelativeLocation() {
    JsonNode run = sarif(Cli.example("activity-mock-scid.json"), Cli.example("activity-typo-sessionref.json"),
        Cli.example("invite-title-id-number.json")).at("/runs/0");
    JsonNode rules = run.at("/tool/driver/rules");
    JsonNode results = run.path("results");

    assertEquals(3, results.size(), run::toPrettyString);
    Map<String, String> levels = new HashMap<>();
    for (JsonNode result : results) {
      String ruleId = result.path("ruleId").asText();
      assertEquals(ruleId, rules.path(result.path("ruleIndex").asInt()).path("id").asText(), "ruleIndex points at the rule");
      assertTrue(LEVELS.contains(result.path("level").asText()), result::toString);
      assertFalse(result.at("/message/text").asText().isBlank(), result::toString);
      JsonNode physical = result.at("/locations/0/physicalLocation");
      String uri = physical.at("/artifactLocation/uri").asText();
      assertRelative(uri);
      assertTrue(uri.startsWith("../examples/"), uri);
      assertTrue(physical.at("/region/startLine").asInt() >= 1, result::toString);
      assertTrue(physical.at("/region/startColumn").asInt() >= 1, result::toString);
      levels.put(ruleId, result.path("level").asText());
    }
    assertEquals(Map.of("guid.format", "error", "property.unknown", "warning", "title-id.number", "note"), levels);
  }

  @Test
  void aPathWithSpacesIsPercentEncodedAndStaysRelative() throws IOException {
    Path file = Files.writeString(temp.resolve("my body é.json"), "[]");

    JsonNode result = sarif(file.toString()).at("/runs/0/results/0");

    String uri = result.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
    assertRelative(uri);
    assertTrue(uri.endsWith("/my%20body%20%C3%A9.json"), uri);
    Path resolved = Path.of("").toAbsolutePath().resolve(URI.create(uri).getPath()).normalize();
    assertEquals(file.toAbsolutePath().normalize(), resolved);
  }

  @Test
  void aBodyWithoutPositionIsAtLineOne() {
    Cli.Result result = Cli.runWithInput("", "lint", "--format", "sarif", "-");
    JsonNode location = JsonReports.parse(result.out()).at("/runs/0/results/0/locations/0/physicalLocation");

    assertEquals(1, location.at("/region/startLine").asInt(), location::toPrettyString);
    assertRelative(location.at("/artifactLocation/uri").asText());
  }

  private static void assertRelative(String uri) {
    URI parsed = URI.create(uri);
    assertFalse(parsed.isAbsolute(), uri);
    assertFalse(uri.startsWith("/"), uri);
    assertFalse(uri.contains("\\"), uri);
  }
}
