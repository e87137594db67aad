package io.handlekit.docs;

import java.util.List;
import java.util.Optional;

/**
 * A fenced block of a README that holds commands: a {@code sh} block, or a {@code text} block that is a transcript
 * ({@code $ command} lines, each followed by its output).
 *
 * @param readme the README, relative to the checkout
 * @param line the line of the opening fence
 * @param commands the commands, in order; they run in one shell, so a {@code cd} carries on to the next
 * @param skip why the block is not run, when a {@code <!-- docs-test: skip: why -->} line precedes it
 * @param background a command started before the block and stopped after it (a server the block talks to)
 * @param port the local port a server started in the background listens on: after {@code background}, or after a
 *     command of the block that ends in {@code &}, the block waits until that port accepts connections
 */
record Snippet(
    String readme,
    int line,
    List<Command> commands,
    Optional<String> skip,
    Optional<String> background,
    Optional<Integer> port) {

  Snippet {
    commands = List.copyOf(commands);
  }

  /**
   * This block with {@code port} replaced by {@code actual} wherever it appears, in the commands, the shown output
   * and the background command: so that a block the README writes with port 8080 runs on a port that is free.
   */
  Snippet onPort(int actual) {
    if (port.isEmpty()) {
      return this;
    }
    String from = String.valueOf(port.get());
    String to = String.valueOf(actual);
    List<Command> moved = commands.stream().map(c -> new Command(c.line(), c.text().replace(from, to), c.exitCode(),
        c.shownOutput().map(lines -> lines.stream().map(l -> l.replace(from, to)).toList()))).toList();
    return new Snippet(readme, line, moved, skip, background.map(b -> b.replace(from, to)), Optional.of(actual));
  }

  String name() {
    return readme + ":" + line;
  }
}
