package io.handlekit.conformance.internal.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.handlekit.conformance.CheckResult;
import io.handlekit.conformance.Outcome;
import io.handlekit.conformance.internal.http.Answer;
import io.handlekit.conformance.internal.http.Probe;
import io.handlekit.conformance.internal.http.ProbeBody;
import io.handlekit.conformance.internal.http.Recorder;
import io.handlekit.conformance.internal.http.Target;
import io.handlekit.conformance.internal.report.ConsoleLine;
import io.handlekit.validator.HandlesValidator;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The shared state of one run: the target, the redacting recorder, the traffic seen so far and the invite
 * handle ids returned. Thread-safe.
 *
 * <p>Internal: public only because {@code ConformanceSuite.run()} runs through it; not API.
 */
public final class RunSession implements AutoCloseable {
  /** Reads invite handles, and the suite's own bodies when a handle is judged against its request. */
  static final JsonMapper JSON = JsonMapper.builder().build();

  private final Settings settings;
  private final Target target;
  private final Recorder recorder;
  private final Traffic traffic = new Traffic();
  // handle id -> the invite probes it answered; request ids are read only when an id repeats
  private final Map<String, List<Probe>> inviteIds = new ConcurrentHashMap<>();
  private final HandlesValidator validator = HandlesValidator.create();
  private final AtomicInteger validAnswers = new AtomicInteger();
  private final AtomicInteger validDenied = new AtomicInteger();
  private final AtomicInteger validNotFound = new AtomicInteger();
  private static final int MIN_FOR_WARNING = 3;
  private static final String PREFLIGHT = "a GET of the endpoint";

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
    this.target = new Target(settings.target(), this::observe);
    this.recorder = new Recorder(settings.secretHeaders(), target);
  }

  Settings settings() {
    return settings;
  }

  long seed() {
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

  private void observe(Probe probe, Answer answer) {
    if (probe.about() == PREFLIGHT) { // not a check's request: the traffic checks judge only those
      return;
    }
    traffic.observe(probe, answer);
    if (probe.invite() && answer.is2xx()) {
      handleId(answer).ifPresent(id -> inviteIds.computeIfAbsent(id, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
          .add(probe));
    }
  }

  /** The {@code id} of an invite handle answer, lower case, when it has one. */
  static Optional<String> handleId(Answer answer) {
    try {
      JsonNode id = JSON.readTree(answer.body()).get("id");
      return id != null && id.isTextual() ? Optional.of(id.textValue().toLowerCase(Locale.ROOT)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static Optional<String> requestId(Probe probe) {
    return probe.bytes().flatMap(bytes -> {
      try {
        JsonNode id = JSON.readTree(bytes).get("id");
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
    Answer answer = target.send(new Probe("GET", List.of(), List.of(), new ProbeBody.None(), PREFLIGHT, false));
    return answer.kind() == Answer.Kind.UNREACHABLE ? Optional.of(answer.error()) : Optional.empty();
  }

  /** Ends the session's background thread; nothing is sent afterwards. */
  @Override
  public void close() {
    target.close();
  }

  /** Runs {@code check}, logging its line. Checks may run concurrently. */
  CheckResult run(Check check) {
    CheckResult result;
    try {
      result = check.run(this);
    } catch (RuntimeException | Error e) {
      result = errored(check, e);
    }
    synchronized (settings.log()) { // the user's consumer need not be thread-safe
      settings.log().accept(ConsoleLine.of(result));
    }
    return result;
  }

  private static CheckResult errored(Check check, Throwable e) {
    return new CheckResult(check.id(), check.description().level(), check.description().title(), Outcome.ERROR, 0, 0,
        Duration.ZERO, Optional.empty(), List.of("the suite failed internally: " + e),
        Optional.of(CheckRun.stackTrace(e)));
  }

  /**
   * Runs {@code checks} on {@code parallelism} threads (checks are independent; each has its own seed), then the
   * checks over the whole traffic; results in the order given.
   */
  public List<CheckResult> runAll(List<Check> checks) {
    List<Future<CheckResult>> futures = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.parallelism()), runnable -> {
      Thread thread = new Thread(runnable, "handlekit-conformance-check");
      thread.setDaemon(true);
      return thread;
    });
    try {
      for (Check check : checks) {
        futures.add(check instanceof TrafficCheck ? null : pool.submit(() -> run(check))); // traffic checks last
      }
      List<CheckResult> results = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        Future<CheckResult> future = futures.get(i);
        if (future == null) {
          results.add(null);
          continue;
        }
        try {
          results.add(future.get());
        } catch (ExecutionException e) {
          results.add(errored(checks.get(i), e.getCause()));
        }
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
    } finally {
      pool.shutdownNow();
    }
  }

  /** Records the answer to a request whose body and headers were valid: the base of the setup warnings. */
  void validAnswered(Answer answer) {
    if (!answer.answered()) {
      return;
    }
    validAnswers.incrementAndGet();
    if (answer.status() == 401 || answer.status() == 403) {
      validDenied.incrementAndGet();
    } else if (answer.status() == 404) {
      validNotFound.incrementAndGet();
    }
  }

  /**
   * What looks wrong with the setup rather than the target, when most valid requests were refused the same way.
   * Never part of the verdict.
   */
  public List<String> warnings() {
    int all = validAnswers.get();
    List<String> out = new ArrayList<>();
    if (all < MIN_FOR_WARNING) {
      return out;
    }
    int denied = validDenied.get();
    int notFound = validNotFound.get();
    if (denied * 2 > all) {
      out.add("credentials are probably missing: " + denied + " of " + all + " valid requests were answered 401 or 403;"
          + " send them with -H 'Authorization: ...' (header/secretHeader in the API)");
    }
    if (notFound * 2 > all) {
      out.add("the base URL is probably wrong: " + notFound + " of " + all + " valid requests to " + settings.endpoint()
          + " were answered 404; requests go to <base URL>/handles (or name an existing session with a fixture)");
    }
    return out;
  }

  /** How the target throttled the run, if it did. */
  public Optional<String> throttling() {
    return target.throttling();
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
