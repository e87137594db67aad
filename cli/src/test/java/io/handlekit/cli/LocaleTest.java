package io.handlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** --locale ko gives the validator's Korean messages; rule ids and positions do not change. */
class LocaleTest {
  private static boolean hasHangul(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
  }

  @Test
  void koreanMessagesSameRulesAndPositions() throws IOException {
    String file = Cli.example("activity-mock-scid.json");
    int[] at = TextFormatTest.lineAndColumn(Files.readString(Cli.EXAMPLES.resolve("activity-mock-scid.json"),
        StandardCharsets.UTF_8), "\"MockScid\"");

    Cli.Result english = Cli.run("lint", file);
    Cli.Result korean = Cli.run("lint", "--locale", "ko", file);

    String en = english.out().lines().findFirst().orElseThrow();
    String ko = korean.out().lines().findFirst().orElseThrow();
    assertTrue(hasHangul(ko), ko);
    assertFalse(hasHangul(en), en);
    assertNotEquals(en, ko);
    String prefix = file + ":" + at[0] + ":" + at[1] + ": error [guid.format] ";
    assertTrue(en.startsWith(prefix) && ko.startsWith(prefix), en + "\n" + ko);
    assertEquals(english.exitCode(), korean.exitCode());
  }

  @Test
  void koreanInTheJsonAndSarifMessages() {
    String file = Cli.example("activity-mock-scid.json");

    JsonNode json = JsonReports.parse(Cli.run("lint", "--locale", "KO", "--format", "json", file).out());
    JsonNode sarif = JsonReports.parse(Cli.run("lint", "--locale", "ko", "--format", "sarif", file).out());

    assertTrue(hasHangul(json.at("/files/0/violations/0/message").asText()), json::toPrettyString);
    assertTrue(hasHangul(sarif.at("/runs/0/results/0/message/text").asText()), sarif::toPrettyString);
  }
}
