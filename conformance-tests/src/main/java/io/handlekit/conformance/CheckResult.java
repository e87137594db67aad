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
 * @param outcome passed, failed or skipped
 * @param tries the generated examples judged (shrinking steps not included)
 * @param requests the HTTP requests sent, shrinking and retries included
 * @param duration the wall-clock time the check took
 * @param failure the smallest failing example, when it failed
 * @param notes what the suite observed beyond pass or fail (why it skipped, what an INFO check saw)
 */
public record CheckResult(String id, Level level, String title, Outcome outcome, int tries, int requests,
    Duration duration, Optional<Failure> failure, List<String> notes) {
  public CheckResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(failure, "failure");
    notes = List.copyOf(notes);
  }

  public boolean passed() {
    return outcome == Outcome.PASSED;
  }

  public boolean failed() {
    return outcome == Outcome.FAILED;
  }
}
