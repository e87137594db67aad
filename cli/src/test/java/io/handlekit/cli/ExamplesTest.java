package io.handlekit.cli;

import static io.handlekit.cli.Expected.error;
import static io.handlekit.cli.Expected.info;
import static io.handlekit.cli.Expected.warning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the linter must say about each file of examples/, written from the contract (facts sheet) and the rule
 * table; examples/README.md says the same in words.
 */
class ExamplesTest {
  static final Map<String, List<Expected>> EXPECTED = Map.ofEntries(
      Map.entry("activity-valid.json", List.of()),
      Map.entry("activity-xsapi.json", List.of()),
      Map.entry("activity-without-name.json", List.of()),
      Map.entry("invite-valid.json", List.of()),
      Map.entry("invite-xsapi.json", List.of()),
      Map.entry("invite-context-at-limit.json", List.of()),
      Map.entry("invite-title-id-number.json", List.of(info("title-id.number", "/inviteAttributes/titleId"))),
      Map.entry("invite-context-string-without-slashes.json",
          List.of(warning("context-string.prefix", "/inviteAttributes/contextString"))),
      Map.entry("activity-typo-sessionref.json", List.of(warning("property.unknown", "/sessionRef/Name"))),
      Map.entry("invite-context-too-long.json", List.of(error("context.too-long", "/inviteAttributes/context"))),
      Map.entry("activity-mock-scid.json", List.of(error("guid.format", "/sessionRef/scid"))),
      Map.entry("invite-empty-xuid.json", List.of(error("xuid.format", "/invitedXuid"))),
      Map.entry("invite-xuid-zero.json", List.of(error("xuid.range", "/invitedXuid"))),
      Map.entry("invite-title-id-too-large.json", List.of(error("title-id.range", "/inviteAttributes/titleId"))),
      Map.entry("invite-without-session-name.json", List.of(error("property.required", "/sessionRef"))),
      Map.entry("activity-sessionref-lowercase.json",
          List.of(error("property.required", ""), warning("property.unknown", "/sessionref"))),
      Map.entry("activity-version-string.json", List.of(error("version.value", "/version"))),
      Map.entry("activity-null-name.json", List.of(error("value.type", "/sessionRef/name"))),
      Map.entry("activity-template-name-too-long.json", List.of(error("template-name.length", "/sessionRef/templateName"))),
      Map.entry("activity-duplicate-type.json", List.of(error("json.duplicate-key", "/type"))),
      Map.entry("activity-type-capitalized.json", List.of(error("type.value", "/type"))),
      Map.entry("transfer-not-covered.json", List.of(error("type.not-covered", "/type"))),
      Map.entry("search-not-covered.json", List.of(error("type.not-covered", "/type"))),
      Map.entry("seed-activity.json", List.of(error("json.malformed", null))),
      Map.entry("seed-invite.json", List.of(error("json.malformed", null))));

  static Stream<Arguments> examples() {
    return EXPECTED.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void reportsWhatTheContractSays(String file, List<Expected> expected) {
    Cli.Result result = Cli.run("lint", "--format", "json", Cli.example(file));

    assertEquals(new HashSet<>(expected), new HashSet<>(JsonReports.violations(JsonReports.parse(result.out()))),
        result::toString);
    boolean anyError = expected.stream().anyMatch(e -> e.severity().equals("error"));
    assertEquals(anyError ? 1 : 0, result.exitCode(), result::toString);
  }

  @Test
  void everyExampleIsExpectedAndDocumented() throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(Cli.EXAMPLES)) {
      list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).forEach(files::add);
    }
    assertEquals(new TreeSet<>(EXPECTED.keySet()), files, "examples/*.json and this test must list the same files");
    String readme = Files.readString(Cli.EXAMPLES.resolve("README.md"), StandardCharsets.UTF_8);
    for (String file : files) {
      assertTrue(readme.contains("`" + file + "`"), () -> "examples/README.md does not describe " + file);
    }
    assertTrue(readme.contains("`requests.ndjson`"), "examples/README.md does not describe requests.ndjson");
  }

  @Test
  void theSeedSamplesAreCopiedVerbatim() throws IOException {
    // The two ```cpp blocks of the seed page, in order; the sheet keeps a copy next to the project.
    Path seed = Path.of("..", "..", "shared", "seed", "000_372ebeaa06e6278f.txt");
    String activity = Files.readString(Cli.EXAMPLES.resolve("seed-activity.json"), StandardCharsets.UTF_8);
    String invite = Files.readString(Cli.EXAMPLES.resolve("seed-invite.json"), StandardCharsets.UTF_8);
    if (Files.exists(seed)) {
      String page = Files.readString(seed, StandardCharsets.UTF_8);
      assertTrue(page.contains("```cpp\n" + activity + "```"), "seed-activity.json differs from the seed's sample");
      assertTrue(page.contains("```cpp\n" + invite + "```"), "seed-invite.json differs from the seed's sample");
    }
    // What makes them malformed on purpose, whether or not the page is at hand.
    assertTrue(activity.contains("// The session name is optional in a POST"));
    assertTrue(activity.contains("},\n}"), "the trailing comma");
    assertTrue(invite.contains("\"id: \"47ca0049-a5ba-4bc1-aa22-fcf834ce4c13\""), "the unbalanced quote");
    assertTrue(invite.contains("{titleId}"), "the placeholder");
  }

  @Test
  void theDirectoryAsAWholeFailsAndCountsEveryFile() {
    Cli.Result result = Cli.run("lint", "--format", "json", Cli.EXAMPLES.toString());

    assertEquals(1, result.exitCode(), result::toString);
    var summary = JsonReports.parse(result.out()).path("summary");
    long invalid = EXPECTED.values().stream().filter(v -> v.stream().anyMatch(e -> e.severity().equals("error"))).count();
    assertEquals(EXPECTED.size(), summary.path("files").asInt());
    assertEquals(invalid, summary.path("invalid").asLong());
    assertEquals(EXPECTED.size() - invalid, summary.path("valid").asLong());
  }
}
