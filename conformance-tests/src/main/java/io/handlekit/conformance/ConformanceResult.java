package io.handlekit.conformance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a run.
 *
 * @param target the endpoint URL, without user info
 * @param seed the run's seed (pass it to {@link ConformanceSuite.Builder#seed(long)} to replay the run)
 * @param tries the examples per generating check
 * @param startedAt when the run started
 * @param duration how long it took
 * @param requests the HTTP requests sent
 * @param checks one result per check, in suite order (skipped checks included)
 * @param unreachable why the target could not be reached, when it could not: then no check ran
 */
public record ConformanceResult(String target, long seed, int tries, Instant startedAt, Duration duration,
    int requests, List<CheckResult> checks, Optional<String> unreachable) {
  public ConformanceResult {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(duration, "duration");
    checks = List.copyOf(checks);
    Objects.requireNonNull(unreachable, "unreachable");
  }

  /** The checks that failed, in suite order. */
  public List<CheckResult> failures() {
    return checks.stream().filter(CheckResult::failed).toList();
  }

  /** The MUST checks that failed. */
  public List<CheckResult> mustFailures() {
    return checks.stream().filter(c -> c.failed() && c.level() == Level.MUST).toList();
  }

  /** The result of the check with {@code id}. */
  public Optional<CheckResult> check(String id) {
    return checks.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public long count(Outcome outcome) {
    return checks.stream().filter(c -> c.outcome() == outcome).count();
  }

  /** True when the target was reached and every MUST check that ran passed. */
  public boolean conforms() {
    return unreachable.isEmpty() && mustFailures().isEmpty();
  }

  /** Same as {@link ConformanceSuite#exitCode(ConformanceResult)}. */
  public int exitCode() {
    return ConformanceSuite.exitCode(this);
  }
}
