package io.handlekit.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The project's source tree as tests that hold a rule over every module see it (contract literals, module
 * boundaries): read from the module directory a test runs in, through its parent. Shared through core's test jar.
 */
public final class SourceTree {
  private SourceTree() {}

  /** The project's root: the parent of the module directory the tests run in. */
  public static Path root() {
    Path root = Path.of("").toAbsolutePath().getParent();
    assertTrue(Files.isRegularFile(root.resolve("pom.xml")) && Files.isDirectory(root.resolve("core")),
        () -> "not the project root: " + root);
    return root;
  }

  /**
   * The reactor's modules that hold code, as the parent pom lists them: a new module is covered without editing any
   * test. Modules packaged as {@code pom} (the BOM, its integration tests) have no sources and are left out.
   */
  public static List<String> modules(Path root) throws IOException {
    Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(root.resolve("pom.xml")));
    List<String> modules = new ArrayList<>();
    while (module.find()) {
      String name = module.group(1).strip();
      if (!Files.readString(root.resolve(name).resolve("pom.xml")).contains("<packaging>pom</packaging>")) {
        modules.add(name);
      }
    }
    assertTrue(modules.contains("core") && modules.contains("cli"), () -> "modules of the parent pom: " + modules);
    return modules;
  }

  /** Every {@code .java} file below {@code directory}, sorted; none when it does not exist. */
  public static List<Path> javaFiles(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
  }
}
