package io.handlekit.conformance.internal.run;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.handlekit.conformance.CheckDescription;
import io.handlekit.conformance.CheckResult;
import io.handlekit.conformance.ConformanceResult;
import io.handlekit.conformance.Fixture;
import io.handlekit.conformance.Level;
import io.handlekit.conformance.Outcome;
import io.handlekit.conformance.Verdict;
import io.handlekit.conformance.internal.http.Probe;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quicktheories.generators.Generate;

/** A check stopped by its time budget has not run to its end, wherever the budget ran out: never a pass. */
class TimeBudgetTest {
  private static final Duration BUDGET = Duration.ofMillis(50);
  // a server of its own for each test, on a free loopback port, started and stopped by the extension
  @RegisterExtension
  final WireMockExtension wireMock = WireMockExtension.newInstance()
      .options(options().bindAddress("127.0.0.1").dynamicPort().containerThreads(8).jettyAcceptors(1)).build();

  @BeforeEach
  void stub() {
    wireMock.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(405)));
    wireMock.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(204)));
  }

  private Settings settings() {
    return new Settings(URI.create("http://127.0.0.1:" + wireMock.getPort() + "/handles"), List.of(), Set.of(),
        Fixture.anySession(), 5, 1, Set.of(), Set.of(), 1000, 0, Duration.ofSeconds(5), BUDGET, 10,
        Duration.ofSeconds(1), Optional.empty(), line -> { }, 1, Optional.empty());
  }

  /** Returns only once more than the whole budget has passed since it was called, hence since the check began. */
  private static void outlastTheBudget() {
    long from = System.nanoTime();
    while (System.nanoTime() - from <= BUDGET.toNanos()) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void aBudgetRunningOutBetweenTwoStrataLeavesTheCheckIncomplete() {
    Probe first = Probe.post("{\"n\":1}".getBytes(StandardCharsets.UTF_8), "the first stratum's body", false);
    Probe second = Probe.post("{\"n\":2}".getBytes(StandardCharsets.UTF_8), "the second stratum's body", false);
    List<Probe> judged = new CopyOnWriteArrayList<>();
    PropertyCheck check = new PropertyCheck(new CheckDescription("x.two-strata", Level.MUST, "two strata"),
        fixture -> List.of(new Stratum("first", Generate.constant(first), 1),
            new Stratum("second", Generate.constant(second), 1)),
        (probe, answer, run) -> {
          judged.add(probe);
          if (probe == first) {
            outlastTheBudget(); // the first stratum ends after the deadline: the second must not start
          }
          return Optional.empty();
        });
    try (RunSession session = new RunSession(settings())) {
      CheckResult result = session.run(check);
      assertEquals(List.of(first), judged, "the second stratum was never sent");
      assertEquals(Outcome.SKIPPED, result.outcome(), result::toString);
      assertEquals("stopped early: the check's time budget of 50 ms ran out", result.notes().get(0));
      ConformanceResult run = new ConformanceResult("t", 1, 5, Instant.EPOCH, Duration.ZERO, session.requests(),
          List.of(result), Optional.empty());
      assertEquals(Verdict.INCONCLUSIVE, run.verdict());
      assertTrue(run.inconclusiveReason().orElseThrow().contains("time budget of 50 ms ran out"),
          run.inconclusiveReason().get());
    }
  }
}
