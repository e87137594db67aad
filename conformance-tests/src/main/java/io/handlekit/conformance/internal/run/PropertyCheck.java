package io.handlekit.conformance.internal.run;

import io.handlekit.conformance.CheckDescription;
import io.handlekit.conformance.CheckResult;
import io.handlekit.conformance.Failure;
import io.handlekit.conformance.Fixture;
import io.handlekit.conformance.internal.http.Answer;
import io.handlekit.conformance.internal.http.Probe;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Configuration;
import org.quicktheories.core.NoGuidance;
import org.quicktheories.core.Reporter;
import org.quicktheories.core.Strategy;

/**
 * A check run as QuickTheories properties, one per stratum: generate probes, send each, judge the answer. On
 * the first failing example QuickTheories shrinks it, sending each smaller candidate; the reporter hands the
 * smallest failing probe back, and the answer recorded for it becomes the failure shown.
 */
record PropertyCheck(CheckDescription description, Function<Fixture, List<Stratum>> strata, Judge judge)
    implements Check {
  /** Every stratum gets at least this many examples, however small {@code tries}. */
  static final int MIN_PER_STRATUM = 3;

  @Override
  public CheckResult run(RunSession session) {
    long started = System.nanoTime();
    CheckRun run = new CheckRun(session, started + session.settings().checkTime().toNanos());
    long checkSeed = Seeds.of(session.seed(), id());
    Optional<Failure> failure = Optional.empty();
    try {
      List<Stratum> parts = strata.apply(session.settings().fixture());
      int per = Math.max(MIN_PER_STRATUM, (session.settings().tries() + parts.size() - 1) / parts.size());
      for (int i = 0; i < parts.size() && failure.isEmpty() && run.blocked() == null; i++) {
        Stratum part = parts.get(i);
        int examples = part.maxExamples() > 0 ? Math.min(per, part.maxExamples()) : per;
        failure = new StratumRun(session, run, part).execute(Seeds.of(checkSeed, i), examples);
      }
    } catch (RuntimeException | Error e) {
      run.error("internally", e);
    }
    return run.result(id(), description, failure, started);
  }

  /** One stratum's property. */
  private final class StratumRun implements Reporter {
    private final RunSession session;
    private final CheckRun run;
    private final Stratum part;
    private final Map<Probe, Seen> failures = new IdentityHashMap<>();
    private Seen lastFailure;
    private Object smallest;
    private boolean halted;

    private record Seen(Answer answer, String message) {}

    StratumRun(RunSession session, CheckRun run, Stratum part) {
      this.session = session;
      this.run = run;
      this.part = part;
    }

    Optional<Failure> execute(long seed, int examples) {
      Strategy strategy = new Strategy(Configuration.defaultPRNG(seed), examples, -1,
          session.settings().shrinkCycles(), 10, this, prng -> new NoGuidance());
      QuickTheory.qt(() -> strategy).forAll(part.probes()).check(this::holds);
      if (smallest == null || lastFailure == null) {
        return Optional.empty();
      }
      Probe probe = (Probe) smallest;
      Seen seen = failures.getOrDefault(probe, lastFailure);
      return Optional.of(new Failure(seen.message(), session.seed(), session.recorder().request(probe),
          session.recorder().response(seen.answer())));
    }

    private boolean holds(Probe probe) {
      if (halted || run.blocked() != null) { // blocked() has recorded why the check is incomplete
        return true; // nothing more is sent; a failure found so far stays the smallest
      }
      Answer answer;
      try {
        answer = session.target().send(probe, run::sent);
      } catch (RuntimeException | Error e) {
        run.error("sending a request", e);
        halted = true;
        return true;
      }
      if (!answer.judgeable()) {
        if (lastFailure == null) {
          run.incomplete(answer.error());
        }
        halted = true;
        return true;
      }
      if (lastFailure == null) {
        run.tried();
      }
      Optional<String> verdict;
      try {
        verdict = judge.judge(probe, answer, run);
      } catch (RuntimeException | Error e) {
        run.error("judging an answer", e);
        halted = true;
        return true;
      }
      if (verdict.isEmpty()) {
        return true;
      }
      Seen seen = new Seen(answer, verdict.get());
      failures.put(probe, seen);
      lastFailure = seen;
      // Shrinking a request that hangs would wait a timeout per step: keep the first one.
      if (answer.kind() == Answer.Kind.TIMED_OUT) {
        halted = true;
      }
      return false;
    }

    @Override
    public void falisification(long seed, int examplesUsed, Object smallestValue, Throwable cause,
        List<Object> otherFalsifyingValues, AsString<Object> toString) {
      smallest = smallestValue;
    }

    @Override
    public void falisification(long seed, int examplesUsed, Object smallestValue, List<Object> otherFalsifyingValues,
        AsString<Object> toString) {
      smallest = smallestValue;
    }

    @Override
    public void valuesExhausted(int examplesUsed) {
      // A small stratum (a handful of distinct probes) runs out of new values: it has been tried in full.
    }
  }
}
