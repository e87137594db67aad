package io.handlekit.conformance.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.conformance.CheckResult;
import io.handlekit.validator.HandlesValidator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The shared state of one run: the target, the redacting recorder, the traffic seen so far and the invite
 * handle ids returned. Thread-safe.
 */
public final class RunSession implements Target.Observer, AutoCloseable {
  private final Settings settings;
  private final Target target;
  private final Recorder recorder;
  private final Traffic traffic = new Traffic();
  // handle id -> the invite probes it answered; request ids are read only when an id repeats
  private final Map<String, List<Probe>> inviteIds = new ConcurrentHashMap<>();
  private final HandlesValidator validator = HandlesValidator.create();

  /** A request and its answer. */
  record Exchange(Probe probe, Answer answer) {}

  /** What the whole run's traffic showed. */
  static final class Traffic {
    private final AtomicInteger answers = new AtomicInteger();
    private final AtomicInteger count5xx = new AtomicInteger();
    private final AtomicInteger hangs = new AtomicInteger();
    private final AtomicReference<Exchange> first5xx = new AtomicReference<>();
    private final AtomicReference<Exchange> firstHang = new AtomicReference<>();

    void observe(Probe probe, Answer answer) {
      if (answer.judgeable()) {
        answers.incrementAndGet();
      }
      if (answer.is5xx()) {
        count5xx.incrementAndGet();
        first5xx.compareAndSet(null, new Exchange(probe, answer));
      }
      if (answer.kind() == Answer.Kind.TIMED_OUT) {
        hangs.incrementAndGet();
        firstHang.compareAndSet(null, new Exchange(probe, answer));
      }
    }

    int answers() {
      return answers.get();
    }

    int count5xx() {
      return count5xx.get();
    }

    int countHangs() {
      return hangs.get();
    }

    Optional<Exchange> first5xx() {
      return Optional.ofNullable(first5xx.get());
    }

    Optional<Exchange> firstHang() {
      return Optional.ofNullable(firstHang.get());
    }
  }

  public RunSession(Settings settings) {
    this.settings = settings;
    this.target = new Target(settings, this);
    this.recorder = new Recorder(settings.secretHeaders(), target);
  }

  Settings settings() {
    return settings;
  }

  public long seed() {
    return settings.seed();
  }

  Target target() {
    return target;
  }

  Recorder recorder() {
    return recorder;
  }

  Traffic traffic() {
    return traffic;
  }

  HandlesValidator validator() {
    return validator;
  }

  public int requests() {
    return target.requests();
  }

  @Override
  public void observe(Probe probe, Answer answer) {
    traffic.observe(probe, answer);
    if (probe.invite() && answer.is2xx()) {
      handleId(answer).ifPresent(id -> inviteIds.computeIfAbsent(id, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
          .add(probe));
    }
  }

  /** The {@code id} of an invite handle answer, lower case, when it has one. */
  static Optional<String> handleId(Answer answer) {
    try {
      JsonNode id = JsonText.MAPPER.readTree(answer.body()).get("id");
      return id != null && id.isTextual() ? Optional.of(id.textValue().toLowerCase(Locale.ROOT)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static Optional<String> requestId(Probe probe) {
    return probe.bytes().flatMap(bytes -> {
      try {
        JsonNode id = JsonText.MAPPER.readTree(bytes).get("id");
        return id != null && id.isTextual() ? Optional.of(id.textValue().toLowerCase(Locale.ROOT)) : Optional.empty();
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    });
  }

  /**
   * Whether {@code id} was returned for more than one invite. Requests that carried the same {@code id}
   * themselves do not count: a server may honour a client's id.
   */
  boolean duplicateHandleId(String id) {
    List<Probe> probes = inviteIds.getOrDefault(id, List.of());
    if (probes.size() < 2) {
      return false;
    }
    List<String> requests = probes.stream().map(p -> requestId(p).orElse("")).toList();
    String first = requests.get(0);
    return first.isEmpty() || requests.stream().anyMatch(r -> !r.equals(first));
  }

  /**
   * Checks that the target answers HTTP at all: empty when it does, else why not. Any status counts as an
   * answer; only a refused connection, an unknown host or no connection in time mean unreachable.
   */
  public Optional<String> preflight() {
    Answer answer = target.send(new Probe("GET", List.of(), List.of(), new ProbeBody.None(), "a GET of the endpoint", false));
    return answer.kind() == Answer.Kind.UNREACHABLE ? Optional.of(answer.error()) : Optional.empty();
  }

  /** Ends the session's background thread; nothing is sent afterwards. */
  @Override
  public void close() {
    target.close();
  }

  /** Runs {@code check}, logging its line. Checks may run concurrently. */
  public CheckResult run(Check check) {
    CheckResult result = check.run(this);
    synchronized (settings.log()) { // the user's consumer need not be thread-safe
      settings.log().accept(ConsoleLine.of(result));
    }
    return result;
  }

  /**
   * Runs {@code checks} on {@code parallelism} threads (checks are independent; each has its own seed), then the
   * checks over the whole traffic; results in the order given.
   */
  public List<CheckResult> runAll(List<Check> checks, java.util.function.Function<Check, CheckResult> notSelected) {
    List<java.util.concurrent.Future<CheckResult>> futures = new ArrayList<>();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
        Math.max(1, settings.parallelism()), runnable -> {
          Thread thread = new Thread(runnable, "handlekit-conformance-check");
          thread.setDaemon(true);
          return thread;
        });
    try {
      for (Check check : checks) {
        if (!settings.selects(check.id())) {
          futures.add(java.util.concurrent.CompletableFuture.completedFuture(notSelected.apply(check)));
        } else if (check instanceof TrafficCheck) {
          futures.add(null); // after every other check
        } else {
          futures.add(pool.submit(() -> run(check)));
        }
      }
      List<CheckResult> results = new ArrayList<>();
      for (java.util.concurrent.Future<CheckResult> future : futures) {
        results.add(future == null ? null : future.get());
      }
      for (int i = 0; i < results.size(); i++) {
        if (results.get(i) == null) {
          results.set(i, run(checks.get(i)));
        }
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the checks ran", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a check failed internally: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The checks of the suite selected by the settings. */
  public List<Check> selectedChecks() {
    List<Check> out = new ArrayList<>();
    for (Check check : Catalogue.checks()) {
      if (settings.selects(check.id())) {
        out.add(check);
      }
    }
    return out;
  }
}
