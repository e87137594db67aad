package io.handlekit.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatorDeskTest {
  @Test
  void everySpellingOfTheAdminPathIsRecognised() {
    for (String path : List.of("/__admin", "/__admin/mappings", "//__admin/mappings", "/x/../__admin/reset",
        "/%5F_admin/mappings", "/%5f%5fadmin", "/%255F_admin/x", "/__ADMIN/mappings", "/%zz")) {
      assertTrue(SimulatorDesk.mentionsAdmin(path), path);
    }
    for (String path : List.of("/handles", "/", "/admin", "/_admin")) {
      assertFalse(SimulatorDesk.mentionsAdmin(path), path);
    }
  }
}
