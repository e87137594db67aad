package io.handlekit.simulator;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a {@link HandlesSimulator} for a JUnit 5 test class: started before all tests, its recorded exchanges cleared
 * before each test, stopped after all tests.
 *
 * <pre>{@code
 * @RegisterExtension
 * static HandlesSimulatorExtension sim = HandlesSimulatorExtension.create();
 *
 * @Test
 * void invitesAFriend() {
 *   new MyClient(sim.baseUrl()).invite("3210");
 *   sim.assertAllRequestsValid();
 * }
 * }</pre>
 *
 * <p>Registered on an instance field instead of a static one, it runs one simulator per test.
 */
public final class HandlesSimulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private final HandlesSimulator.Builder builder;
  private HandlesSimulator simulator;
  private boolean perTest;
  private int classDepth;

  private HandlesSimulatorExtension(HandlesSimulator.Builder builder) {
    this.builder = builder;
  }

  /** An extension whose simulator has every default: 127.0.0.1, a free port, no faults. */
  public static HandlesSimulatorExtension create() {
    return new HandlesSimulatorExtension(HandlesSimulator.builder());
  }

  /** An extension whose simulator is configured by {@code builder} (faults, behaviours, validator...). */
  public static HandlesSimulatorExtension of(HandlesSimulator.Builder builder) {
    return new HandlesSimulatorExtension(builder);
  }

  @Override
  public synchronized void beforeAll(ExtensionContext context) {
    // Nested test classes call this again; one simulator serves them all.
    if (classDepth++ == 0) {
      simulator = builder.start();
    }
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    if (--classDepth == 0) {
      stop();
    }
  }

  @Override
  public synchronized void beforeEach(ExtensionContext context) {
    if (simulator == null) {
      simulator = builder.start();
      perTest = true;
    }
    simulator.clearExchanges();
  }

  @Override
  public synchronized void afterEach(ExtensionContext context) {
    if (perTest) {
      stop();
      perTest = false;
    }
  }

  private void stop() {
    if (simulator != null) {
      simulator.close();
      simulator = null;
    }
  }

  /** The running simulator. */
  public synchronized HandlesSimulator simulator() {
    if (simulator == null) {
      throw new IllegalStateException("the simulator runs only while tests run: register the extension with "
          + "@RegisterExtension and use it from a test");
    }
    return simulator;
  }

  /** Where the simulator listens, e.g. {@code http://127.0.0.1:49152}. */
  public URI baseUrl() {
    return simulator().baseUrl();
  }

  /** The endpoint, {@code <baseUrl>/handles}. */
  public URI handlesUri() {
    return simulator().handlesUri();
  }

  public int port() {
    return simulator().port();
  }

  /** The requests of the current test to {@code /handles}, oldest first. */
  public List<RecordedExchange> exchanges() {
    return simulator().exchanges();
  }

  /**
   * Fails, listing every offending request and each of its problems, unless every request of the current test
   * followed the contract: POST, {@code application/json}, a valid {@code X-Xbl-Contract-Version} and body. It
   * sees every offending request, not only the recent ones that {@link #exchanges()} lists; when more were sent
   * than the simulator keeps ({@link HandlesSimulator.Builder#maxKeptViolations(int)}), it fails and says how many
   * were not kept.
   *
   * @throws AssertionError listing the requests that broke the contract
   */
  public void assertAllRequestsValid() {
    String failures = ExchangeProblems.describe(simulator().exchangeLog());
    if (!failures.isEmpty()) {
      throw new AssertionError("requests to /handles broke the contract:\n" + failures);
    }
  }

  /**
   * Fails unless the current test sent at least one request to {@code /handles} and all of them followed the
   * contract (see {@link #assertAllRequestsValid()}).
   */
  public void assertRequestsSentAndValid() {
    if (simulator().exchangeLog().total() == 0) {
      throw new AssertionError("no request was sent to " + handlesUri());
    }
    assertAllRequestsValid();
  }
}
