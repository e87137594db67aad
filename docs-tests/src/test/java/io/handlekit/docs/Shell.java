package io.handlekit.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the commands of one block the way a reader would: one bash, started in a fresh directory that links to
 * every top-level entry of the checkout (so {@code ./handlekit} and {@code ./mvnw} work as written, and files a
 * command writes land in that directory, not in the checkout).
 */
final class Shell {

  /** What one command did. */
  record Outcome(int exitCode, String stdout, String stderr) {}

  private final Path checkout;
  private final Duration timeout;

  Shell(Path checkout, Duration timeout) {
    this.checkout = checkout;
    this.timeout = timeout;
  }

  /**
   * Runs {@code snippet} in {@code scratch} (created, linked to the checkout) and returns one outcome per command
   * that finished, in order: fewer than the commands when the block ran out of time.
   */
  List<Outcome> run(Snippet snippet, Path scratch) throws IOException, InterruptedException {
    deleteRecursively(scratch); // a fresh directory: nothing a previous run wrote may pass for this run's outcome
    Files.createDirectories(scratch);
    try (Stream<Path> entries = Files.list(checkout)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        String name = entry.getFileName().toString();
        if (!name.equals(".git") && !Files.exists(scratch.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.createSymbolicLink(scratch.resolve(name), entry.toAbsolutePath().normalize());
        }
      }
    }
    Path record = Files.createDirectories(scratch.resolve(".docs-test"));
    Path script = record.resolve("block.sh");
    Files.writeString(script, script(snippet, record.toAbsolutePath()), StandardCharsets.UTF_8);

    Process bash = new ProcessBuilder("bash", script.toString())
        .directory(scratch.toFile())
        .redirectErrorStream(true)
        .redirectOutput(record.resolve("shell.log").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
    if (!bash.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      bash.descendants().forEach(ProcessHandle::destroyForcibly);
      bash.destroyForcibly().waitFor();
    }

    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < snippet.commands().size(); i++) {
      Path rc = record.resolve(i + ".rc");
      if (!Files.exists(rc)) {
        break;
      }
      outcomes.add(new Outcome(
          Integer.parseInt(Files.readString(rc).trim()),
          Files.readString(record.resolve(i + ".out"), StandardCharsets.UTF_8),
          Files.readString(record.resolve(i + ".err"), StandardCharsets.UTF_8)));
    }
    return outcomes;
  }

  private static String script(Snippet snippet, Path record) {
    StringBuilder script = new StringBuilder();
    // Whatever a block starts in the background is stopped when the block ends, even when it ends early.
    // Job control puts each background job in a process group of its own, so that stopping the group stops the
    // server the job started too (a launcher script, then its JVM).
    script.append("set -m\n");
    script.append("trap 'for job in $(jobs -p); do kill -- -$job 2>/dev/null; done; wait 2>/dev/null' EXIT\n");
    // Absolute, so that a block that changes directory ("cd examples && ...") still records where it should.
    String to = "'" + record + "/";
    snippet.background().ifPresent(command ->
        script.append("{\n").append(command).append("\n} > ").append(to).append("background.log' 2>&1 &\n"));
    if (snippet.background().isPresent()) {
      waitForPort(snippet, script);
    }
    List<Command> commands = snippet.commands();
    for (int i = 0; i < commands.size(); i++) {
      // Braces on lines of their own: a trailing comment in the command must not swallow them.
      String text = commands.get(i).isThisBuild() ? "true" : commands.get(i).text();
      script.append("{\n").append(text).append("\n} > ").append(to).append(i)
          .append(".out' 2> ").append(to).append(i).append(".err'\n")
          .append("echo $? > ").append(to).append(i).append(".rc'\n");
      if (commands.get(i).startsInBackground()) {
        waitForPort(snippet, script);
      }
    }
    return script.toString();
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(directory)) { // links are not followed: the checkout is never touched
      for (Path path : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }

  /** Up to two minutes, the time a server started in the background may take to listen on a loaded machine. */
  private static void waitForPort(Snippet snippet, StringBuilder script) {
    snippet.port().ifPresent(port -> script
        .append("for i in $(seq 1 1200); do (: > /dev/tcp/127.0.0.1/").append(port)
        .append(") 2>/dev/null && break; sleep 0.1; done\n"));
  }

  static Optional<String> tail(String text, int lines) {
    List<String> all = text.lines().toList();
    if (all.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size())));
  }
}
