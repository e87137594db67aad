package io.handlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The text format: {@code path:line:col: severity [rule] message}, then a summary line. */
class TextFormatTest {
  private static final Pattern LOCATED = Pattern.compile(
      "^(?<path>[^:]+):(?<line>\\d+):(?<col>\\d+): (?<severity>error|warning|info) \\[(?<rule>[a-z.-]+)\\] (?<message>.+)$");

  /** The 1-based line and column (in characters) of the first {@code needle} in {@code text}. */
  static int[] lineAndColumn(String text, String needle) {
    int index = text.indexOf(needle);
    assertTrue(index >= 0, needle);
    String before = text.substring(0, index);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = before.codePointCount(before.lastIndexOf('\n') + 1, before.length()) + 1;
    return new int[] {line, column};
  }

  @Test
  void controlCharactersFromTheBodyNeverReachTheTerminal(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
    // A key that clears the screen and a value that retitles the window, as a journal of anyone's traffic may hold.
    String body = ExitCodeTest.VALID_ACTIVITY.replace("{\"version\"", "{\"\\u001b[2J\":1,\"version\"")
        .replace("\"deathmatch\"", "\"\\u001b]0;owned\\u0007\"").replace("bd6c41c3", "\\u009bbd6c41c3");
    Path file = temp.resolve("hostile.json");
    Files.writeString(file, body, StandardCharsets.UTF_8);

    Cli.Result result = Cli.run("lint", file.toString());

    assertEquals(1, result.exitCode(), result::toString);
    assertTrue(result.out().chars().noneMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F)), result::toString);
    assertTrue(result.out().contains("\\x1B[2J"), result::toString);
    assertTrue(result.out().contains("\\x9B"), result::toString);
  }

  @Test
  void theSeedActivitySampleIsMalformedAtItsComment() throws IOException {
    Path file = Cli.EXAMPLES.resolve("seed-activity.json");
    int[] at = lineAndColumn(Files.readString(file, StandardCharsets.UTF_8), "//");

    Cli.Result result = Cli.run("lint", file.toString());

    List<String> lines = result.out().lines().toList();
    assertEquals(2, lines.size(), result::toString);
    var matcher = LOCATED.matcher(lines.get(0));
    assertTrue(matcher.matches(), result::toString);
    assertEquals(file.toString(), matcher.group("path"));
    assertEquals(at[0], Integer.parseInt(matcher.group("line")), result::toString);
    assertEquals(at[1], Integer.parseInt(matcher.group("col")), result::toString);
    assertEquals("error", matcher.group("severity"));
    assertEquals("json.malformed", matcher.group("rule"));
    assertTrue(matcher.group("message").contains("comment"), "says what it found:\n" + result);
    assertEquals(1, result.exitCode());
  }

  @Test
  void theSeedInviteSampleIsMalformedAtItsFirstComment() throws IOException {
    Path file = Cli.EXAMPLES.resolve("seed-invite.json");
    int[] at = lineAndColumn(Files.readString(file, StandardCharsets.UTF_8), "//");

    Cli.Result result = Cli.run("lint", file.toString());

    assertTrue(result.out().startsWith(file + ":" + at[0] + ":" + at[1] + ": error [json.malformed] "), result::toString);
  }

  @Test
  void aValueIsLocatedAtItsTokenWithItsPointer() throws IOException {
    Path file = Cli.EXAMPLES.resolve("activity-mock-scid.json");
    int[] at = lineAndColumn(Files.readString(file, StandardCharsets.UTF_8), "\"MockScid\"");

    Cli.Result result = Cli.run("lint", file.toString());

    String first = result.out().lines().findFirst().orElseThrow();
    assertTrue(first.startsWith(file + ":" + at[0] + ":" + at[1] + ": error [guid.format] "), result::toString);
    assertTrue(first.endsWith(" (at /sessionRef/scid)"), result::toString);
  }

  @Test
  void everyViolationLineIsCompilerStyleAndTheSummaryCountsThem() {
    Cli.Result result = Cli.run("lint", Cli.EXAMPLES.toString());

    List<String> lines = result.out().lines().toList();
    String summary = lines.get(lines.size() - 1);
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    for (String line : lines.subList(0, lines.size() - 1)) {
      var matcher = LOCATED.matcher(line);
      assertTrue(matcher.matches(), line);
      switch (matcher.group("severity")) {
        case "error" -> errors++;
        case "warning" -> warnings++;
        default -> infos++;
      }
    }
    int files = ExamplesTest.EXPECTED.size();
    assertTrue(summary.startsWith(files + " files checked: "), summary);
    assertTrue(summary.endsWith("; " + errors + " errors, " + warnings + " warnings, " + infos + " info" + (infos == 1 ? "" : "s")),
        summary);
  }

  @Test
  void aViolationWithoutPositionNamesOnlyThePath() {
    Cli.Result result = Cli.runWithInput(new byte[0], "lint", "-");

    assertTrue(result.out().startsWith("<stdin>: error [input.empty] "), result::toString);
    assertEquals(1, result.exitCode());
  }
}
