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

  String name() {
    return readme + ":" + line;
  }
}
