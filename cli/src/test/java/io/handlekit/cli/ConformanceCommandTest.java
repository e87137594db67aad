package io.handlekit.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.handlekit.conformance.Reports;
import io.handlekit.simulator.Fault;
import io.handlekit.simulator.HandlesSimulator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * handlekit conformance: 0 when the target conforms, 1 when a MUST check fails, 2 for a usage error (found before
 * anything starts) or an unreachable target, 3 when the run is inconclusive; progress once on standard error, the
 * summary with the verdict and the warnings on standard output.
 */
class ConformanceCommandTest {
  @TempDir
  Path temp;

  @Test
  void theSimulatorConforms() {
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).start()) {
      Cli.Result result = Cli.run("conformance", "--base-url", simulator.baseUrl(), "--tries", "2",
          "--seed", "7", "--only", "activity.accepted,invite.handle", "--timeout", "30s", "--rate", "0/s",
          "--report-dir", temp.resolve("reports").toString(),
          "-H", "Authorization: XBL3.0 x=1;secret-token", "-H", "X-Tenant: blue", "--secret-header", "X-Tenant");

      assertEquals(0, result.exitCode(), result::toString);
      assertTrue(result.out().contains("activity.accepted"), result::toString);
      assertTrue(result.out().contains("seed 7"), result::toString);
      assertFalse((result.out() + result.err()).contains("secret-token"), "the Authorization value is redacted");
      assertFalse((result.out() + result.err()).contains("blue"), "a --secret-header value is redacted");
    }
  }

  @Test
  void aMustFailureExitsOneAndTheReportsAreWritten() throws IOException {
    Path reports = temp.resolve("reports");
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).fault(Fault.HANDLE_WITHOUT_ID).start()) {
      Cli.Result result = Cli.run("conformance", "--base-url", simulator.baseUrl(), "--tries", "2",
          "--only", "invite.handle", "--report-dir", reports.toString());

      assertEquals(1, result.exitCode(), result::toString);
      assertTrue(result.out().contains("invite.handle"), result::toString);
      for (String name : new String[] {Reports.SUMMARY, Reports.JUNIT, Reports.JSON, Reports.HTML}) {
        assertTrue(Files.isRegularFile(reports.resolve(name)), name);
      }
      // The reports name the exit code the command ended with.
      assertEquals(1, JsonReports.parse(Files.readString(reports.resolve(Reports.JSON))).path("exitCode").asInt(-1));
      assertTrue(Files.readString(reports.resolve(Reports.SUMMARY)).contains("Verdict: does not conform (exit code 1)"));
      assertTrue(Files.readString(reports.resolve(Reports.HTML)).contains("(exit code 1)"));
    }
  }

  @Test
  void withoutABaseUrlTheEmbeddedSimulatorIsTheTarget() {
    Path reports = temp.resolve("embedded");
    Cli.Result result = Cli.run("conformance", "--tries", "3", "--report-dir", reports.toString());

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.err().contains("embedded simulator"), result::toString);
    assertTrue(result.out().contains("no-5xx"), result::toString);
    for (String name : new String[] {Reports.SUMMARY, Reports.JUNIT, Reports.JSON, Reports.HTML}) {
      assertTrue(Files.isRegularFile(reports.resolve(name)), name);
    }
  }

  @Test
  void testAccountsBelongToAFixtureSession() {
    Cli.Result result = Cli.run("conformance", "--base-url", "http://127.0.0.1:9", "--invited-xuid", "2814679796296491");
    assertEquals(2, result.exitCode(), result::toString);
    assertTrue(result.err().contains("--scid"), result::toString);
  }

  @Test
  void anUnreachableTargetExitsTwo() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }

    Cli.Result result = Cli.run("conformance", "--base-url", "http://127.0.0.1:" + closedPort, "--timeout", "5s",
        "--report-dir", temp.resolve("unreachable").toString());

    assertEquals(2, result.exitCode(), result::toString);
    // The reason once on standard error, as the run's one event, and the verdict in the summary.
    assertEquals(1, result.err().lines().filter(l -> l.contains("127.0.0.1:" + closedPort)).count(), result::toString);
    assertTrue(result.out().contains("Verdict: unreachable (exit code 2)"), result::toString);
    ExitCodeTest.assertNoStackTrace(result);
  }

  @Test
  void badOptionsAreRefusedBeforeTheEmbeddedSimulatorStarts() throws IOException {
    Path notPem = Files.writeString(temp.resolve("not.pem"), "-----BEGIN CERTIFICATE-----\nnot base64\n");
    for (String[] args : new String[][] {
        {"conformance", "--only", "nosuch.check"},
        {"conformance", "--skip", "nosuch.check"},
        {"conformance", "--tries", "0"},
        {"conformance", "--scid", "bd6c41c3-01c3-468a-a3b5-3e0fe8133862"},
        {"conformance", "--template", "deathmatch", "--session", "s"},
        {"conformance", "--invited-xuid", "2814679796296491"},
        {"conformance", "--scid", "bd6c41c3-01c3-468a-a3b5-3e0fe8133862", "--template", "t", "--session", "s",
            "--title-id", "4294967296"},
        {"conformance", "-H", "no colon here"},
        {"conformance", "-H", "Bad Name: x"},
        {"conformance", "-H", "Host: example.com"},
        {"conformance", "--max-requests", "0"},
        {"conformance", "--timeout", "0s"},
        {"conformance", "--rate", "-1"},
        {"conformance", "--ca-cert", temp.resolve("absent.pem").toString()},
        {"conformance", "--ca-cert", notPem.toString()}}) {
      Cli.Result result = Cli.run(args);
      assertEquals(2, result.exitCode(), () -> String.join(" ", args) + "\n" + result);
      assertEquals("", result.out(), () -> String.join(" ", args) + "\n" + result);
      assertFalse(result.err().contains("embedded simulator"), () -> "started before refusing: " + String.join(" ", args) + "\n" + result);
      assertTrue(result.err().startsWith("handlekit conformance: "), () -> String.join(" ", args) + "\n" + result);
      assertFalse(result.err().contains("PT"), () -> "a duration in ISO 8601: " + result);
      ExitCodeTest.assertNoStackTrace(result);
    }
  }

  @Test
  void aCaCertificateThatCannotBeUsedIsNamedInTheMessage() throws IOException {
    Path notPem = Files.writeString(temp.resolve("not.pem"), "hello\n");

    Cli.Result absent = Cli.run("conformance", "--ca-cert", temp.resolve("absent.pem").toString());
    Cli.Result bad = Cli.run("conformance", "--ca-cert", notPem.toString());

    assertTrue(absent.err().startsWith("handlekit conformance: cannot read the CA certificate file "
        + temp.resolve("absent.pem")), absent::toString);
    assertTrue(bad.err().startsWith("handlekit conformance: the CA certificate file " + notPem), bad::toString);
  }

  @Test
  void aTargetThatThrottlesEverythingIsInconclusiveWithExitCodeThreeAndTheReason() {
    WireMockServer throttling = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
        .containerThreads(8).jettyAcceptors(1));
    throttling.start();
    try {
      throttling.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
          .withBody("{\"code\":429}")));

      Cli.Result result = Cli.run("conformance", "--base-url", "http://127.0.0.1:" + throttling.port(),
          "--only", "activity.accepted", "--tries", "3", "--seed", "5", "--report-dir", temp.resolve("r").toString());

      assertEquals(3, result.exitCode(), result::toString);
      List<String> verdict = result.out().lines().filter(l -> l.startsWith("Verdict: ")).toList();
      assertEquals(1, verdict.size(), result::toString);
      assertTrue(verdict.get(0).startsWith("Verdict: inconclusive (exit code 3): 1 MUST check did not run to the end: "
          + "the target answered 429 to "), result::toString);
      assertFalse(result.out().contains("Verdict: conforms"), result::toString);
    } finally {
      throttling.stop();
    }
  }

  @Test
  void theSummaryNamesTheVerdictAndTheWarningsAndEachCheckLineIsPrintedOnce() {
    WireMockServer unauthorized = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
        .containerThreads(8).jettyAcceptors(1));
    unauthorized.start();
    try {
      unauthorized.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)));

      Cli.Result result = Cli.run("conformance", "--base-url", "http://127.0.0.1:" + unauthorized.port(),
          "--only", "activity.accepted,method.rejected", "--tries", "3", "--seed", "5",
          "--report-dir", temp.resolve("r").toString());

      assertEquals(1, result.exitCode(), result::toString);
      assertTrue(result.out().contains("Verdict: does not conform (exit code 1)"), result::toString);
      assertEquals(1, result.out().lines().filter(l -> l.startsWith("WARNING: ") && l.contains("credentials")).count(),
          result::toString);
      // Progress: one line per check on standard error; the summary does not repeat them.
      for (String id : new String[] {"activity.accepted", "method.rejected"}) {
        String both = result.out() + result.err();
        assertEquals(1, both.lines().filter(l -> l.matches("(PASS |FAIL |SKIP |ERROR)\\s+MUST\\s+" + id.replace(".", "\\.") + "\\s.*"))
            .count(), () -> id + "\n" + result);
        assertTrue(result.err().lines().anyMatch(l -> l.matches("(PASS |FAIL )\\s+MUST\\s+" + id.replace(".", "\\.") + "\\s.*")),
            () -> id + "\n" + result);
      }
      assertFalse((result.out() + result.err()).matches("(?s).*\\bPT\\d.*"), result::toString);
    } finally {
      unauthorized.stop();
    }
  }

  @Test
  void helpListsTheFourExitCodesAndTheCaCertificate() {
    Cli.Result help = Cli.run("conformance", "--help");

    assertEquals(0, help.exitCode(), help::toString);
    assertTrue(help.out().matches("(?s).*\\n\\s+3\\s+inconclusive: .*"), help::toString);
    assertTrue(help.out().contains("--ca-cert=FILE"), help::toString);
  }

  @Test
  void usageErrorsExitTwo() {
    String url = "http://127.0.0.1:9";
    for (String[] args : new String[][] {
        {"conformance", "--base-url", "not a url"},
        {"conformance", "--base-url", "ftp://example.com"},
        {"conformance", "--base-url", url, "-H", "no colon here"},
        {"conformance", "--base-url", url, "-H", "Bad Name: x"},
        {"conformance", "--base-url", url, "--scid", "bd6c41c3-01c3-468a-a3b5-3e0fe8133862"},
        {"conformance", "--base-url", url, "--scid", "MockScid", "--template", "t", "--session", "s"},
        {"conformance", "--base-url", url, "--only", "no.such-check"},
        {"conformance", "--base-url", url, "--tries", "0"},
        {"conformance", "--base-url", url, "--timeout", "ten seconds"},
        {"conformance", "--base-url", url, "--rate", "fast"},
        {"conformance", "--base-url", url, "--max-requests", "-1"}}) {
      Cli.Result result = Cli.run(args);
      assertEquals(2, result.exitCode(), () -> String.join(" ", args) + "\n" + result);
      assertEquals("", result.out(), () -> String.join(" ", args) + "\n" + result);
      ExitCodeTest.assertNoStackTrace(result);
    }
  }

  @Test
  void listChecksNamesTheChecks() {
    Cli.Result result = Cli.run("conformance", "--list-checks");

    assertEquals(0, result.exitCode(), result::toString);
    assertTrue(result.out().lines().anyMatch(l -> l.matches("no-5xx\\s+MUST\\s+.*")), result::toString);
  }

  @Test
  void durationsAndRatesAreReadAsWritten() {
    DurationConverter durations = new DurationConverter();
    RateConverter rates = new RateConverter();

    assertEquals(java.time.Duration.ofMillis(500), durations.convert("500ms"));
    assertEquals(java.time.Duration.ofMillis(1500), durations.convert("1.5s"));
    assertEquals(java.time.Duration.ofMinutes(2), durations.convert("2m"));
    assertEquals(java.time.Duration.ofSeconds(10), durations.convert("PT10S"));
    assertEquals(20.0, rates.convert("20/s"));
    assertEquals(2.5, rates.convert("2.5"));
  }
}
