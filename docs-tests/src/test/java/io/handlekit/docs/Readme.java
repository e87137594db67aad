package io.handlekit.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the command blocks out of one README (Markdown).
 *
 * <p>Two kinds of block hold commands. A {@code ```sh} block is commands only: every line that is not blank and
 * not a comment is one (a trailing {@code \} continues it), and a trailing comment that says "exit N" is the exit
 * code the reader should expect, else 0. A {@code ```text} block (or one without a language) whose first line starts with {@code $ } is a
 * transcript: each {@code $ } line is a command, and the lines up to the next one are its output; its exit code is
 * 0 too, unless its last line ends in a comment that says "exit N".
 *
 * <p>Lines of the form {@code <!-- docs-test: KEY: VALUE -->} just before a block say how to run it: {@code skip}
 * (with the reason, shown in the test report), {@code background} (a command to start first and stop after) and
 * {@code port} (the port a server started in the background, by {@code background} or by a command of the block
 * ending in {@code &}, listens on: the block waits for it before going on). Any other key is an error, so that a typo cannot
 * turn a block off.
 */
final class Readme {

  private static final Pattern FENCE = Pattern.compile("^(\\s*)```\\s*(\\S*)\\s*$");
  private static final Pattern DIRECTIVE = Pattern.compile("^<!--\\s*docs-test:\\s*([a-z]+):\\s*(.*?)\\s*-->\\s*$");
  private static final Pattern EXIT = Pattern.compile("\\bexit (?:code )?(\\d+)\\b");

  private final String name;
  private final List<String> lines;

  private Readme(String name, String text) {
    this.name = name;
    this.lines = text.lines().toList();
  }

  /** The command blocks of {@code text}, the README named {@code name}, in order. */
  static List<Snippet> snippets(String name, String text) {
    return new Readme(name, text).parse();
  }

  private List<Snippet> parse() {
    List<Snippet> snippets = new ArrayList<>();
    String skip = null;
    String background = null;
    Integer port = null;
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      Matcher directive = DIRECTIVE.matcher(line.trim());
      Matcher fence = FENCE.matcher(line);
      if (directive.matches()) {
        String value = directive.group(2);
        switch (directive.group(1)) {
          case "skip" -> skip = require(value, i, "skip needs a reason");
          case "background" -> background = require(value, i, "background needs a command");
          case "port" -> port = port(value, i);
          default -> throw new IllegalArgumentException(
              name + ":" + (i + 1) + ": unknown docs-test directive '" + directive.group(1)
                  + "' (expected skip, background or port)");
        }
        i++;
      } else if (fence.matches()) {
        int open = i;
        int close = closingFence(i + 1, fence.group(1));
        List<String> body = lines.subList(open + 1, close).stream()
            .map(l -> l.startsWith(fence.group(1)) ? l.substring(fence.group(1).length()) : l)
            .toList();
        List<Command> commands = switch (fence.group(2)) {
          case "sh", "bash", "shell" -> commands(body, open + 2);
          case "", "text", "console" -> !body.isEmpty() && body.get(0).startsWith("$ ")
              ? transcript(body, open + 2) : List.of();
          default -> List.of();
        };
        if (!commands.isEmpty()) {
          snippets.add(new Snippet(name, open + 1, commands, Optional.ofNullable(skip),
              Optional.ofNullable(background), Optional.ofNullable(port)));
        } else if (skip != null || background != null || port != null) {
          throw new IllegalArgumentException(
              name + ":" + (open + 1) + ": a docs-test directive precedes a block without commands");
        }
        skip = null;
        background = null;
        port = null;
        i = close + 1;
      } else {
        if (!line.isBlank() && (skip != null || background != null || port != null)) {
          throw new IllegalArgumentException(
              name + ":" + (i + 1) + ": a docs-test directive must come right before a code block");
        }
        i++;
      }
    }
    return snippets;
  }

  private int closingFence(int from, String indent) {
    for (int j = from; j < lines.size(); j++) {
      if (lines.get(j).startsWith(indent + "```") && lines.get(j).trim().equals("```")) {
        return j;
      }
    }
    throw new IllegalArgumentException(name + ":" + from + ": a code block is never closed");
  }

  private static List<Command> commands(List<String> body, int firstLine) {
    List<Command> commands = new ArrayList<>();
    for (int j = 0; j < body.size(); j++) {
      String line = body.get(j);
      if (line.isBlank() || line.trim().startsWith("#")) {
        continue;
      }
      int start = j;
      StringBuilder text = new StringBuilder(line);
      while (body.get(j).stripTrailing().endsWith("\\") && j + 1 < body.size()) {
        j++;
        text.append('\n').append(body.get(j));
      }
      commands.add(new Command(firstLine + start, text.toString(), OptionalInt.of(exitCode(body.get(j))), Optional.empty()));
    }
    return commands;
  }

  private static List<Command> transcript(List<String> body, int firstLine) {
    List<Command> commands = new ArrayList<>();
    int j = 0;
    while (j < body.size()) {
      int start = j;
      StringBuilder text = new StringBuilder(body.get(j).substring(2));
      while (body.get(j).stripTrailing().endsWith("\\") && j + 1 < body.size()) {
        j++;
        text.append('\n').append(body.get(j));
      }
      j++;
      List<String> output = new ArrayList<>();
      while (j < body.size() && !body.get(j).startsWith("$ ")) {
        output.add(body.get(j));
        j++;
      }
      commands.add(new Command(firstLine + start, text.toString(), OptionalInt.of(exitCode(body.get(j - output.size() - 1))),
          Optional.of(output)));
    }
    return commands;
  }

  /** The exit code a trailing comment names ("# ...; exit 1 on any error"), else 0. */
  private static int exitCode(String lastLine) {
    int hash = lastLine.indexOf(" #");
    if (hash < 0) {
      return 0;
    }
    Matcher exit = EXIT.matcher(lastLine.substring(hash));
    return exit.find() ? Integer.parseInt(exit.group(1)) : 0;
  }

  private String require(String value, int index, String message) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + ":" + (index + 1) + ": " + message);
    }
    return value;
  }

  private int port(String value, int index) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ":" + (index + 1) + ": port must be a number, was '" + value + "'");
    }
  }
}
