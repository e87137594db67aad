package io.handlekit.lint.internal;

import io.handlekit.core.text.IoErrorText;
import io.handlekit.lint.UnreadableInput;
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
import java.util.function.Predicate;

/**
 * Turns the inputs a run was given into the inputs it reads: a file as given (whatever its name), a directory into
 * its files with the given suffix sorted by path (only its own unless recursive), the standard input as it is; and
 * include/exclude globs into the files under a base directory that match them. A directory that cannot be listed is
 * an unreadable input of its own; the rest of the tree is still searched.
 */
public final class PathArguments {
  /** The inputs found, and one entry per argument or directory that could not be read. */
  public record Expanded(List<LintInput> inputs, List<UnreadableInput> unreadable) {
    public Expanded {
      inputs = List.copyOf(inputs);
      unreadable = List.copyOf(unreadable);
    }
  }

  /** Lists a directory; {@code Files::newDirectoryStream}, or in tests one that fails where they want. */
  @FunctionalInterface
  public interface DirectoryOpener {
    DirectoryStream<Path> open(Path directory) throws IOException;
  }

  private final DirectoryOpener directories;

  public PathArguments(DirectoryOpener directories) {
    this.directories = directories;
  }

  /** Expands {@code given} (files, directories, the standard input) in order. */
  public Expanded expand(List<LintInput> given, String suffix, boolean recursive) {
    List<LintInput> inputs = new ArrayList<>();
    List<UnreadableInput> unreadable = new ArrayList<>();
    for (LintInput input : given) {
      if (!(input instanceof LintInput.File file)) {
        inputs.add(input);
        continue;
      }
      Path path = file.path();
      String wanted = file.log() ? ".ndjson" : suffix;
      if (Files.isDirectory(path)) {
        int before = unreadable.size();
        List<Path> files = list(path, name -> name.getFileName().toString().endsWith(wanted), recursive, unreadable);
        if (files.isEmpty() && unreadable.size() == before) {
          unreadable.add(new UnreadableInput(path.toString(), "no *" + wanted + " files in this directory"
              + (recursive ? " or below it" : " (--recursive looks below it)")));
        }
        files.forEach(found -> inputs.add(new LintInput.File(found, file.log())));
      } else if (Files.exists(path)) {
        inputs.add(file);
      } else {
        unreadable.add(new UnreadableInput(path.toString(), "no such file or directory"));
      }
    }
    return new Expanded(inputs, unreadable);
  }

  /**
   * The files under {@code base} whose path relative to it matches an include and no exclude, sorted by that path;
   * an include that matches no file is an unreadable input, each on its own (a gate must not pass on nothing, nor
   * on a mistyped pattern beside a good one).
   */
  public Expanded glob(Path base, List<Glob> includes, List<Glob> excludes) {
    List<UnreadableInput> unreadable = new ArrayList<>();
    if (!Files.isDirectory(base)) {
      unreadable.add(new UnreadableInput(base.toString(), "the base directory of the includes does not exist"));
      return new Expanded(List.of(), unreadable);
    }
    Predicate<Path> matches = file -> {
      String relative = sortKey(base.relativize(file));
      return includes.stream().anyMatch(glob -> glob.matches(relative))
          && excludes.stream().noneMatch(glob -> glob.matches(relative));
    };
    List<Path> files = list(base, matches, true, unreadable);
    if (unreadable.isEmpty()) {
      // Each include on its own: a mistyped one beside one that matches must not pass unnoticed.
      for (Glob include : includes) {
        if (files.stream().noneMatch(file -> include.matches(sortKey(base.relativize(file))))) {
          unreadable.add(new UnreadableInput(include.pattern(),
              "no file under " + base + " matches" + (excludes.isEmpty() ? "" : " (after the excludes)")));
        }
      }
    }
    return new Expanded(files.stream().<LintInput>map(LintInput.File::new).toList(), unreadable);
  }

  // Every directory is listed on its own, so that one that fails is recorded and skipped, not the whole tree.
  // Links to directories are not followed (as Files.walk does not), so a link cycle cannot make it loop.
  private List<Path> list(Path root, Predicate<Path> wanted, boolean recursive, List<UnreadableInput> unreadable) {
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
          } else if (wanted.test(entry) && Files.isRegularFile(entry)) {
            files.add(entry);
          }
        }
      } catch (IOException | DirectoryIteratorException e) {
        unreadable.add(new UnreadableInput(directory.toString(), "cannot list the directory (" + IoErrorText.describe(e) + ")"));
      }
    }
    files.sort(Comparator.comparing(PathArguments::sortKey));
    return files;
  }

  // Forward slashes, so that the order and the globs do not depend on the platform's separator.
  private static String sortKey(Path path) {
    return path.toString().replace('\\', '/');
  }
}
