package io.handlekit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The tests run on the module path, so the module's descriptor is the one the compiler and the runtime enforce. */
class ModuleBoundaryTest {
  private final Module module = ValidTrees.class.getModule();

  @Test
  void testsRunInsideTheNamedModule() {
    assertTrue(module.isNamed(), "expected the tests to run on the module path");
    assertEquals("io.handlekit.testkit", module.getName());
  }

  @Test
  void exportsOnlyTheApiPackage() {
    ModuleDescriptor descriptor = module.getDescriptor();
    assertEquals(Set.of("io.handlekit.testkit"),
        descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    assertTrue(descriptor.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
    assertTrue(descriptor.opens().isEmpty(), () -> "opens " + descriptor.opens());
  }

  @Test
  void passesOnCoreAndQuickTheoriesAndNeverReadsTheValidator() {
    // the generators are for test authors: Gen is in the API; the catalogue names rules by id, not by the validator's enum
    Set<String> transitive = module.getDescriptor().requires().stream()
        .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toSet());
    assertEquals(Set.of("io.handlekit.core", "quicktheories"), transitive);
    assertFalse(module.getDescriptor().requires().stream().anyMatch(r -> r.name().startsWith("io.handlekit.validator")));
  }
}
