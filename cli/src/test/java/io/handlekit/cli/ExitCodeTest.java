package io.handlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes: 0 without errors, 1 with one, 2 for usage and I/O errors; never a stack trace. */
class ExitCodeTest {
  static final String VALID_ACTIVITY = "{\"version\":1,\"type\":\"activity\",\"sessionRef\":"
      + "{\"scid\":\"bd6c41c3-01c3-468a-a3b5-3e0fe8133862\",\"templateName\":\"deathmatch\"}}";

  @TempDir
  Path temp;

  @Test
  void aValidFileExitsZeroAndPrintsOnlyTheSummary() {
    Cli.Result result = Cli.run("lint", Cli.example("activity-valid.json"));

    assertEquals(0, result.exitCode(), result::toString);
    assertEquals("1 file checked: 1 valid, 0 invalid; 0 errors, 0 warnings, 0 infos\n", result.out());
    assertEquals("", result.err());
  }

  @Test
  void anErrorExitsOne() {
    Cli.Result result = Cli.run("lint", Cli.example("activity-valid.json"), Cli.example("activity-mock-scid.json"));

    assertEquals(1, result.exitCode(), result::toString);
    assertTrue(result.out().endsWith("2 files checked: 1 valid, 1 invalid; 1 error, 0 warnings, 0 infos\n"), result::toString);
  }

  @Test
  void warningsAndInfosAloneExitZero() {
    Cli.Result result = Cli.run("lint", Cli.example("activity-typo-sessionref.json"), Cli.example("invite-title-id-number.json"));

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.out().contains(" warning [property.unknown] "), result::toString);
    assertTrue(result.out().contains(" info [title-id.number] "), result::toString);
  }

  @Test
  void aMissingFileExitsTwoNamingTheFileAndTheOthersAreStillChecked() {
    String missing = temp.resolve("no-such-body.json").toString();

    Cli.Result result = Cli.run("lint", missing, Cli.example("activity-mock-scid.json"));

    assertEquals(2, result.exitCode(), result::toString);
    assertTrue(result.err().contains(missing + ": no such file or directory"), result::toString);
    assertTrue(result.out().contains("[guid.format]"), "the readable file is still linted:\n" + result);
    assertNoStackTrace(result);
  }

  @Test
  void anUnknownOptionExitsTwo() {
    Cli.Result result = Cli.run("lint", "--colour", Cli.example("activity-valid.json"));

    assertEquals(2, result.exitCode(), result::toString);
    assertTrue(result.err().contains("--colour"), result::toString);
    assertTrue(result.err().contains("handlekit lint --help"), result::toString);
    assertNoStackTrace(result);
  }

  @Test
  void badOptionValuesExitTwo() {
    String file = Cli.example("activity-valid.json");
    for (String[] args : new String[][] {
        {"lint", "--format", "xml", file},
        {"lint", "--profile", "loose", file},
        {"lint", "--locale", "fr", file},
        {"lint", "--severity", "no.such-rule=error", file},
        {"lint", "--severity", "guid.format=fatal", file},
        {"lint", "--severity", "guid.format", file},
        {"lint", "--ignore", "no.such-rule", file}}) {
      Cli.Result result = Cli.run(args);
      assertEquals(2, result.exitCode(), () -> String.join(" ", args) + "\n" + result);
      assertEquals("", result.out(), () -> String.join(" ", args) + "\n" + result);
      assertNoStackTrace(result);
    }
  }

  @Test
  void noPathAndNoCommandAreUsageErrors() {
    Cli.Result noPath = Cli.run("lint");
    Cli.Result noCommand = Cli.run();
    Cli.Result unknownCommand = Cli.run("lnt");

    assertEquals(2, noPath.exitCode(), noPath::toString);
    assertTrue(noPath.err().contains("PATH"), noPath::toString);
    assertEquals(2, noCommand.exitCode(), noCommand::toString);
    assertEquals(2, unknownCommand.exitCode(), unknownCommand::toString);
    assertTrue(unknownCommand.err().contains("lint"), "suggests the closest command:\n" + unknownCommand);
  }

  @Test
  void standardInputIsReadForDash() {
    Cli.Result valid = Cli.runWithInput(VALID_ACTIVITY, "lint", "-");
    Cli.Result invalid = Cli.runWithInput(VALID_ACTIVITY.replace("bd6c41c3-01c3-468a-a3b5-3e0fe8133862", "MockScid"), "lint", "-");
    Cli.Result empty = Cli.runWithInput("", "lint", "-");

    assertEquals(0, valid.exitCode(), valid::toString);
    assertEquals(1, invalid.exitCode(), invalid::toString);
    assertTrue(invalid.out().startsWith("<stdin>:1:"), invalid::toString);
    assertEquals(1, empty.exitCode(), empty::toString);
    assertTrue(empty.out().startsWith("<stdin>: error [input.empty] "), empty::toString);
  }

  @Test
  void standardInputTwiceIsAUsageError() {
    Cli.Result result = Cli.runWithInput(VALID_ACTIVITY, "lint", "-", "-");

    assertEquals(2, result.exitCode(), result::toString);
  }

  @Test
  void anEmptyDirectoryIsAnError() throws IOException {
    Path empty = Files.createDirectory(temp.resolve("empty"));
    Files.writeString(empty.resolve("notes.txt"), "not a body");

    Cli.Result result = Cli.run("lint", empty.toString());

    assertEquals(2, result.exitCode(), result::toString);
    assertTrue(result.err().contains(empty + ": no *.json files"), result::toString);
  }

  @Test
  void aDirectoryIsListedSortedAndOnlyRecursivelyWhenAsked() throws IOException {
    Files.writeString(temp.resolve("b.json"), "{}");
    Files.writeString(temp.resolve("a.json"), "[]");
    Files.writeString(temp.resolve("c.txt"), "ignored");
    Path sub = Files.createDirectory(temp.resolve("sub"));
    Files.writeString(sub.resolve("d.json"), "");

    Cli.Result flat = Cli.run("lint", temp.toString());
    Cli.Result deep = Cli.run("lint", "--recursive", temp.toString());

    String a = temp.resolve("a.json").toString();
    String b = temp.resolve("b.json").toString();
    String d = sub.resolve("d.json").toString();
    assertTrue(flat.out().indexOf(a + ":") < flat.out().indexOf(b + ":"), flat::toString);
    assertTrue(flat.out().indexOf(a + ":") >= 0, flat::toString);
    assertFalse(flat.out().contains(d), flat::toString);
    assertFalse(flat.out().contains("c.txt"), flat::toString);
    assertTrue(deep.out().contains(d + ": error [input.empty]"), deep::toString);
    assertTrue(deep.out().contains("3 files checked"), deep::toString);
  }

  @Test
  void anOversizedOrBinaryFileIsReportedNotThrown() throws IOException {
    Path big = temp.resolve("big.json");
    Files.write(big, new byte[(1 << 20) + 10]);
    Path binary = temp.resolve("binary.json");
    Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0x7B});

    Cli.Result result = Cli.run("lint", big.toString(), binary.toString());

    assertEquals(1, result.exitCode(), result::toString);
    assertTrue(result.out().contains(big + ": error [input.too-large]"), result::toString);
    assertTrue(result.out().contains(binary + ":1:1: error [input.encoding]"), result::toString);
    assertNoStackTrace(result);
  }

  static void assertNoStackTrace(Cli.Result result) {
    assertFalse(result.err().contains("\tat ") || result.out().contains("\tat "), result::toString);
    assertFalse(result.err().contains("Exception:") && result.err().contains("at io."), result::toString);
  }
}
