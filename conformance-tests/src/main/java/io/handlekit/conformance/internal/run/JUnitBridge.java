package io.handlekit.conformance.internal.run;

import io.handlekit.conformance.CheckResult;
import io.handlekit.conformance.ConformanceResult;
import io.handlekit.conformance.Level;
import io.handlekit.conformance.Outcome;
import io.handlekit.conformance.Reports;
import io.handlekit.core.text.TerminalText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * The checks as JUnit dynamic tests. Kept apart from the public suite class so that loading the suite never
 * needs JUnit on the class path.
 *
 * <p>Internal: public only because {@code ConformanceSuite.dynamicTests()} hands over to it; not API.
 */
public final class JUnitBridge {
  private JUnitBridge() {}

  /** One dynamic test per selected check, sharing one run. */
  public static Stream<DynamicTest> tests(Settings settings) {
    RunSession session = new RunSession(settings);
    return tests(session, session.selectedChecks());
  }

  /** One dynamic test per check of {@code checks}, run within {@code session}. */
  static Stream<DynamicTest> tests(RunSession session, List<Check> checks) {
    Settings settings = session.settings();
    Shared shared = new Shared(session, checks.size());
    Stream<DynamicTest> perCheck = IntStream.range(0, checks.size()).mapToObj(i -> {
      Check check = checks.get(i);
      return DynamicTest.dynamicTest(check.id() + " [" + check.description().level() + "]", () -> {
        Optional<String> unreachable = shared.reachability();
        if (unreachable.isPresent()) {
          Assertions.fail(TerminalText.escape("the target " + settings.endpoint() + " is unreachable: " + unreachable.get()));
        }
        CheckResult result = shared.record(session.run(check));
        if (result.failed()) {
          String message = result.id() + ": " + result.failure().orElseThrow().message() + " (seed "
              + session.seed() + ", tries " + settings.tries() + ")\n  " + result.failure().orElseThrow().request().curl();
          if (result.level() == Level.MUST) {
            Assertions.fail(TerminalText.escape(message));
          }
          Assumptions.abort(TerminalText.escape(result.level() + " check failed: " + message));
        }
        if (result.incomplete() && (result.level() == Level.MUST || result.outcome() == Outcome.ERROR)) {
          // Inconclusive must not look green: a MUST check that did not run to its end fails its test, and so does
          // an error of the suite in a check of any level, as it makes the whole run inconclusive.
          Assertions.fail(TerminalText.escape(result.id() + " is inconclusive (" + result.outcome() + "): "
              + (result.notes().isEmpty() ? "it did not run to its end" : result.notes().get(0))
              + result.stackTrace().map(t -> "\n" + t).orElse("")));
        }
        if (!result.passed()) {
          Assumptions.abort(TerminalText.escape(result.outcome() + ": "
              + (result.notes().isEmpty() ? "did not run to its end" : result.notes().get(0))));
        }
      });
    });
    if (checks.stream().anyMatch(check -> check.description().level() == Level.MUST)) {
      return perCheck;
    }
    // SHOULD and INFO checks alone never show that a target conforms: the run is inconclusive, so not green.
    return Stream.concat(perCheck, Stream.of(DynamicTest.dynamicTest("no MUST check selected", () ->
        Assertions.fail("no MUST check was selected: SHOULD and INFO checks alone cannot show that the target conforms"))));
  }

  /** What the tests of one stream share; JUnit may run them on other threads than the one that made the stream. */
  private static final class Shared {
    private final RunSession session;
    private final int expected;
    private final Instant started = Instant.now();
    private final long t0 = System.nanoTime();
    private final List<CheckResult> results = new ArrayList<>();
    private Optional<String> reachability;

    Shared(RunSession session, int expected) {
      this.session = session;
      this.expected = expected;
    }

    synchronized Optional<String> reachability() {
      if (reachability == null) {
        reachability = session.preflight();
      }
      return reachability;
    }

    synchronized CheckResult record(CheckResult result) {
      results.add(result);
      if (results.size() == expected) {
        session.close();
        session.settings().reportDir().ifPresent(dir -> Reports.writeAll(new ConformanceResult(
            session.settings().endpoint().toString(), session.seed(), session.settings().tries(), started,
            Duration.ofNanos(System.nanoTime() - t0), session.requests(), results, Optional.empty(), session.warnings(),
            session.throttling()), dir));
      }
      return result;
    }
  }
}
