package io.handlekit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The tests run on the module path, so the module's descriptor is the one the compiler and the runtime enforce. */
class ModuleBoundaryTest {
  private final Module module = ConformanceSuite.class.getModule();

  @Test
  void testsRunInsideTheNamedModule() {
    assertTrue(module.isNamed(), "expected the tests to run on the module path");
    assertEquals("io.handlekit.conformance", module.getName());
  }

  @Test
  void exportsOnlyTheApiPackage() {
    ModuleDescriptor descriptor = module.getDescriptor();
    assertEquals(Set.of("io.handlekit.conformance"),
        descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    assertTrue(descriptor.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
    assertTrue(descriptor.opens().isEmpty(), () -> "opens " + descriptor.opens());
  }

  @Test
  void theValidatorIsUsedInsideOnly() {
    // the suite's API speaks core's types (and QuickTheories' Gen), never the validator's
    Set<String> transitive = module.getDescriptor().requires().stream()
        .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toSet());
    assertEquals(Set.of("io.handlekit.core", "org.junit.jupiter.api"), transitive);
  }
}
