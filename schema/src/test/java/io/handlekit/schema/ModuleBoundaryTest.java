package io.handlekit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The tests run on the module path, so the module's descriptor is the one the compiler and the runtime enforce. */
class ModuleBoundaryTest {
  private final Module module = HandleSchema.class.getModule();

  @Test
  void testsRunInsideTheNamedModule() {
    assertTrue(module.isNamed(), "expected the tests to run on the module path");
    assertEquals("io.handlekit.schema", module.getName());
  }

  @Test
  void exportsOnlyTheApiPackage() {
    ModuleDescriptor descriptor = module.getDescriptor();
    assertEquals(Set.of("io.handlekit.schema"),
        descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    assertTrue(descriptor.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
  }

  @Test
  void opensOnlyTheSchemaFiles() {
    ModuleDescriptor descriptor = module.getDescriptor();
    assertEquals(Set.of("io.handlekit.schema.v1"),
        descriptor.opens().stream().map(ModuleDescriptor.Opens::source).collect(Collectors.toSet()));
    // what the opening is for: a reader outside the module finds the files by resource path
    assertTrue(ClassLoader.getSystemClassLoader().getResource("io/handlekit/schema/v1/handle-request.json") != null);
  }
}
