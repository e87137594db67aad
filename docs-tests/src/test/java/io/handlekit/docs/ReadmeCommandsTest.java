package io.handlekit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every command the READMEs show, run against the build that just ran: it must exit as the README says (0 unless
 * a trailing comment says "exit N"), print no stack trace, and, in a transcript, print what the README shows
 * ({@code …} in a shown line stands for any text: an id, a time). A block marked
 * {@code <!-- docs-test: skip: why -->} is reported as skipped, with the reason. A block whose server listens on a
 * port ({@code <!-- docs-test: port: 8080 -->}) runs on a free port instead, the README's number replaced.
 */
class ReadmeCommandsTest {

  private static final Path CHECKOUT = Path.of(System.getProperty("handlekit.checkout", "..")).toAbsolutePath()
      .normalize();
  private static final Path SCRATCH = Path.of("target", "docs-run").toAbsolutePath();
  private static final Duration BLOCK_TIMEOUT = Duration.ofMinutes(8);
  /** Benchmarks and installs: what a build must not run on its own (the README marks them skipped). */
  private static final Pattern NOT_IN_A_BUILD =
      Pattern.compile("bench[\\w-]*\\.sh|benchmarks\\.jar -|benchmarks/run\\.sh|npm install|npx ");
  private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$/]+\\(.*\\)$");

  @TestFactory
  Stream<DynamicNode> everyCommandOfEveryReadme() throws IOException {
    List<DynamicNode> readmes = new ArrayList<>();
    for (Path readme : readmes()) {
      String name = CHECKOUT.relativize(readme).toString();
      List<Snippet> snippets = Readme.snippets(name, Files.readString(readme, StandardCharsets.UTF_8));
      readmes.add(DynamicContainer.dynamicContainer(name, readme.toUri(),
          snippets.stream().map(snippet -> DynamicTest.dynamicTest(
              snippet.name() + " " + firstLine(snippet), readme.toUri(), () -> check(snippet)))));
    }
    return readmes.stream();
  }

  private static List<Path> readmes() throws IOException {
    List<Path> readmes = new ArrayList<>();
    readmes.add(CHECKOUT.resolve("README.md"));
    try (Stream<Path> modules = Files.list(CHECKOUT)) {
      modules.map(module -> module.resolve("README.md")).filter(Files::isRegularFile).sorted().forEach(readmes::add);
    }
    return readmes;
  }

  private static void check(Snippet snippet) throws IOException, InterruptedException {
    snippet.skip().ifPresent(why -> Assumptions.abort("not run: " + why));
    for (Command command : snippet.commands()) {
      if (NOT_IN_A_BUILD.matcher(command.text()).find()) {
        fail(snippet.readme() + ":" + command.line() + ": `" + command.text() + "` runs a benchmark or installs from "
            + "npm: minutes of load or a download inside every build; mark its block <!-- docs-test: skip: why -->");
      }
    }
    Snippet run = snippet.port().isPresent() ? snippet.onPort(freePort()) : snippet;
    Path scratch = SCRATCH.resolve(snippet.name().replaceAll("[^A-Za-z0-9.-]", "_"));
    List<Shell.Outcome> outcomes = new Shell(CHECKOUT, BLOCK_TIMEOUT).run(run, scratch);
    List<Command> commands = run.commands();
    for (int i = 0; i < commands.size(); i++) {
      Command command = commands.get(i);
      String where = snippet.readme() + ":" + command.line() + ": `" + command.text() + "`";
      if (i >= outcomes.size()) {
        fail(where + " did not finish within " + BLOCK_TIMEOUT.toMinutes() + " minutes (the block's shell log is "
            + scratch.resolve(".docs-test/shell.log") + ")");
      }
      Shell.Outcome outcome = outcomes.get(i);
      String context = "\n--- standard error ---\n" + Shell.tail(outcome.stderr(), 30).orElse("(none)")
          + "\n--- standard output ---\n" + Shell.tail(outcome.stdout(), 30).orElse("(none)");
      if (STACK_FRAME.matcher(outcome.stderr()).find() || STACK_FRAME.matcher(outcome.stdout()).find()) {
        fail(where + " printed a stack trace" + context);
      }
      int exitCode = outcome.exitCode();
      command.exitCode().ifPresent(expected -> assertEquals(expected, exitCode,
          () -> where + " exited " + exitCode + ", the README says " + expected + context));
      if (!command.startsInBackground()) {
        // What a server in the background prints arrives while the next commands run: not comparable line by line.
        command.shownOutput().ifPresent(shown -> Transcript.assertShows(where, shown, outcome.stdout(), outcome.stderr()));
      }
    }
  }

  /**
   * A port free now, for a block's server: the README's own (8080) may be taken on a build machine. The block may
   * still lose it to another process before its server binds; that is rare, and says so in the server's error.
   */
  private static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return probe.getLocalPort();
    }
  }

  private static String firstLine(Snippet snippet) {
    String first = snippet.commands().get(0).text().lines().findFirst().orElse("");
    return first.length() > 60 ? first.substring(0, 57) + "..." : first;
  }
}
