package io.handlekit.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * This module's tests run on the class path (they share core's test jar, a split package on the module path), so the
 * module descriptor is checked as compiled: what it exports, and that it reads no test library, WireMock or Jetty.
 */
class ModuleBoundaryTest {

  @Test
  void theTestsSeeTheCompiledDescriptorNotAModule() {
    assertFalse(HandlesValidator.class.getModule().isNamed());
    assertEquals("io.handlekit.validator", descriptor().name());
  }

  @Test
  void exportsOnlyTheApiPackage() {
    ModuleDescriptor descriptor = descriptor();
    assertEquals(Set.of("io.handlekit.validator"),
        descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    assertTrue(descriptor.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
    assertTrue(descriptor.opens().isEmpty(), () -> "opens " + descriptor.opens());
  }

  @Test
  void passesOnOnlyTheModulesOfItsApiTypes() {
    Set<String> transitive = descriptor().requires().stream()
        .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toSet());
    assertEquals(Set.of("io.handlekit.core", "com.fasterxml.jackson.databind"), transitive);
  }

  @Test
  void readsNoTestLibraryWireMockOrJetty() {
    for (ModuleDescriptor.Requires requires : descriptor().requires()) {
      String name = requires.name();
      assertFalse(name.startsWith("org.junit") || name.startsWith("org.opentest4j") || name.contains("wiremock")
          || name.contains("jetty") || name.contains("quicktheories") || name.contains("jazzer"), name);
    }
  }

  private static ModuleDescriptor descriptor() {
    // the main classes' own module-info.class, where HandlesValidator.class was loaded from (the build output or the
    // jar); a class-path lookup of "/module-info.class" would find the JDK's first
    try {
      Path classes = Path.of(HandlesValidator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(classes)) {
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
          return ModuleDescriptor.read(in);
        }
      }
      try (FileSystem jar = FileSystems.newFileSystem(classes);
          InputStream in = Files.newInputStream(jar.getPath("module-info.class"))) {
        return ModuleDescriptor.read(in);
      }
    } catch (IOException | URISyntaxException e) {
      throw new AssertionError("cannot read the validator's module-info.class", e);
    }
  }
}
