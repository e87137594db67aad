package io.handlekit.maven;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files of a project that match any of the {@code includes} and none of the {@code excludes} ({@link PathGlob}s
 * relative to the project directory), sorted by path. Only the directory each include starts from is walked, so a
 * pattern under {@code src/test/resources} never reads {@code node_modules}.
 */
final class FileSelection {
  private final Path basedir;

  FileSelection(Path basedir) {
    this.basedir = basedir;
  }

  List<Path> select(List<String> includes, List<String> excludes) throws IOException {
    List<PathGlob> exclude = excludes.stream().map(PathGlob::of).toList();
    TreeSet<Path> selected = new TreeSet<>();
    for (String pattern : includes) {
      PathGlob include = PathGlob.of(pattern);
      Path start = include.base().isEmpty() ? basedir : basedir.resolve(include.base());
      if (!Files.isDirectory(start)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(start, FileVisitOption.FOLLOW_LINKS)) {
        walk.filter(Files::isRegularFile).forEach(file -> {
          String relative = relative(file);
          if (include.matches(relative) && exclude.stream().noneMatch(e -> e.matches(relative))) {
            selected.add(file);
          }
        });
      }
    }
    return List.copyOf(selected);
  }

  /** The path below the project directory with {@code /} between names, as patterns are written. */
  String relative(Path file) {
    return basedir.relativize(file).toString().replace('\\', '/');
  }
}
