package io.handlekit.simulator;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Starting a simulator: a clear error when it cannot listen, settings refused up front. Serving until the process is
 * stopped is {@code handlekit serve}'s job (the cli module's {@code ServeCommandTest}).
 */
class StartTest {
  @Test
  void aTakenPortIsAClearError() {
    try (HandlesSimulator first = HandlesSimulator.start()) {
      IllegalStateException failure = assertThrows(IllegalStateException.class,
          () -> HandlesSimulator.builder().port(first.port()).start());
      assertTrue(failure.getMessage().startsWith("cannot start the simulator on 127.0.0.1:" + first.port()),
          failure.getMessage());
    }
  }

  @Test
  void builderRefusesBadSettings() {
    assertThrows(IllegalArgumentException.class, () -> HandlesSimulator.builder().port(65_536));
    assertThrows(IllegalArgumentException.class, () -> HandlesSimulator.builder().port(-1));
    assertThrows(IllegalArgumentException.class, () -> HandlesSimulator.builder().inviteTtl(java.time.Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> HandlesSimulator.builder().maxBodyBytes(0));
  }
}
