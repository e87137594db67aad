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
 * @param checks one result per selected check, in suite order (checks not selected are not listed)
 * @param unreachable why the target could not be reached, when it could not: then no check ran
 * @param warnings what looks wrong with the setup rather than the target (missing credentials, a wrong base URL);
 *     never changes the verdict
 * @param throttling how the target throttled the run, when it did (e.g. "the target answered 429 to 116 of 116
 *     requests")
 */
public record ConformanceResult(String target, long seed, int tries, Instant startedAt, Duration duration,
    int requests, List<CheckResult> checks, Optional<String> unreachable, List<String> warnings,
    Optional<String> throttling) {
  public ConformanceResult {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(duration, "duration");
    checks = List.copyOf(checks);
    Objects.requireNonNull(unreachable, "unreachable");
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(throttling, "throttling");
  }

  /** A result without warnings or throttling. */
  public ConformanceResult(String target, long seed, int tries, Instant startedAt, Duration duration, int requests,
      List<CheckResult> checks, Optional<String> unreachable) {
    this(target, seed, tries, startedAt, duration, requests, checks, unreachable, List.of(), Optional.empty());
  }

  /**
   * The run's outcome: {@link Verdict#UNREACHABLE} when no check could run; {@link Verdict#DOES_NOT_CONFORM} when a
   * MUST check failed; {@link Verdict#INCONCLUSIVE} when none failed but a MUST check was skipped or cut short, any
   * check ended in {@link Outcome#ERROR}, or no MUST check was selected (SHOULD and INFO checks alone never show
   * conformance); else {@link Verdict#CONFORMS}.
   */
  public Verdict verdict() {
    if (unreachable.isPresent()) {
      return Verdict.UNREACHABLE;
    }
    if (!mustFailures().isEmpty()) {
      return Verdict.DOES_NOT_CONFORM;
    }
    if (noMustSelected() || !mustIncomplete().isEmpty() || count(Outcome.ERROR) > 0) {
      return Verdict.INCONCLUSIVE;
    }
    return Verdict.CONFORMS;
  }

  /**
   * Why the run is inconclusive, in one line (e.g. "28 MUST checks did not run to the end: the target answered 429
   * to 116 of 116 requests"); empty for any other verdict.
   */
  public Optional<String> inconclusiveReason() {
    if (verdict() != Verdict.INCONCLUSIVE) {
      return Optional.empty();
    }
    if (checks.isEmpty()) {
      return Optional.of("no check ran");
    }
    List<CheckResult> errors = checks.stream().filter(c -> c.outcome() == Outcome.ERROR).toList();
    List<CheckResult> incomplete = mustIncomplete();
    String what = incomplete.isEmpty() ? "" : incomplete.size() + " MUST check" + (incomplete.size() == 1 ? "" : "s")
        + " did not run to the end: ";
    if (!errors.isEmpty()) {
      return Optional.of(what + "the suite failed internally in " + errors.get(0).id()
          + (errors.size() > 1 ? " and " + (errors.size() - 1) + " more" : "") + " (see the stack trace; please report it)");
    }
    if (noMustSelected()) {
      return Optional.of("no MUST check was selected: SHOULD and INFO checks alone cannot show that the target conforms");
    }
    if (throttling.isPresent()) {
      return Optional.of(what + throttling.get());
    }
    CheckResult first = incomplete.get(0);
    return Optional.of(what + (first.notes().isEmpty() ? first.id() + " was skipped" : first.notes().get(0)));
  }

  /** The checks that failed, in suite order. */
  public List<CheckResult> failures() {
    return checks.stream().filter(CheckResult::failed).toList();
  }

  /** The MUST checks that failed. */
  public List<CheckResult> mustFailures() {
    return checks.stream().filter(c -> c.failed() && c.level() == Level.MUST).toList();
  }

  /** The MUST checks that did not run to their end (skipped, cut short or ERROR). */
  public List<CheckResult> mustIncomplete() {
    return checks.stream().filter(c -> c.incomplete() && c.level() == Level.MUST).toList();
  }

  private boolean noMustSelected() {
    return checks.stream().noneMatch(c -> c.level() == Level.MUST);
  }

  /** The result of the check with {@code id}. */
  public Optional<CheckResult> check(String id) {
    return checks.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public long count(Outcome outcome) {
    return checks.stream().filter(c -> c.outcome() == outcome).count();
  }

  /** True only when the verdict is {@link Verdict#CONFORMS}: never for a run that was cut short. */
  public boolean conforms() {
    return verdict() == Verdict.CONFORMS;
  }
}
