package io.handlekit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit 5 extension, used as a client team would. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HandlesSimulatorExtensionTest {
  @RegisterExtension
  static HandlesSimulatorExtension sim = HandlesSimulatorExtension.create();

  private static int portOfFirstTest;

  @Test
  @Order(1)
  void theSimulatorRunsBeforeTheTests() {
    portOfFirstTest = sim.port();
    assertTrue(sim.simulator().isRunning());
    assertEquals("http://127.0.0.1:" + sim.port(), sim.baseUrl());
    assertEquals(URI.create("http://127.0.0.1:" + sim.port()), sim.baseUri());
    assertEquals(204, Http.post(sim.handlesUri(), Http.ACTIVITY).status());
    assertEquals(1, sim.exchanges().size());
    sim.assertAllRequestsValid();
    sim.assertRequestsSentAndValid();
  }

  @Test
  @Order(2)
  void exchangesAreClearedBetweenTestsAndTheServerIsKept() {
    assertTrue(sim.exchanges().isEmpty());
    assertEquals(portOfFirstTest, sim.port());
  }

  @Test
  @Order(3)
  void assertAllRequestsValidListsEveryOffendingRequestWithItsViolations() {
    Http.post(sim.handlesUri(), Http.ACTIVITY);
    Http.to(sim.handlesUri()).header("X-Xbl-Contract-Version", null)
        .body(Http.ACTIVITY.replace("bd6c41c3-01c3-468a-a3b5-3e0fe8133862", "MockScid")).send();
    Http.to(sim.handlesUri()).method("GET").send();
    AssertionError failure = assertThrows(AssertionError.class, sim::assertAllRequestsValid);
    String message = failure.getMessage();
    assertTrue(message.contains("#2 POST /handles (answered 400)"), message);
    assertTrue(message.contains("[contract-version.missing]"), message);
    assertTrue(message.contains("[guid.format] \"/sessionRef/scid\""), message);
    assertTrue(message.contains("#3 GET /handles (answered 405)"), message);
    assertTrue(!message.contains("#1 "), message);
  }

  @Test
  @Order(4)
  void assertRequestsSentAndValidFailsWhenNothingWasSent() {
    assertThrows(AssertionError.class, sim::assertRequestsSentAndValid);
    sim.assertAllRequestsValid();
  }

  @Nested
  class InANestedClass {
    @Test
    void theSameSimulatorServes() {
      assertEquals(portOfFirstTest == 0 ? sim.port() : portOfFirstTest, sim.port());
      assertEquals(201, Http.post(sim.handlesUri(), Http.INVITE).status());
      sim.assertRequestsSentAndValid();
    }
  }

  /** On an instance field the extension runs one simulator per test, with the builder's configuration. */
  @Nested
  class PerTest {
    @RegisterExtension
    HandlesSimulatorExtension faulty = HandlesSimulatorExtension.of(
        HandlesSimulator.builder().fault(Fault.OK_200_ON_GET));

    @Test
    void aConfiguredSimulatorRunsForTheTest() {
      assertEquals(200, Http.to(faulty.handlesUri()).method("GET").send().status());
      assertTrue(faulty.simulator().faults().contains(Fault.OK_200_ON_GET));
    }
  }
}
