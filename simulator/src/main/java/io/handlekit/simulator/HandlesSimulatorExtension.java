package io.handlekit.simulator;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

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
 *
 * <p>Safe under parallel test execution: each test class (or, on an instance field, each test) gets a simulator of
 * its own, kept in JUnit's {@link ExtensionContext.Store} and stopped when that class or test ends; nested classes
 * share their enclosing class's. A test, a constructor or a {@code @BeforeEach}/{@code @BeforeAll} method can take
 * it as a {@link HandlesSimulator} parameter. The methods of this class ({@link #baseUrl()},
 * {@link #assertAllRequestsValid()}...) act on the simulator of the test running on the calling thread; from another
 * thread, on the one simulator this extension runs, and when it runs several at once (one extension shared by test
 * classes that run in parallel) they ask for the parameter instead of guessing.
 */
public final class HandlesSimulatorExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private final HandlesSimulator.Builder builder;
  /** Where this extension keeps its simulators: a namespace of its own, so two extensions in one class never mix. */
  private final ExtensionContext.Namespace namespace;
  /** The simulator of the test that runs on each thread, between beforeEach and afterEach. */
  private final ThreadLocal<HandlesSimulator> current = new ThreadLocal<>();
  /** Every simulator this extension runs now, for the methods called off a test's thread. */
  private final Set<HandlesSimulator> running = ConcurrentHashMap.newKeySet();

  private HandlesSimulatorExtension(HandlesSimulator.Builder builder) {
    this.builder = builder;
    this.namespace = ExtensionContext.Namespace.create(HandlesSimulatorExtension.class, this);
  }

  /** An extension whose simulator has every default: 127.0.0.1, a free port, no faults. */
  public static HandlesSimulatorExtension create() {
    return new HandlesSimulatorExtension(HandlesSimulator.builder());
  }

  /** An extension whose simulator is configured by {@code builder} (faults, behaviours, validator...). */
  public static HandlesSimulatorExtension of(HandlesSimulator.Builder builder) {
    return new HandlesSimulatorExtension(builder);
  }

  /** A started simulator in a store: stopped, and forgotten by the extension, when its context ends. */
  private final class Running implements AutoCloseable {
    final HandlesSimulator simulator;

    Running() {
      synchronized (builder) { // a builder is not thread-safe; classes running in parallel start from one
        this.simulator = builder.start();
      }
      running.add(simulator);
    }

    @Override
    public void close() {
      running.remove(simulator);
      simulator.close();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    // A nested class finds its enclosing class's simulator in the store's parent: one simulator serves them all.
    simulatorOf(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    // On an instance field the extension is registered after beforeAll: the test then starts one of its own.
    HandlesSimulator simulator = simulatorOf(context);
    simulator.clearExchanges();
    current.set(simulator);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    current.remove();
  }

  private HandlesSimulator simulatorOf(ExtensionContext context) {
    return context.getStore(namespace).computeIfAbsent(Running.class, type -> new Running(), Running.class)
        .simulator;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == HandlesSimulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Running found = context.getStore(namespace).get(Running.class, Running.class);
    if (found == null) {
      throw new ParameterResolutionException("no simulator runs yet for " + parameter.getDeclaringExecutable()
          + ": an extension on an instance field starts one per test, for the test and its @BeforeEach methods");
    }
    return found.simulator;
  }

  /** The running simulator: the current test's (see the class comment). */
  public HandlesSimulator simulator() {
    HandlesSimulator mine = current.get();
    if (mine != null) {
      return mine;
    }
    List<HandlesSimulator> all = List.copyOf(running);
    if (all.size() == 1) {
      return all.get(0);
    }
    if (all.isEmpty()) {
      throw new IllegalStateException("the simulator runs only while tests run: register the extension with "
          + "@RegisterExtension and use it from a test");
    }
    throw new IllegalStateException("this extension runs " + all.size() + " simulators at once (test classes in "
        + "parallel) and none belongs to this thread's test: take the test's HandlesSimulator as a parameter");
  }

  /** Where the simulator listens, e.g. {@code http://127.0.0.1:49152}, without a trailing slash. */
  public String baseUrl() {
    return simulator().baseUrl();
  }

  /** {@link #baseUrl()} as a {@link URI}. */
  public URI baseUri() {
    return simulator().baseUri();
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
