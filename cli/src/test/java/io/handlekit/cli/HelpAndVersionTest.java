package io.handlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** --help and --version at the top level and for each subcommand. */
class HelpAndVersionTest {
  private static final String VERSION = System.getProperty("handlekit.version");

  @Test
  void theBuildPassesTheVersion() {
    assertTrue(VERSION != null && !VERSION.isBlank() && !VERSION.contains("${"), "surefire sets handlekit.version");
  }

  @Test
  void versionAtTheTopAndPerCommand() {
    for (String[] args : new String[][] {{"--version"}, {"-V"}, {"lint", "--version"}, {"serve", "-V"},
        {"conformance", "--version"}}) {
      Cli.Result result = Cli.run(args);
      assertEquals(0, result.exitCode(), result::toString);
      assertEquals("handlekit " + VERSION + "\n", result.out(), String.join(" ", args));
    }
  }

  @Test
  void helpAtTheTopListsTheCommands() {
    Cli.Result result = Cli.run("--help");

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.out().startsWith("Usage: handlekit "), result::toString);
    for (String command : new String[] {"lint", "serve", "conformance"}) {
      assertTrue(result.out().contains("  " + command + " "), command);
      Cli.Result help = Cli.run(command, "--help");
      assertEquals(0, help.exitCode(), help::toString);
      assertTrue(help.out().startsWith("Usage: handlekit " + command + " "), help::toString);
    }
  }

  @Test
  void lintHelpNamesEveryOptionAndTheExitCodes() {
    Cli.Result result = Cli.run("lint", "-h");

    assertEquals(0, result.exitCode(), result::toString);
    for (String option : new String[] {"--format", "--profile", "--locale", "--ndjson", "--severity", "--ignore",
        "--recursive", "--list-rules", "PATH"}) {
      assertTrue(result.out().contains(option), option);
    }
    assertTrue(result.out().contains("Exit codes:"), result::toString);
    assertFalse(result.out().contains("${"), "no unexpanded variable:\n" + result);
  }
}
