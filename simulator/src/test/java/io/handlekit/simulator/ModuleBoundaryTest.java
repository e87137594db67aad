package io.handlekit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handlekit.core.SourceTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The simulator has no module-info: wiremock-standalone cannot be required from a named module (see the README's
 * "API packages"). This test holds the boundary a descriptor would: {@code io.handlekit.simulator} is the one API
 * package, everything else is under {@code io.handlekit.simulator.internal}, and no other module's sources, main or
 * test, name an internal package. It reads the sources (Surefire runs a module's tests in its own directory), as
 * the other modules' classes are not on this module's class path.
 */
class ModuleBoundaryTest {
  private static final String API = "io.handlekit.simulator";
  private static final String INTERNAL = API + ".internal";
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");

  @Test
  void everyPackageIsTheApiOrInternal() throws IOException {
    Path sources = Path.of("src/main/java");
    Set<String> packages = new TreeSet<>();
    for (Path file : SourceTree.javaFiles(sources)) {
      Matcher declared = PACKAGE.matcher(Files.readString(file, StandardCharsets.UTF_8));
      assertTrue(declared.find(), () -> file + " declares no package");
      packages.add(declared.group(1));
    }
    assertTrue(packages.contains(API) && packages.contains(INTERNAL), () -> "packages found: " + packages);
    for (String name : packages) {
      assertTrue(name.equals(API) || name.equals(INTERNAL) || name.startsWith(INTERNAL + "."),
          () -> name + " is neither the API package nor internal: say which in the README and here");
    }
  }

  @Test
  void noOtherModuleNamesAnInternalPackage() throws IOException {
    Path root = SourceTree.root();
    List<String> offenders = new ArrayList<>();
    int files = 0;
    for (String module : SourceTree.modules(root)) {
      if (module.equals("simulator")) {
        continue;
      }
      for (String tree : List.of("src/main/java", "src/test/java")) {
        for (Path file : SourceTree.javaFiles(root.resolve(module).resolve(tree))) {
          files++;
          if (namesInternal(Files.readString(file, StandardCharsets.UTF_8))) {
            offenders.add(root.relativize(file).toString());
          }
        }
      }
    }
    assertTrue(files > 100, "only " + files + " source files found outside the simulator: is " + root + " the root?");
    assertEquals(List.of(), offenders, "only " + API + " is the simulator's API");
  }

  @Test
  void theScanSeesEveryFormOfUse() {
    assertTrue(namesInternal("import io.handlekit.simulator.internal.HandleStore;"));
    assertTrue(namesInternal("import static io.handlekit.simulator.internal.JsonMediaType.*;"));
    assertTrue(namesInternal("var store = new io.handlekit.simulator.internal.HandleStore();"));
    assertFalse(namesInternal("import io.handlekit.simulator.HandlesSimulator;"));
    assertFalse(namesInternal("import io.handlekit.validator.internal.Engine;"));
  }

  private static boolean namesInternal(String source) {
    return source.contains(INTERNAL + ".");
  }
}
