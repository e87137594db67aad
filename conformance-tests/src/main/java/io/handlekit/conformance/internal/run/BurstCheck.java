package io.handlekit.conformance.internal.run;

import io.handlekit.conformance.CheckDescription;
import io.handlekit.conformance.CheckResult;
import io.handlekit.conformance.Failure;
import io.handlekit.conformance.internal.generate.Examples;
import io.handlekit.conformance.internal.http.Answer;
import io.handlekit.conformance.internal.http.Probe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.quicktheories.core.Gen;

/**
 * Valid invites sent {@value #AT_ONCE} at a time, as a busy title's clients do: every one is accepted with a handle
 * of its own, and no id repeats anywhere in the run (a racy id generator only shows under concurrency). The
 * invites come from the run's seed; they are not shrunk (a race does not replay).
 */
record BurstCheck(CheckDescription description, java.util.function.Function<io.handlekit.conformance.Fixture, Gen<Probe>> invites)
    implements Check {
  static final int AT_ONCE = 8;
  private static final int MIN = 16;
  private static final int MAX = 64;

  private record Sent(Probe probe, Answer answer) {}

  @Override
  public CheckResult run(RunSession session) {
    long started = System.nanoTime();
    CheckRun run = new CheckRun(session, started + session.settings().checkTime().toNanos());
    int count = Math.max(MIN, Math.min(MAX, session.settings().tries()));
    Optional<Failure> failure = Optional.empty();
    try {
      List<Probe> probes = generate(session, count);
      List<Sent> sent = sendAtOnce(session, run, probes);
      failure = judge(session, run, sent);
    } catch (RuntimeException | Error e) {
      run.error("internally", e);
    }
    return run.result(id(), description, failure, started);
  }

  private List<Probe> generate(RunSession session, int count) {
    Gen<Probe> one = invites.apply(session.settings().fixture());
    List<Probe> out = new ArrayList<>();
    Examples.drawn(rs -> {
      List<Probe> list = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        list.add(one.generate(rs));
      }
      return list;
    }, Seeds.of(session.seed(), id()), 1).forEach(out::addAll);
    return out;
  }

  private static List<Sent> sendAtOnce(RunSession session, CheckRun run, List<Probe> probes) {
    ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE, runnable -> {
      Thread thread = new Thread(runnable, "handlekit-conformance-burst");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Sent> sent = new ArrayList<>();
      for (int from = 0; from < probes.size() && run.blocked() == null; from += AT_ONCE) {
        List<Probe> wave = probes.subList(from, Math.min(probes.size(), from + AT_ONCE));
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Sent>> answers = new ArrayList<>();
        for (Probe probe : wave) {
          answers.add(pool.submit(() -> {
            go.await();
            Answer answer = session.target().send(probe, () -> {
              synchronized (run) {
                run.sent();
              }
            });
            return new Sent(probe, answer);
          }));
        }
        go.countDown(); // the whole wave leaves together
        for (Future<Sent> answer : answers) {
          sent.add(answer.get());
        }
      }
      return sent;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while invites were sent at once", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("sending an invite failed inside the suite", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Optional<Failure> judge(RunSession session, CheckRun run, List<Sent> sent) {
    for (Sent s : sent) {
      Answer a = s.answer();
      if (!a.judgeable()) {
        run.incomplete(a.error());
        continue;
      }
      run.tried();
      String about = s.probe().about() + ", sent with " + (AT_ONCE - 1) + " other invites at once,";
      Optional<String> wrong;
      if (!a.is2xx()) {
        wrong = Optional.of(about + " " + a.outcome() + "; expected 2xx and a new invite handle");
      } else if (a.bodyCut()) {
        wrong = Optional.of(about + " got a handle larger than " + a.body().length + " bytes; not judged");
      } else {
        Optional<String> handleId = RunSession.handleId(a);
        wrong = handleId.isEmpty() ? Optional.of(about + " got an invite handle without an id")
            : session.duplicateHandleId(handleId.get())
                ? Optional.of(about + " got the handle id " + handleId.get() + ", already returned for another invite")
                : Optional.empty();
      }
      if (wrong.isPresent()) {
        return Optional.of(new Failure(wrong.get(), session.seed(), session.recorder().request(s.probe()),
            session.recorder().response(a)));
      }
    }
    return Optional.empty();
  }
}
