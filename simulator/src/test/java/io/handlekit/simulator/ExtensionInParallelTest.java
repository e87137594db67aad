package io.handlekit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Two test classes that share one extension (a static field of their common base class) run in parallel, as JUnit
 * runs them with {@code junit.jupiter.execution.parallel.enabled}: each gets a simulator of its own, as a parameter
 * and through the extension's methods, and neither sees the other's requests.
 */
class ExtensionInParallelTest {
  /** A simulator a class under test was given, and its port while it ran. */
  private record Seen(HandlesSimulator simulator, int port) {}

  /** What the classes under test were given, by class name. */
  private static final Map<String, Seen> SEEN = new ConcurrentHashMap<>();
  /** Opened when both classes are inside their test at once: proof that they overlap. */
  private static volatile CountDownLatch bothRunning = new CountDownLatch(2);

  @Test
  void twoClassesInParallelEachGetTheirOwnSimulator() {
    SEEN.clear();
    bothRunning = new CountDownLatch(2);
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(FirstClient.class), selectClass(SecondClient.class))
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
        .configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread")
        .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
        .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "2")
        .build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();

    String failures = summary.getFailures().stream()
        .map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException()).toList().toString();
    assertEquals(0, summary.getTotalFailureCount(), failures);
    assertEquals(2, summary.getTestsSucceededCount(), failures);
    assertEquals(2, SEEN.size(), SEEN::toString);
    List<Seen> seen = List.copyOf(SEEN.values());
    assertNotSame(seen.get(0).simulator(), seen.get(1).simulator());
    assertNotEquals(seen.get(0).port(), seen.get(1).port(), SEEN::toString);
    for (Seen one : seen) {
      assertFalse(one.simulator().isRunning(), "stopped when its class ended: " + one.simulator());
    }
  }

  /** What two client teams' test classes would share: one extension on a static field of a base class. */
  abstract static class SharedExtension {
    @RegisterExtension
    static HandlesSimulatorExtension sim = HandlesSimulatorExtension.create();

    /** Sends {@code count} activities while the other class runs too, and sees only its own. */
    void sendsOnlyItsOwn(HandlesSimulator simulator, int count) throws InterruptedException {
      SEEN.put(getClass().getSimpleName(), new Seen(simulator, simulator.port()));
      assertSame(simulator, sim.simulator(), "the extension's methods act on this test's simulator");
      bothRunning.countDown();
      // A guard against hanging the build, not a measure of speed: the other class starts at the same time.
      assertTrue(bothRunning.await(60, TimeUnit.SECONDS), "the other class did not run in parallel");
      for (int i = 0; i < count; i++) {
        assertEquals(204, Http.post(sim.handlesUri(), Http.ACTIVITY).status());
      }
      assertEquals(count, simulator.exchanges().size(), "only this class's requests");
      sim.assertRequestsSentAndValid();
    }
  }

  static class FirstClient extends SharedExtension {
    @Test
    void sendsTwo(HandlesSimulator simulator) throws InterruptedException {
      sendsOnlyItsOwn(simulator, 2);
    }
  }

  static class SecondClient extends SharedExtension {
    @Test
    void sendsFive(HandlesSimulator simulator) throws InterruptedException {
      sendsOnlyItsOwn(simulator, 5);
    }
  }
}
