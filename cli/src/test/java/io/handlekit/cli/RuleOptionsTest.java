package io.handlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handlekit.validator.Rule;
import org.junit.jupiter.api.Test;

/** --severity, --ignore and --profile change what is reported and so the exit code. */
class RuleOptionsTest {
  @Test
  void severityRaisesAWarningToAnError() {
    String file = Cli.example("activity-typo-sessionref.json");

    Cli.Result plain = Cli.run("lint", file);
    Cli.Result raised = Cli.run("lint", "--severity", "property.unknown=error", file);

    assertEquals(0, plain.exitCode(), plain::toString);
    assertEquals(1, raised.exitCode(), raised::toString);
    assertTrue(raised.out().contains(": error [property.unknown] "), raised::toString);
  }

  @Test
  void severityLowersAnErrorAndIgnoresCase() {
    Cli.Result result = Cli.run("lint", "--severity", "guid.format=WARNING", Cli.example("activity-mock-scid.json"));

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.out().contains(": warning [guid.format] "), result::toString);
  }

  @Test
  void severalSeveritiesAndIgnores() {
    Cli.Result result = Cli.run("lint", "--format", "json",
        "--severity", "guid.format=info", "--severity", "xuid.format=warning", "--ignore", "context.too-long",
        "--ignore", "title-id.number",
        Cli.example("activity-mock-scid.json"), Cli.example("invite-empty-xuid.json"),
        Cli.example("invite-context-too-long.json"), Cli.example("invite-title-id-number.json"));

    assertEquals(0, result.exitCode(), result::toString);
    assertEquals(java.util.List.of(
            Expected.info("guid.format", "/sessionRef/scid"), Expected.warning("xuid.format", "/invitedXuid")),
        JsonReports.violations(JsonReports.parse(result.out())));
  }

  @Test
  void ignoreDropsTheRule() {
    Cli.Result result = Cli.run("lint", "--ignore", "guid.format", Cli.example("activity-mock-scid.json"));

    assertEquals(0, result.exitCode(), result::toString);
    assertFalse(result.out().contains("guid.format"), result::toString);
    assertTrue(result.out().contains("0 errors"), result::toString);
  }

  @Test
  void theLenientProfileLowersHandleTypesOutsideTheContract() {
    String file = Cli.example("transfer-not-covered.json");

    Cli.Result strict = Cli.run("lint", file);
    Cli.Result lenient = Cli.run("lint", "--profile", "lenient", file);

    assertEquals(1, strict.exitCode(), strict::toString);
    assertEquals(0, lenient.exitCode(), lenient::toString);
    assertTrue(lenient.out().contains(": warning [type.not-covered] "), lenient::toString);
  }

  @Test
  void theMockScidIsAnErrorInEveryProfile() {
    Cli.Result lenient = Cli.run("lint", "--profile", "LENIENT", Cli.example("activity-mock-scid.json"));

    assertEquals(1, lenient.exitCode(), lenient::toString);
  }

  @Test
  void listRulesNamesEveryRule() {
    Cli.Result result = Cli.run("lint", "--list-rules");

    assertEquals(0, result.exitCode());
    for (Rule rule : Rule.values()) {
      assertTrue(result.out().contains(rule.id() + " "), rule.id());
    }
    assertTrue(result.out().lines().anyMatch(l -> l.matches("type\\.not-covered\\s+error\\s+warning\\s+.*")), result::toString);
  }
}
