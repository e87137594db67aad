package io.handlekit.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.handlekit.simulator.HandlesSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The three outcomes (and unreachable), the setup warnings, and answers that must be judged whatever they hold. */
class VerdictTest {
  private static final String HANDLE = "{\"id\":\"b8704ec5-95cd-408b-bd41-baa7a2761cc2\",\"type\":\"invite\",\"version\":%s,"
      + "\"sessionRef\":{\"scid\":\"bd6c41c3-01c3-468a-a3b5-3e0fe8133862\",\"templateName\":\"t\",\"name\":\"n\"},"
      + "\"invitedXuid\":\"3210\",\"inviteAttributes\":{\"titleId\":\"1\"}}";
  private static final int BURST_WAVE = 8;
  // a server of its own for each test, on a free loopback port, started and stopped by the extension
  @RegisterExtension
  final WireMockExtension wireMock = WireMockExtension.newInstance()
      .options(options().bindAddress("127.0.0.1").dynamicPort().containerThreads(16).jettyAcceptors(1)).build();

  @BeforeEach
  void stub() {
    wireMock.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(405).withHeader("Allow", "POST")));
  }

  private ConformanceSuite.Builder suite(String... only) {
    return ConformanceSuite.builder().baseUrl("http://127.0.0.1:" + wireMock.getPort()).only(Set.of(only)).tries(3).seed(42)
        .timeout(Duration.ofSeconds(5));
  }

  @Test
  void aTargetThatThrottlesEverythingIsInconclusive(@TempDir Path reports) throws Exception {
    wireMock.stubFor(post(urlPathEqualTo("/handles")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")
        .withBody("{\"code\":429}")));
    ConformanceResult result = suite("activity.accepted", "invite.accepted", "invalid.rejected", "no-5xx")
        .reportDir(reports).build().run();
    String summary = Reports.summary(result);
    assertEquals(Verdict.INCONCLUSIVE, result.verdict(), summary);
    assertFalse(result.conforms());
    assertEquals(0, result.count(Outcome.PASSED), summary);
    assertEquals(0, result.count(Outcome.FAILED), summary);
    String reason = result.inconclusiveReason().orElseThrow();
    assertTrue(reason.startsWith("4 MUST checks did not run to the end: the target answered 429 to "), reason);
    int requests = result.requests();
    assertTrue(reason.endsWith(" to " + (requests - 1) + " of " + requests + " requests"), reason + " / " + requests);
    assertTrue(summary.contains("Verdict: inconclusive: " + reason), summary);
    assertTrue(Reports.summary(result, 3).contains("Verdict: inconclusive (exit code 3): " + reason), summary);
    JsonNode json = JsonMapper.builder().build().readTree(reports.resolve(Reports.JSON).toFile());
    assertEquals("inconclusive", json.get("verdict").asText());
    assertFalse(json.has("exitCode"), "the library reports the verdict; an exit code is its caller's to name");
    assertEquals(3, JsonMapper.builder().build().readTree(Reports.json(result, 3)).get("exitCode").asInt());
    String junit = Files.readString(reports.resolve(Reports.JUNIT));
    assertTrue(junit.contains("type=\"inconclusive\""), junit);
    assertTrue(Files.readString(reports.resolve(Reports.HTML)).contains("Verdict: inconclusive"));
  }

  @Test
  void aSkippedMustCheckFailsItsDynamicTest() {
    wireMock.stubFor(post(urlPathEqualTo("/handles")).willReturn(aResponse().withStatus(429)));
    List<DynamicTest> tests = suite("activity.accepted").build().dynamicTests().toList();
    AssertionFailedError error = assertThrows(AssertionFailedError.class, () -> tests.get(0).getExecutable().execute());
    assertTrue(error.getMessage().contains("inconclusive"), error.getMessage());
  }

  @Test
  void checksThatWereNotSelectedAreNotListedAndDoNotMakeTheRunInconclusive() {
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).start()) {
      ConformanceResult result = ConformanceSuite.builder().baseUrl(simulator.baseUrl()).seed(3).tries(5)
          .only(Set.of("activity.accepted", "no-5xx")).build().run();
      assertEquals(List.of("activity.accepted", "no-5xx"), result.checks().stream().map(CheckResult::id).toList());
      assertEquals(Verdict.CONFORMS, result.verdict(), () -> Reports.summary(result));
      assertEquals(Verdict.CONFORMS, result.verdict());
    }
  }

  @Test
  void checksCutShortByTheirTimeBudgetAreNeverPassesAndTheRunIsInconclusive() {
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).start()) {
      // The budget is over before the first stratum (or the first wave of invites) is sent.
      ConformanceResult result = ConformanceSuite.builder().baseUrl(simulator.baseUrl()).seed(3).tries(5)
          .only(Set.of("invalid.rejected", "invite.concurrent")).checkTime(Duration.ofNanos(1)).build().run();
      String summary = Reports.summary(result);
      for (CheckResult check : result.checks()) {
        assertEquals(Outcome.SKIPPED, check.outcome(), summary);
        assertTrue(check.notes().get(0).contains("time budget"), summary);
      }
      assertEquals(Verdict.INCONCLUSIVE, result.verdict(), summary);
      assertTrue(result.inconclusiveReason().orElseThrow().startsWith("2 MUST checks did not run to the end: "), summary);
    }
  }

  @Test
  void aBurstCutShortByItsTimeBudgetBetweenWavesIsNotAPass() {
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).start();
        FrontServer slow = new FrontServer(simulator.baseUri(), (request, upstream) -> {
          try {
            Thread.sleep(300); // each wave outlasts the budget below
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return upstream.apply(request);
        })) {
      ConformanceResult result = ConformanceSuite.builder().baseUrl(slow.baseUrl()).seed(3).tries(16)
          .only(Set.of("invite.concurrent")).checkTime(Duration.ofMillis(100)).build().run();
      CheckResult check = result.check("invite.concurrent").orElseThrow();
      assertEquals(Outcome.SKIPPED, check.outcome(), () -> Reports.summary(result));
      assertTrue(check.requests() <= BURST_WAVE, "the second wave never went out: " + check.requests());
      assertEquals(Verdict.INCONCLUSIVE, result.verdict());
    }
  }

  @Test
  void aSelectionWithoutAMustCheckIsInconclusive() {
    Set<String> must = ConformanceSuite.checks().stream().filter(c -> c.level() == Level.MUST).map(CheckDescription::id)
        .collect(Collectors.toSet());
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).start()) {
      ConformanceResult onlyShould = ConformanceSuite.builder().baseUrl(simulator.baseUrl()).seed(3).tries(3)
          .only(Set.of("activity.status-204", "method.allow-post")).build().run();
      ConformanceResult mustSkipped = ConformanceSuite.builder().baseUrl(simulator.baseUrl()).seed(3).tries(3)
          .skip(must).build().run();
      for (ConformanceResult result : List.of(onlyShould, mustSkipped)) {
        String summary = Reports.summary(result);
        assertTrue(result.checks().size() >= 2, summary);
        assertEquals(result.checks().size(), result.count(Outcome.PASSED), summary);
        assertEquals(Verdict.INCONCLUSIVE, result.verdict(), summary);
        assertEquals("no MUST check was selected: SHOULD and INFO checks alone cannot show that the target conforms",
            result.inconclusiveReason().orElseThrow());
      }
    }
  }

  @Test
  void mostValidRequestsAnswered401WarnsOfMissingCredentialsWithoutChangingTheVerdict() {
    wireMock.stubFor(post(urlPathEqualTo("/handles")).willReturn(aResponse().withStatus(401)));
    ConformanceResult result = suite("activity.accepted", "invite.accepted").build().run();
    assertEquals(Verdict.DOES_NOT_CONFORM, result.verdict());
    assertEquals(1, result.warnings().size(), result.warnings()::toString);
    assertTrue(result.warnings().get(0).contains("credentials are probably missing"), result.warnings().get(0));
    assertTrue(result.warnings().get(0).contains("-H 'Authorization: ...'"), result.warnings().get(0));
    assertTrue(Reports.summary(result).contains("WARNING: credentials"), Reports.summary(result));
  }

  @Test
  void mostValidRequestsAnswered404WarnsOfAWrongBaseUrl() {
    wireMock.stubFor(post(urlPathEqualTo("/handles")).willReturn(aResponse().withStatus(404)));
    ConformanceResult result = suite("activity.accepted", "invite.accepted").build().run();
    assertTrue(result.warnings().stream().anyMatch(w -> w.contains("base URL is probably wrong")), result.warnings()::toString);
  }

  @Test
  void aConformingRunHasNoWarnings() {
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).start()) {
      ConformanceResult result = ConformanceSuite.builder().baseUrl(simulator.baseUrl()).seed(3).tries(5)
          .only(Set.of("activity.accepted", "invite.accepted")).build().run();
      assertEquals(List.of(), result.warnings());
    }
  }

  @Test
  void aHandleWithAnAbsurdVersionIsAFailureNeverASkip() {
    wireMock.stubFor(post(urlPathEqualTo("/handles")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(String.format(HANDLE, "1e2147483648"))));
    ConformanceResult result = suite("invite.handle").shrinkCycles(0).build().run();
    CheckResult check = result.check("invite.handle").orElseThrow();
    assertEquals(Outcome.FAILED, check.outcome(), () -> Reports.summary(result));
    assertTrue(check.failure().orElseThrow().message().contains("version"), check.failure().orElseThrow().message());
    assertEquals(Verdict.DOES_NOT_CONFORM, result.verdict());
  }

  @Test
  void aHandleLargerThanTheSuiteKeepsFailsAsNotJudged() {
    String huge = String.format(HANDLE, "1").replace("}}", "},\"padding\":\"" + "x".repeat(200_000) + "\"}");
    wireMock.stubFor(post(urlPathEqualTo("/handles")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(huge)));
    ConformanceResult result = suite("invite.handle").shrinkCycles(0).build().run();
    CheckResult check = result.check("invite.handle").orElseThrow();
    assertEquals(Outcome.FAILED, check.outcome(), () -> Reports.summary(result));
    String message = check.failure().orElseThrow().message();
    assertTrue(message.startsWith("the handle is larger than 65536 bytes"), message);
    assertTrue(message.endsWith("not judged"), message);
  }

  @Test
  void controlCharactersOfTheTargetNeverReachTheTerminal(@TempDir Path reports) throws Exception {
    String hostile = "clear \u001b[2J title \u001b]0;pwned\u0007 csi \u009b31m bell\u0007 cr\rend";
    wireMock.stubFor(post(urlPathEqualTo("/handles")).willReturn(aResponse().withStatus(400).withBody(hostile)));
    List<String> log = new ArrayList<>();
    ConformanceResult result = suite("activity.accepted").shrinkCycles(0).reportDir(reports).log(log::add).build().run();
    assertTrue(result.check("activity.accepted").orElseThrow().failed());
    assertTrue(result.failures().get(0).failure().orElseThrow().response().body().contains("\u001b[2J"),
        "the record keeps what came; only text outputs escape it");
    List<String> outputs = new ArrayList<>(log);
    outputs.add(Reports.summary(result));
    outputs.add(Files.readString(reports.resolve(Reports.SUMMARY)));
    for (String output : outputs) {
      for (char c : output.toCharArray()) {
        boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
        assertFalse(control, () -> "control character U+" + Integer.toHexString(c) + " in: " + output);
      }
    }
    String summary = Reports.summary(result);
    assertTrue(summary.contains("clear \\x1B[2J title \\x1B]0;pwned\\x07 csi \\x9B31m"), summary);
  }

  @Test
  void theSeedIsAStringInTheJsonReportSoThatItSurvivesJq(@TempDir Path reports) throws Exception {
    long seed = (1L << 53) + 1; // not exact as a double
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).start()) {
      ConformanceSuite.builder().baseUrl(simulator.baseUrl()).seed(seed).tries(3).only(Set.of("activity.accepted"))
          .reportDir(reports).build().run();
    }
    JsonNode json = JsonMapper.builder().build().readTree(reports.resolve(Reports.JSON).toFile());
    assertTrue(json.get("seed").isTextual(), json.get("seed")::toString);
    assertEquals(Long.toString(seed), json.get("seed").textValue());
  }

  @Test
  void theSummaryIsASummaryNotARepeatOfTheProgressLines() {
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).start()) {
      List<String> log = new ArrayList<>();
      ConformanceResult result = ConformanceSuite.builder().baseUrl(simulator.baseUrl()).seed(3).tries(3)
          .only(Set.of("activity.accepted", "invite.accepted")).log(log::add).build().run();
      String summary = Reports.summary(result);
      assertEquals(2, log.size());
      for (String line : log) {
        assertFalse(summary.contains(line), () -> "the progress line is repeated: " + line + "\n" + summary);
      }
      assertTrue(summary.contains("Verdict: conforms\n"), summary);
      assertTrue(summary.contains("2 checks: 2 passed"), summary);
    }
  }

  @Test
  void messagesAndDurationsReadAsText() {
    wireMock.stubFor(post(urlPathEqualTo("/handles")).willReturn(aResponse().withStatus(204).withFixedDelay(1500)));
    ConformanceResult result = suite("activity.accepted").timeout(Duration.ofMillis(400)).build().run();
    String summary = Reports.summary(result);
    String message = result.check("activity.accepted").orElseThrow().failure().orElseThrow().message();
    assertTrue(message.contains("got no answer in time"), message);
    assertFalse(summary.contains("was answered no answer"), summary);
    assertFalse(summary.matches("(?s).*\\bPT[0-9.]+[SMH]\\b.*"), summary);
  }
}
