package io.handlekit.conformance.internal.run;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.handlekit.conformance.CheckDescription;
import io.handlekit.conformance.CheckResult;
import io.handlekit.conformance.ConformanceResult;
import io.handlekit.conformance.ConformanceSuite;
import io.handlekit.conformance.Fixture;
import io.handlekit.conformance.Level;
import io.handlekit.conformance.Outcome;
import io.handlekit.conformance.Reports;
import io.handlekit.conformance.Verdict;
import io.handlekit.conformance.internal.http.Probe;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;
import org.quicktheories.generators.Generate;

/** An error inside the suite is ERROR, with its stack trace in every report, and the run is inconclusive. */
class SuiteErrorTest {
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
        Fixture.anySession(), 5, 1, Set.of(), Set.of(), 1000, 0, Duration.ofSeconds(5), Duration.ofMinutes(1), 10,
        Duration.ofSeconds(1), Optional.empty(), line -> { }, 1, Optional.empty());
  }

  private static PropertyCheck throwing(String id, Level level, RuntimeException or, Error error) {
    Probe probe = Probe.post("{}".getBytes(StandardCharsets.UTF_8), "a body", false);
    return new PropertyCheck(new CheckDescription(id, level, "throws"), f -> List.of(Stratum.of("one",
        Generate.constant(probe))), (p, a, r) -> {
          if (error != null) {
            throw error;
          }
          throw or;
        });
  }

  private ConformanceResult run(List<Check> checks) {
    try (RunSession session = new RunSession(settings())) {
      List<CheckResult> results = session.runAll(checks);
      return new ConformanceResult("t", 1, 5, Instant.EPOCH, Duration.ZERO, session.requests(), results, Optional.empty());
    }
  }

  @Test
  void anExceptionWhileJudgingIsAnErrorAndTheRunIsInconclusive() throws Exception {
    ConformanceResult result = run(List.of(throwing("x.boom", Level.MUST, new IllegalStateException("boom inside"), null)));
    CheckResult check = result.checks().get(0);
    assertEquals(Outcome.ERROR, check.outcome());
    assertTrue(check.stackTrace().orElseThrow().contains("IllegalStateException: boom inside"), check.stackTrace().get());
    assertTrue(check.stackTrace().get().contains("SuiteErrorTest"), "a real stack trace");
    assertEquals(Verdict.INCONCLUSIVE, result.verdict());
    assertEquals(Verdict.INCONCLUSIVE, result.verdict());
    assertTrue(result.inconclusiveReason().orElseThrow().contains("the suite failed internally in x.boom"),
        result.inconclusiveReason().get());
    assertTrue(Reports.summary(result).contains("ERROR MUST x.boom"), Reports.summary(result));
    assertTrue(Reports.summary(result).contains("boom inside"), Reports.summary(result));
    assertTrue(Reports.json(result).contains("\"stackTrace\""));
    assertTrue(Reports.junitXml(result).contains("<error message="), Reports.junitXml(result));
    assertTrue(Reports.html(result).contains("ERROR MUST x.boom"));
  }

  @Test
  void anErrorInASuiteCheckOfAnyLevelMakesTheRunInconclusive() {
    ConformanceResult result = run(List.of(throwing("y.overflow", Level.SHOULD, null, new StackOverflowError("deep"))));
    assertEquals(Outcome.ERROR, result.checks().get(0).outcome());
    assertEquals(Verdict.INCONCLUSIVE, result.verdict());
  }

  @Test
  void anErrorInACheckOfAnyLevelFailsItsDynamicTest() {
    RunSession session = new RunSession(settings());
    List<DynamicTest> tests = JUnitBridge.tests(session, List.of(
        throwing("y.should", Level.SHOULD, new IllegalStateException("boom in a SHOULD check"), null),
        throwing("z.info", Level.INFO, new IllegalStateException("boom in an INFO check"), null))).toList();
    assertEquals(3, tests.size(), "one test per check, and one for the missing MUST check");
    for (DynamicTest test : tests.subList(0, 2)) {
      AssertionFailedError error = assertThrows(AssertionFailedError.class, () -> test.getExecutable().execute(),
          test.getDisplayName() + " must fail, not be skipped: the run is inconclusive");
      assertTrue(error.getMessage().contains("is inconclusive (ERROR)"), error.getMessage());
      assertTrue(error.getMessage().contains("IllegalStateException: boom in"), error.getMessage());
    }
  }
}
