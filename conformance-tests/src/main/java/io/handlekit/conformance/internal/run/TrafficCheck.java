package io.handlekit.conformance.internal.run;

import io.handlekit.conformance.CheckDescription;
import io.handlekit.conformance.CheckResult;
import io.handlekit.conformance.Failure;
import io.handlekit.conformance.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A check over all the traffic of the run rather than requests of its own: no answer was a 5xx, no request went
 * unanswered. It runs last and shows the first offending request (these are not shrunk: the request belongs to
 * another check, whose own failure shows the shrunk form).
 */
record TrafficCheck(CheckDescription description, Kind kind) implements Check {
  enum Kind { NO_5XX, NO_HANG }

  @Override
  public CheckResult run(RunSession session) {
    RunSession.Traffic traffic = session.traffic();
    Optional<RunSession.Exchange> first = kind == Kind.NO_5XX ? traffic.first5xx() : traffic.firstHang();
    int seen = traffic.answers();
    Optional<Failure> failure = first.map(e -> new Failure(message(e, traffic), session.seed(),
        session.recorder().request(e.probe()), session.recorder().response(e.answer())));
    List<String> notes = List.of("judged on all " + seen + " requests of the run");
    Outcome outcome = failure.isPresent() ? Outcome.FAILED : seen == 0 ? Outcome.SKIPPED : Outcome.PASSED;
    return new CheckResult(id(), description.level(), description.title(), outcome, seen, 0, Duration.ZERO, failure,
        seen == 0 ? List.of("no request of another check was answered: nothing to judge") : notes);
  }

  private String message(RunSession.Exchange e, RunSession.Traffic traffic) {
    return switch (kind) {
      case NO_5XX -> traffic.count5xx() + " request(s) were answered with a 5xx; the first, " + e.probe().about()
          + ", " + e.answer().outcome();
      case NO_HANG -> traffic.countHangs() + " request(s) got no answer in time; the first, " + e.probe().about()
          + ", " + e.answer().outcome();
    };
  }
}
