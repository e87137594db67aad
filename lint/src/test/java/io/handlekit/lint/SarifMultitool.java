package io.handlekit.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds Microsoft's SARIF Multitool for the tests: the binary named by the system property
 * {@code handlekit.sarifMultitool} or the environment variable {@code SARIF_MULTITOOL}; else the one installed under
 * {@code target/sarif-multitool} by an earlier build; else, when {@code npm} is on the PATH, installs it there
 * ({@code npm install --prefix target/sarif-multitool @microsoft/sarif-multitool@5.7.0}, at most five minutes).
 * Empty, with the reason, when there is no binary and no npm; an install with npm that fails throws, so that a
 * machine with npm never skips the check.
 */
final class SarifMultitool {
  static final String PACKAGE = "@microsoft/sarif-multitool@5.7.0";
  static final Path INSTALL = Path.of("target", "sarif-multitool");
  static final Path BINARY = INSTALL.resolve("node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");
  private static final long INSTALL_MINUTES = 5;

  /** The binary, or why there is none. */
  record Found(Optional<Path> binary, String why) {}

  private SarifMultitool() {}

  static Found find() {
    String given = System.getProperty("handlekit.sarifMultitool", System.getenv("SARIF_MULTITOOL"));
    if (given != null && !given.isBlank()) {
      Path binary = Path.of(given);
      return Files.isRegularFile(binary) ? new Found(Optional.of(binary), "given")
          : new Found(Optional.empty(), "the SARIF Multitool given (" + given + ") is not a file");
    }
    if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
      return new Found(Optional.empty(), "the npm package installs the Linux binary; point -Dhandlekit.sarifMultitool "
          + "at the Multitool of this platform");
    }
    if (!Files.isRegularFile(BINARY)) {
      String installed = install();
      if (installed != null) {
        return new Found(Optional.empty(), installed);
      }
    }
    // npm may refuse to run the package's install script, which only makes the binary executable.
    BINARY.toFile().setExecutable(true, true);
    return new Found(Optional.of(BINARY), "installed under " + INSTALL);
  }

  /** Installs the package; null when it worked, else why not. */
  private static String install() {
    List<String> command = List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", INSTALL.toString(), PACKAGE);
    try {
      Files.createDirectories(INSTALL);
      Process npm = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(INSTALL.resolve("npm-install.log").toFile()).start();
      // npm is here, so the check must run: an install that fails is a failure, not a reason to skip.
      if (!npm.waitFor(INSTALL_MINUTES, TimeUnit.MINUTES)) {
        npm.destroyForcibly();
        throw new IllegalStateException("npm install " + PACKAGE + " did not finish in " + INSTALL_MINUTES + " minutes");
      }
      if (npm.exitValue() != 0 || !Files.isRegularFile(BINARY)) {
        throw new IllegalStateException("npm install " + PACKAGE + " failed (exit " + npm.exitValue() + "): "
            + Files.readString(INSTALL.resolve("npm-install.log")));
      }
      return null;
    } catch (IOException e) { // npm itself could not be started: not on this machine
      return "npm is not available to install " + PACKAGE + " (" + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while installing " + PACKAGE;
    }
  }

  /**
   * Runs {@code validate --rule-kind Gh;Sarif} on {@code sarif}, writing its result log next to it; returns the
   * result log. Fails (throws) when the tool did not run to the end: a check that did not run is never a pass.
   */
  static Path validate(Path binary, Path sarif) throws IOException, InterruptedException {
    Path result = sarif.resolveSibling(sarif.getFileName() + ".result.sarif");
    Files.deleteIfExists(result); // the tool refuses to overwrite its output
    List<String> command = new ArrayList<>(List.of(binary.toString(), "validate", "--rule-kind", "Gh;Sarif",
        "--output", result.toString(), sarif.toString()));
    Path log = sarif.resolveSibling(sarif.getFileName() + ".multitool.log");
    Process tool = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!tool.waitFor(2, TimeUnit.MINUTES)) {
      tool.destroyForcibly();
      throw new IllegalStateException("the SARIF Multitool did not finish in 2 minutes: " + Files.readString(log));
    }
    if (!Files.isRegularFile(result)) {
      throw new IllegalStateException("the SARIF Multitool wrote no result (exit " + tool.exitValue() + "): "
          + Files.readString(log));
    }
    return result;
  }
}
