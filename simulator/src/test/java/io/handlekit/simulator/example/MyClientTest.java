package io.handlekit.simulator.example;

import io.handlekit.simulator.HandlesSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

// The README's JUnit 5 example, as written there (ReadmeExampleTest holds the two to each other): it compiles and
// runs, so the documented API is the real one.
class MyClientTest {
  @RegisterExtension
  static HandlesSimulatorExtension sim = HandlesSimulatorExtension.create(); // or .of(HandlesSimulator.builder()...)

  @Test
  void invitesAFriend() {
    new MyClient(sim.baseUrl()).invite("3210");
    sim.assertRequestsSentAndValid();   // or sim.assertAllRequestsValid(); sim.exchanges() for details
  }
}
