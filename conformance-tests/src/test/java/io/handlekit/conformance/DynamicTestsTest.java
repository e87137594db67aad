package io.handlekit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handlekit.simulator.Fault;
import io.handlekit.simulator.HandlesSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The entry point for a user's own JUnit 5 build, used the way the README shows it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DynamicTestsTest {
  private HandlesSimulator simulator;

  @BeforeAll
  void start() {
    simulator = HandlesSimulator.builder().port(0).start();
  }

  @AfterAll
  void stop() {
    simulator.close();
  }

  /** As in a user's build: one test per check, here a few, against the fault-free simulator. */
  @TestFactory
  Stream<DynamicTest> handlesConformance() {
    return ConformanceSuite.builder().baseUrl(simulator.baseUrl()).tries(10)
        .only(Set.of("activity.accepted", "invite.handle", "invalid.rejected", "method.status-405", "no-5xx"))
        .build().dynamicTests();
  }

  @Test
  void aFailedMustCheckFailsItsTestAndAFailedShouldCheckAbortsIt(@TempDir Path reports) throws Throwable {
    try (HandlesSimulator faulty = HandlesSimulator.builder().port(0).fault(Fault.ACTIVITY_WITH_BODY)
        .fault(Fault.REJECT_ACTIVITY_WITHOUT_NAME).start()) {
      List<DynamicTest> tests = ConformanceSuite.builder().baseUrl(faulty.baseUrl()).tries(5).seed(5).reportDir(reports)
          .only(Set.of("activity.without-name", "activity.status-204", "method.rejected"))
          .build().dynamicTests().toList();
      assertEquals(3, tests.size());
      assertTrue(tests.get(0).getDisplayName().startsWith("activity.without-name"));
      AssertionFailedError must = assertThrows(AssertionFailedError.class, () -> tests.get(0).getExecutable().execute());
      assertTrue(must.getMessage().contains("activity.without-name"), must.getMessage());
      assertTrue(must.getMessage().contains("seed 5"), must.getMessage());
      assertThrows(TestAbortedException.class, () -> tests.get(1).getExecutable().execute());
      tests.get(2).getExecutable().execute(); // method.rejected passes: no exception
      assertTrue(Files.isRegularFile(reports.resolve(Reports.HTML)), "reports written after the last test");
    }
  }

  @Test
  void aSelectionWithoutAMustCheckIsNotGreen() throws Throwable {
    List<DynamicTest> tests = ConformanceSuite.builder().baseUrl(simulator.baseUrl()).tries(2)
        .only(Set.of("activity.status-204")).build().dynamicTests().toList();
    assertEquals(2, tests.size());
    tests.get(0).getExecutable().execute(); // the SHOULD check itself passes on the simulator
    AssertionFailedError none = assertThrows(AssertionFailedError.class, () -> tests.get(1).getExecutable().execute());
    assertTrue(none.getMessage().contains("no MUST check"), none.getMessage());
  }

  @Test
  void anUnreachableTargetFailsEveryTest() throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<DynamicTest> tests = ConformanceSuite.builder().baseUrl("http://127.0.0.1:" + port)
        .only(Set.of("activity.accepted")).build().dynamicTests().toList();
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () -> tests.get(0).getExecutable().execute());
    assertTrue(error.getMessage().contains("unreachable"), error.getMessage());
  }
}
