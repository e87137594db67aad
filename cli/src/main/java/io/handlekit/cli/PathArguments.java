package io.handlekit.cli;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Turns PATH arguments into inputs: a file as given (whatever its name), a directory into its files with the
 * given suffix sorted by path (only its own unless recursive), {@code -} into the standard input. A directory that
 * cannot be listed is a problem of its own; the rest of the tree is still searched.
 */
final class PathArguments {
  /** The inputs found, and one message per argument or directory that could not be read. */
  record Expanded(List<LintInput> inputs, List<String> problems) {
    Expanded {
      inputs = List.copyOf(inputs);
      problems = List.copyOf(problems);
    }
  }

  /** Lists a directory; {@code Files::newDirectoryStream}, or in tests one that fails where they want. */
  @FunctionalInterface
  interface DirectoryOpener {
    DirectoryStream<Path> open(Path directory) throws IOException;
  }

  private final DirectoryOpener directories;

  PathArguments(DirectoryOpener directories) {
    this.directories = directories;
  }

  Expanded expand(List<String> arguments, String suffix, boolean recursive) {
    List<LintInput> inputs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        inputs.add(new LintInput.StandardInput());
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        int before = problems.size();
        List<Path> files = list(path, suffix, recursive, problems);
        if (files.isEmpty() && problems.size() == before) {
          problems.add(argument + ": no *" + suffix + " files in this directory"
              + (recursive ? " or below it" : " (--recursive looks below it)"));
        }
        files.forEach(file -> inputs.add(new LintInput.File(file)));
      } else if (Files.exists(path)) {
        inputs.add(new LintInput.File(path));
      } else {
        problems.add(argument + ": no such file or directory");
      }
    }
    return new Expanded(inputs, problems);
  }

  // Every directory is listed on its own, so that one that fails is recorded and skipped, not the whole tree.
  // Links to directories are not followed (as Files.walk does not), so a link cycle cannot make it loop.
  private List<Path> list(Path root, String suffix, boolean recursive, List<String> problems) {
    List<Path> files = new ArrayList<>();
    Deque<Path> directoriesLeft = new ArrayDeque<>();
    directoriesLeft.push(root);
    while (!directoriesLeft.isEmpty()) {
      Path directory = directoriesLeft.pop();
      try (DirectoryStream<Path> entries = directories.open(directory)) {
        for (Path entry : entries) {
          if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            if (recursive) {
              directoriesLeft.push(entry);
            }
          } else if (entry.getFileName().toString().endsWith(suffix) && Files.isRegularFile(entry)) {
            files.add(entry);
          }
        }
      } catch (IOException | DirectoryIteratorException e) {
        problems.add(directory + ": cannot list the directory (" + IoErrors.describe(e) + ")");
      }
    }
    files.sort(Comparator.comparing(PathArguments::sortKey));
    return files;
  }

  // Forward slashes, so that the order does not depend on the platform's separator.
  private static String sortKey(Path path) {
    return path.toString().replace('\\', '/');
  }
}
