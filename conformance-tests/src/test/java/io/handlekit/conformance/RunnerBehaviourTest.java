package io.handlekit.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.handlekit.simulator.Fault;
import io.handlekit.simulator.HandlesSimulator;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** How the runner treats targets: unreachable, throttling, failing, trickling; budgets; seeds; exit codes. */
class RunnerBehaviourTest {
  // a server of its own for each test, on a free loopback port, started and stopped by the extension
  @RegisterExtension
  final WireMockExtension wireMock = WireMockExtension.newInstance()
      .options(options().bindAddress("127.0.0.1").dynamicPort().containerThreads(16).jettyAcceptors(1)).build();

  @BeforeEach
  void stub() {
    wireMock.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(405).withHeader("Allow", "POST")));
  }

  private String base() {
    return "http://127.0.0.1:" + wireMock.getPort();
  }

  private ConformanceSuite.Builder suite(String... only) {
    return ConformanceSuite.builder().baseUrl(base()).only(Set.of(only)).tries(3).seed(42).timeout(Duration.ofSeconds(5));
  }

  @Test
  void anUnreachableTargetIsAnUnreachableResult(@TempDir Path reports) throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort(); // closed again: nothing listens there
    }
    ConformanceResult result = ConformanceSuite.builder().baseUrl("http://127.0.0.1:" + port).reportDir(reports).build().run();
    assertTrue(result.unreachable().isPresent());
    assertEquals(Verdict.UNREACHABLE, result.verdict());
    assertEquals(List.of(), result.checks());
    assertTrue(Reports.summary(result).contains("Verdict: unreachable: "), Reports.summary(result));
    assertTrue(Reports.summary(result, 2).contains("Verdict: unreachable (exit code 2): "), Reports.summary(result, 2));
    assertEquals(Verdict.UNREACHABLE, result.verdict());
    assertTrue(Files.readString(reports.resolve(Reports.HTML)).contains("Verdict: unreachable"));
  }

  @Test
  void a503WithRetryAfterIsRetriedOnceAndThenJudged() {
    wireMock.stubFor(post(urlPathEqualTo("/handles")).inScenario("overload").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")).willSetStateTo("recovered"));
    wireMock.stubFor(post(urlPathEqualTo("/handles")).inScenario("overload").whenScenarioStateIs("recovered")
        .willReturn(aResponse().withStatus(204)));
    ConformanceResult result = suite("activity.accepted").build().run();
    CheckResult check = result.check("activity.accepted").orElseThrow();
    assertEquals(Outcome.PASSED, check.outcome(), () -> Reports.summary(result));
    assertEquals(3, check.tries());
    assertEquals(4, check.requests(), "three examples and one retry");
    wireMock.verify(4, postRequestedFor(urlPathEqualTo("/handles")));
  }

  @Test
  void a503AskingForALongerWaitThanAllowedIsIncompleteNotAFailure() {
    wireMock.stubFor(post(urlPathEqualTo("/handles")).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3600")));
    ConformanceResult result = suite("activity.accepted", "no-5xx").maxRetryWait(Duration.ofSeconds(2)).build().run();
    CheckResult check = result.check("activity.accepted").orElseThrow();
    assertEquals(Outcome.SKIPPED, check.outcome(), () -> Reports.summary(result));
    assertTrue(check.notes().get(0).contains("Retry-After 3600, beyond the longest wait of 2 s"), check.notes().toString());
    assertFalse(result.check("no-5xx").orElseThrow().failed(), "a 503 with Retry-After is not evidence");
    assertEquals(Verdict.INCONCLUSIVE, result.verdict());
    wireMock.verify(1, postRequestedFor(urlPathEqualTo("/handles")));
  }

  @Test
  void anInviteAnswered500IsNeverRetried() {
    wireMock.stubFor(post(urlPathEqualTo("/handles")).willReturn(aResponse().withStatus(500)));
    ConformanceResult result = suite("invite.accepted", "no-5xx").shrinkCycles(0).build().run();
    CheckResult check = result.check("invite.accepted").orElseThrow();
    assertEquals(Outcome.FAILED, check.outcome());
    assertEquals(1, check.requests(), "one invite, no retry, no shrinking");
    wireMock.verify(1, postRequestedFor(urlPathEqualTo("/handles")));
    assertTrue(result.check("no-5xx").orElseThrow().failed());
  }

  @Test
  void a429WithoutRetryAfterStopsTheCheckWithoutRetrying() {
    wireMock.stubFor(post(urlPathEqualTo("/handles")).willReturn(aResponse().withStatus(429).withBody("{\"code\":429}")));
    ConformanceResult result = suite("invite.accepted").build().run();
    CheckResult check = result.check("invite.accepted").orElseThrow();
    assertEquals(Outcome.SKIPPED, check.outcome());
    assertTrue(check.notes().get(0).contains("429"), check.notes().toString());
    wireMock.verify(1, postRequestedFor(urlPathEqualTo("/handles")));
    assertEquals(Verdict.INCONCLUSIVE, result.verdict(), "a skipped MUST check is not a pass");
    assertEquals(Verdict.INCONCLUSIVE, result.verdict());
  }

  @Test
  void aBodyTricklingPastTheTimeoutIsAHang() {
    wireMock.stubFor(post(urlPathEqualTo("/handles")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"id\":\"b8704ec5-95cd-408b-bd41-baa7a2761cc2\"}")
        .withChunkedDribbleDelay(10, 5000)));
    Instant started = Instant.now();
    ConformanceResult result = suite("invite.accepted", "no-hang").timeout(Duration.ofMillis(400)).build().run();
    assertTrue(result.check("no-hang").orElseThrow().failed(), () -> Reports.summary(result));
    assertTrue(result.check("invite.accepted").orElseThrow().failed(), () -> Reports.summary(result));
    // Bounded: three timeouts in a row stop the run, so it cannot wait ten dribbles of every example.
    assertTrue(Duration.between(started, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0);
  }

  @Test
  void theRequestBudgetIsNeverExceeded() {
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).start()) {
      ConformanceResult result = ConformanceSuite.builder().baseUrl(simulator.baseUrl()).seed(1).maxRequests(25).build().run();
      assertTrue(result.requests() <= 25, "sent " + result.requests());
      assertTrue(result.count(Outcome.SKIPPED) > 0);
      assertTrue(result.checks().stream().anyMatch(c -> c.notes().stream().anyMatch(n -> n.contains("budget"))));
      assertEquals(0, result.count(Outcome.FAILED), () -> Reports.summary(result));
      assertEquals(Verdict.INCONCLUSIVE, result.verdict(), "a run cut short by its budget is not a pass");
      assertEquals(Verdict.INCONCLUSIVE, result.verdict());
      assertTrue(result.inconclusiveReason().orElseThrow().contains("budget"), result.inconclusiveReason().get());
    }
  }

  @Test
  void theSameSeedReplaysTheSameSmallestFailure() {
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).fault(Fault.CONTEXT_FORM_ENCODED).start()) {
      ConformanceSuite suite = ConformanceSuite.builder().baseUrl(simulator.baseUrl()).seed(77).tries(20)
          .only(Set.of("context.over-limit-rejected")).build();
      Failure first = suite.run().check("context.over-limit-rejected").orElseThrow().failure().orElseThrow();
      Failure second = suite.run().check("context.over-limit-rejected").orElseThrow().failure().orElseThrow();
      assertEquals(first.request().body(), second.request().body());
      assertEquals(77, first.seed());
      assertTrue(first.request().body().contains(" "), "form encoding miscounts spaces: " + first.request().body());
    }
  }

  @Test
  void verdictsFollowTheMustChecks() {
    CheckResult must = result("a", Level.MUST, Outcome.FAILED);
    CheckResult should = result("b", Level.SHOULD, Outcome.FAILED);
    CheckResult passed = result("c", Level.MUST, Outcome.PASSED);
    assertEquals(Verdict.CONFORMS, run(List.of(passed, should), Optional.empty()).verdict());
    assertEquals(Verdict.DOES_NOT_CONFORM, run(List.of(passed, must, should), Optional.empty()).verdict());
    assertEquals(Verdict.UNREACHABLE, run(List.of(), Optional.of("connection refused")).verdict());
    assertFalse(run(List.of(must), Optional.empty()).conforms());
    CheckResult mustSkipped = result("d", Level.MUST, Outcome.SKIPPED);
    CheckResult shouldSkipped = result("e", Level.SHOULD, Outcome.SKIPPED);
    CheckResult shouldError = result("f", Level.SHOULD, Outcome.ERROR);
    assertEquals(Verdict.INCONCLUSIVE, run(List.of(passed, mustSkipped), Optional.empty()).verdict());
    assertEquals(Verdict.CONFORMS, run(List.of(passed, shouldSkipped), Optional.empty()).verdict());
    assertEquals(Verdict.INCONCLUSIVE, run(List.of(passed, shouldError), Optional.empty()).verdict());
    assertEquals(Verdict.DOES_NOT_CONFORM, run(List.of(must, mustSkipped), Optional.empty()).verdict(), "a failure is definite");
    assertEquals(Verdict.INCONCLUSIVE, run(List.of(), Optional.empty()).verdict(), "nothing ran: nothing concluded");
    assertFalse(run(List.of(passed, mustSkipped), Optional.empty()).conforms());
  }

  @Test
  void badConfigurationIsRefusedWithAClearMessage() {
    assertThrows(IllegalArgumentException.class, () -> ConformanceSuite.builder().build());
    IllegalArgumentException scheme = assertThrows(IllegalArgumentException.class,
        () -> ConformanceSuite.builder().baseUrl("ftp://example.org").build());
    assertTrue(scheme.getMessage().contains("http"), scheme.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ConformanceSuite.builder().baseUrl("http://u:p@localhost").build());
    // Refused by the builder itself, before any target or simulator is started.
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> ConformanceSuite.builder().only(Set.of("nosuch.check")));
    assertTrue(unknown.getMessage().startsWith("no check has the id \"nosuch.check\""), unknown.getMessage());
    assertTrue(unknown.getMessage().contains("activity.accepted"), "lists the checks: " + unknown.getMessage());
    IllegalArgumentException tries = assertThrows(IllegalArgumentException.class, () -> ConformanceSuite.builder().tries(0));
    assertTrue(tries.getMessage().startsWith("tries must be at least 1"), tries.getMessage());
    IllegalArgumentException timeout = assertThrows(IllegalArgumentException.class,
        () -> ConformanceSuite.builder().timeout(Duration.ofSeconds(-1)));
    assertEquals("timeout must be positive, not -1000 ms", timeout.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ConformanceSuite.builder().header("Host", "x"));
    assertThrows(IllegalArgumentException.class, () -> ConformanceSuite.builder().header("X-A", "a\r\nB: c"));
    assertThrows(IllegalArgumentException.class, () -> ConformanceSuite.builder().tries(0));
    assertThrows(IllegalArgumentException.class, () -> ConformanceSuite.builder().rate(-1));
    assertThrows(IllegalArgumentException.class, () -> Fixture.session("MockScid", "t", "n"));
    assertEquals("http://localhost:8080/api/handles",
        ConformanceSuite.builder().baseUrl("http://localhost:8080/api/").build().endpoint().toString());
    assertEquals("http://localhost:8080/handles",
        ConformanceSuite.builder().baseUrl("http://localhost:8080/handles").build().endpoint().toString());
  }

  @Test
  void everyCheckHasAUniqueIdAndALevel() {
    List<CheckDescription> checks = ConformanceSuite.checks();
    assertEquals(checks.size(), checks.stream().map(CheckDescription::id).distinct().count());
    assertTrue(checks.size() >= 30);
    assertTrue(checks.stream().anyMatch(c -> c.level() == Level.SHOULD));
    assertTrue(checks.stream().filter(c -> c.id().startsWith("open.")).allMatch(c -> c.level() == Level.INFO));
  }

  private static CheckResult result(String id, Level level, Outcome outcome) {
    Optional<Failure> failure = outcome == Outcome.FAILED ? Optional.of(new Failure("broken", 1,
        new RecordedRequest("POST", "http://127.0.0.1/handles", List.of(), "{}", 2, "", "curl"),
        new RecordedResponse(RecordedResponse.Kind.ANSWERED, 500, List.of(), "", 0, ""))) : Optional.empty();
    return new CheckResult(id, level, id, outcome, 1, 1, Duration.ZERO, failure, List.of());
  }

  private static ConformanceResult run(List<CheckResult> checks, Optional<String> unreachable) {
    return new ConformanceResult("http://127.0.0.1/handles", 1, 1, Instant.EPOCH, Duration.ZERO, 0, checks, unreachable);
  }
}
