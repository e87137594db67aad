package io.handlekit.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module exports its API package only, and reads neither the simulator (nor WireMock) nor a test library: the
 * compiled descriptor says so, whether the tests run on the module path or the class path.
 */
class ModuleBoundaryTest {
  private static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void onlyTheApiPackageIsExported() throws IOException {
    ModuleDescriptor module = descriptor();

    assertEquals("io.handlekit.lint", module.name());
    assertEquals(Set.of("io.handlekit.lint"),
        module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    assertTrue(module.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
  }

  @Test
  void noSimulatorWireMockOrTestLibraryIsRead() throws IOException {
    Set<String> read = descriptor().requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());

    for (String name : read) {
      assertTrue(!name.contains("simulator") && !name.contains("wiremock") && !name.contains("junit")
          && !name.contains("jetty") && !name.contains("quicktheories"), () -> name + " among " + read);
    }
    assertTrue(read.contains("io.handlekit.validator"), read::toString);
  }
}
