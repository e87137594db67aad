package io.handlekit.conformance;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one check.
 *
 * @param id the check's stable id
 * @param level MUST, SHOULD or INFO
 * @param title what the check asserts
 * @param outcome passed, failed, skipped (not run to the end) or error (the suite failed)
 * @param tries the generated examples judged (shrinking steps not included)
 * @param requests the HTTP requests sent, shrinking and retries included
 * @param duration the wall-clock time the check took
 * @param failure the smallest failing example, when it failed
 * @param notes what the suite observed beyond pass or fail (why it stopped early, what an INFO check saw)
 * @param stackTrace with {@link Outcome#ERROR}: the stack trace of the suite's own failure
 */
public record CheckResult(String id, Level level, String title, Outcome outcome, int tries, int requests,
    Duration duration, Optional<Failure> failure, List<String> notes, Optional<String> stackTrace) {
  public CheckResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(failure, "failure");
    notes = List.copyOf(notes);
    Objects.requireNonNull(stackTrace, "stackTrace");
  }

  /** A result without a stack trace (any outcome but {@link Outcome#ERROR}). */
  public CheckResult(String id, Level level, String title, Outcome outcome, int tries, int requests,
      Duration duration, Optional<Failure> failure, List<String> notes) {
    this(id, level, title, outcome, tries, requests, duration, failure, notes, Optional.empty());
  }

  public boolean passed() {
    return outcome == Outcome.PASSED;
  }

  public boolean failed() {
    return outcome == Outcome.FAILED;
  }

  /** Whether the check did not run to its end: skipped, cut short, or failed inside the suite. */
  public boolean incomplete() {
    return outcome == Outcome.SKIPPED || outcome == Outcome.ERROR;
  }
}
