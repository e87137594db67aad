package io.handlekit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handlekit.simulator.Fault;
import io.handlekit.simulator.HandlesSimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets reach the target and no report file, log line or console summary. */
class RedactionTest {
  private static final String TOKEN = "XBL3.0 x=1234;eyJ-very-secret-token";
  private static final String API_KEY = "k3y-0f-the-tenant-5ecret";

  @Test
  void secretsAreRedactedEverywhere(@TempDir Path reports) throws IOException {
    List<String> log = new ArrayList<>();
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).fault(Fault.ACCEPT_ANY_VERSION)
        .fault(Fault.HANDLE_WRONG_ECHO).start()) {
      ConformanceResult result = ConformanceSuite.builder().baseUrl(simulator.baseUrl()).seed(3).tries(5)
          .header("Authorization", TOKEN)
          .header("X-Tenant-Key", API_KEY).secretHeader("x-tenant-key")
          .only(Set.of("invalid.rejected", "invite.handle", "activity.accepted"))
          .reportDir(reports).log(log::add).build().run();

      // The secrets were sent: the simulator saw them.
      assertTrue(simulator.exchanges().stream().anyMatch(e -> e.header("Authorization").orElse("").equals(TOKEN)));
      assertTrue(simulator.exchanges().stream().anyMatch(e -> e.header("X-Tenant-Key").orElse("").equals(API_KEY)));
      // Failures were reported, with their request headers: the place a secret could leak.
      assertEquals(2, result.failures().size(), () -> Reports.summary(result));

      List<String> outputs = new ArrayList<>(log);
      outputs.add(Reports.summary(result));
      try (Stream<Path> files = Files.list(reports)) {
        for (Path file : files.toList()) {
          outputs.add(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
      assertEquals(4 + log.size() + 1, outputs.size());
      for (String output : outputs) {
        assertFalse(output.contains("very-secret"), output);
        assertFalse(output.contains(API_KEY), output);
      }
      String summary = Reports.summary(result);
      assertTrue(summary.contains("Authorization: ***"), summary);
      assertTrue(summary.contains("X-Tenant-Key: ***"), summary);
      assertTrue(result.failures().get(0).failure().orElseThrow().request().curl().contains("Authorization: ***"));
    }
  }
}
