package io.handlekit.conformance.internal.run;

import io.handlekit.conformance.CheckDescription;
import io.handlekit.conformance.CheckResult;
import io.handlekit.conformance.Failure;
import io.handlekit.conformance.Outcome;
import io.handlekit.conformance.internal.report.HumanDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The state of one check while it runs: its notes and its deadline. Confined to the thread running the check. */
final class CheckRun {
  private final RunSession session;
  private final long deadlineNanos;
  private final Set<String> notes = new LinkedHashSet<>();
  private String incomplete;
  private Throwable error;
  private int tries;
  private int requests;

  CheckRun(RunSession session, long deadlineNanos) {
    this.session = session;
    this.deadlineNanos = deadlineNanos;
  }

  RunSession session() {
    return session;
  }

  void note(String note) {
    if (notes.size() < 50) {
      notes.add(note);
    }
  }

  List<String> notes() {
    return new ArrayList<>(notes);
  }

  /**
   * Why the check cannot go on (a budget, the target stopped answering), when it cannot. A deadline that has passed
   * is recorded as the reason the check is incomplete here, once for every loop that asks: a check that stops
   * because of it has not run to its end, wherever it stopped.
   */
  String blocked() {
    if (incomplete == null && System.nanoTime() - deadlineNanos > 0) {
      incomplete("the check's time budget of " + HumanDuration.of(session.settings().checkTime()) + " ran out");
    }
    return incomplete;
  }

  void incomplete(String reason) {
    if (incomplete == null) {
      incomplete = reason;
    }
  }

  String incomplete() {
    return incomplete;
  }

  /** Records the suite's own failure: the check ends in ERROR, whatever else it saw. */
  void error(String doing, Throwable e) {
    if (error == null) {
      error = e;
      incomplete("the suite failed " + doing + ": " + e);
    }
  }

  Optional<Throwable> error() {
    return Optional.ofNullable(error);
  }

  /** The stack trace of {@code e} as text, for the reports. */
  static String stackTrace(Throwable e) {
    java.io.StringWriter out = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }

  void tried() {
    tries++;
  }

  int tries() {
    return tries;
  }

  void sent() {
    requests++;
  }

  int requests() {
    return requests;
  }

  /**
   * The check's result from what this run saw: a failure the target showed stands even when the suite failed
   * afterwards; else the suite's error wins; a run that stopped early is skipped, never passed.
   */
  CheckResult result(String id, CheckDescription description, Optional<Failure> failure, long startedNanos) {
    Outcome outcome = failure.isPresent() ? Outcome.FAILED : error().isPresent() ? Outcome.ERROR
        : incomplete() != null ? Outcome.SKIPPED : Outcome.PASSED;
    List<String> notes = notes();
    if (incomplete() != null) {
      notes.add(0, "stopped early: " + incomplete());
    }
    return new CheckResult(id, description.level(), description.title(), outcome, tries(), requests(),
        Duration.ofNanos(System.nanoTime() - startedNanos), failure, notes,
        outcome == Outcome.ERROR ? error().map(CheckRun::stackTrace) : Optional.empty());
  }
}
