package io.handlekit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns PATH arguments into inputs: a file as given (whatever its name), a directory into its files with the
 * given suffix sorted by path (only its own unless recursive), {@code -} into the standard input.
 */
final class PathArguments {
  /** The inputs found, and one message per argument that named nothing readable. */
  record Expanded(List<LintInput> inputs, List<String> problems) {
    Expanded {
      inputs = List.copyOf(inputs);
      problems = List.copyOf(problems);
    }
  }

  private PathArguments() {}

  static Expanded expand(List<String> arguments, String suffix, boolean recursive) {
    List<LintInput> inputs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        inputs.add(new LintInput.StandardInput());
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        List<Path> files = list(path, suffix, recursive, problems);
        if (files != null && files.isEmpty()) {
          problems.add(argument + ": no *" + suffix + " files in this directory"
              + (recursive ? " or below it" : " (--recursive looks below it)"));
        }
        if (files != null) {
          files.forEach(file -> inputs.add(new LintInput.File(file)));
        }
      } else if (Files.exists(path)) {
        inputs.add(new LintInput.File(path));
      } else {
        problems.add(argument + ": no such file or directory");
      }
    }
    return new Expanded(inputs, problems);
  }

  // null when the directory cannot be listed (the problem is recorded)
  private static List<Path> list(Path directory, String suffix, boolean recursive, List<String> problems) {
    try (Stream<Path> entries = recursive ? Files.walk(directory) : Files.list(directory)) {
      return entries
          .filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(suffix))
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(PathArguments::sortKey))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      problems.add(directory + ": cannot list the directory (" + IoErrors.describe(e) + ")");
      return null;
    }
  }

  // Forward slashes, so that the order does not depend on the platform's separator.
  private static String sortKey(Path path) {
    return path.toString().replace('\\', '/');
  }
}
