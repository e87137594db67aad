package io.handlekit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.handlekit.simulator.HandlesSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The suite from a build: {@code ./mvnw -pl conformance-tests verify -Dtest=TargetConformanceTest
 * -Dhandlekit.baseUrl=http://host:port} runs it against that service and fails listing the failed MUST checks.
 * Without {@code handlekit.baseUrl} it runs the whole suite, default tries, against the embedded fault-free
 * simulator, which must pass every check.
 *
 * <p>Other properties: {@code handlekit.tries}, {@code handlekit.seed}, {@code handlekit.only} and
 * {@code handlekit.skip} (comma-separated check ids), {@code handlekit.rate}, {@code handlekit.maxRequests},
 * {@code handlekit.timeoutSeconds}, {@code handlekit.fixture} ({@code scid,templateName,sessionName}) with
 * {@code handlekit.invitedXuids} and {@code handlekit.titleIds} (comma-separated: test accounts, real titles); the
 * environment variable {@code HANDLEKIT_AUTHORIZATION} becomes the (redacted) Authorization header. Reports go
 * to {@code target/conformance}.
 */
class TargetConformanceTest {

  @Test
  void conformance() {
    String baseUrl = System.getProperty("handlekit.baseUrl", "").strip();
    if (!baseUrl.isEmpty()) {
      runAgainst(baseUrl);
      return;
    }
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).start()) {
      ConformanceResult result = configured(simulator.baseUrl()).build().run();
      System.out.println(Reports.summary(result));
      assertEquals(List.of(), result.failures().stream().map(CheckResult::id).toList(), () -> Reports.summary(result));
      assertEquals(0, result.count(Outcome.SKIPPED), () -> Reports.summary(result));
      assertTrue(result.checks().size() >= 30, "every check ran");
      assertEquals(Verdict.CONFORMS, result.verdict());
    }
  }

  private static void runAgainst(String baseUrl) {
    ConformanceResult result = configured(baseUrl).log(System.out::println).build().run();
    System.out.println(Reports.summary(result));
    if (result.unreachable().isPresent()) {
      fail("the target " + result.target() + " is unreachable: " + result.unreachable().get());
    }
    if (!result.mustFailures().isEmpty()) {
      fail(result.mustFailures().size() + " MUST check(s) failed: " + result.mustFailures().stream()
          .map(c -> c.id() + " (" + c.failure().orElseThrow().message() + ")").collect(Collectors.joining("; "))
          + "\nseed " + result.seed() + "; reports in target/conformance");
    }
  }

  private static ConformanceSuite.Builder configured(String baseUrl) {
    ConformanceSuite.Builder suite = ConformanceSuite.builder().baseUrl(baseUrl).reportDir(Path.of("target", "conformance"));
    property("handlekit.tries").ifPresent(v -> suite.tries(Integer.parseInt(v)));
    property("handlekit.seed").ifPresent(v -> suite.seed(Long.parseLong(v)));
    property("handlekit.only").ifPresent(v -> suite.only(ids(v)));
    property("handlekit.skip").ifPresent(v -> suite.skip(ids(v)));
    property("handlekit.rate").ifPresent(v -> suite.rate(Double.parseDouble(v)));
    property("handlekit.maxRequests").ifPresent(v -> suite.maxRequests(Integer.parseInt(v)));
    property("handlekit.timeoutSeconds").ifPresent(v -> suite.timeout(Duration.ofSeconds(Long.parseLong(v))));
    property("handlekit.fixture").ifPresent(v -> {
      String[] parts = v.split(",", 3);
      if (parts.length != 3) {
        throw new IllegalArgumentException("handlekit.fixture must be scid,templateName,sessionName");
      }
      Fixture.Session session = Fixture.session(parts[0].strip(), parts[1].strip(), parts[2].strip());
      session = property("handlekit.invitedXuids").map(x -> List.copyOf(ids(x))).map(session::withInvitedXuids).orElse(session);
      session = property("handlekit.titleIds").map(x -> List.copyOf(ids(x))).map(session::withTitleIds).orElse(session);
      suite.fixture(session);
    });
    String authorization = System.getenv("HANDLEKIT_AUTHORIZATION");
    if (authorization != null && !authorization.isBlank()) {
      suite.secretHeader("Authorization", authorization.strip());
    }
    return suite;
  }

  private static java.util.Optional<String> property(String name) {
    return java.util.Optional.ofNullable(System.getProperty(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static Set<String> ids(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }
}
