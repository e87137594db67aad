package io.handlekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handlekit.conformance.Reports;
import io.handlekit.simulator.Fault;
import io.handlekit.simulator.HandlesSimulator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** handlekit conformance against the simulator: 0 when it conforms, 1 when a MUST check fails, 2 otherwise. */
class ConformanceCommandTest {
  @TempDir
  Path temp;

  @Test
  void theSimulatorConforms() {
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).start()) {
      Cli.Result result = Cli.run("conformance", "--base-url", simulator.baseUrl().toString(), "--tries", "2",
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
  void aMustFailureExitsOneAndTheReportsAreWritten() {
    Path reports = temp.resolve("reports");
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).fault(Fault.HANDLE_WITHOUT_ID).start()) {
      Cli.Result result = Cli.run("conformance", "--base-url", simulator.baseUrl().toString(), "--tries", "2",
          "--only", "invite.handle", "--report-dir", reports.toString());

      assertEquals(1, result.exitCode(), result::toString);
      assertTrue(result.out().contains("invite.handle"), result::toString);
      for (String name : new String[] {Reports.SUMMARY, Reports.JUNIT, Reports.JSON, Reports.HTML}) {
        assertTrue(Files.isRegularFile(reports.resolve(name)), name);
      }
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
    assertTrue(result.err().contains("cannot reach"), result::toString);
    ExitCodeTest.assertNoStackTrace(result);
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
