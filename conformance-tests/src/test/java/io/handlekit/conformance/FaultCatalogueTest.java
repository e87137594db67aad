package io.handlekit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handlekit.simulator.Fault;
import io.handlekit.simulator.HandlesSimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proof that the suite has teeth: on each faulty implementation (one deliberate fault each) it fails with the
 * check the fault breaks. Each runs only the checks that matter, with few tries, to stay fast; the fault-free
 * simulator's full run is in {@link TargetConformanceTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one instance collects the kill table
class FaultCatalogueTest {
  /** The check(s) each simulator fault must fail. */
  static final Map<Fault, Set<String>> EXPECTED = expected();
  /**
   * The MUST check beside each SHOULD check: the rule it refines (the 400 of a rejection the MUST check asks for).
   * A fault that breaks only SHOULD checks runs with these too, as a run without a MUST check concludes nothing.
   */
  static final Map<String, String> MUST_BESIDE = Map.of("activity.empty-body", "activity.accepted",
      "activity.status-204", "activity.accepted", "invalid.status-400", "invalid.rejected",
      "malformed.status-400", "malformed.rejected", "content-type.status", "content-type.rejected",
      "method.status-405", "method.rejected", "method.allow-post", "method.rejected");
  private final List<String> kills = Collections.synchronizedList(new ArrayList<>());
  private final List<String> passing = Collections.synchronizedList(new ArrayList<>());

  private static Map<Fault, Set<String>> expected() {
    Map<Fault, Set<String>> m = new EnumMap<>(Fault.class);
    for (Fault f : EnumSet.of(Fault.ACCEPT_ANY_VERSION, Fault.ACCEPT_UNKNOWN_TYPE, Fault.ACCEPT_MISSING_SESSION_REF,
        Fault.ACCEPT_NON_GUID_SCID, Fault.ACCEPT_OVERFLOWING_TITLE_ID, Fault.ACCEPT_NON_NUMERIC_XUID, Fault.ACCEPT_EMPTY_XUID)) {
      m.put(f, Set.of("invalid.rejected"));
    }
    for (Fault f : EnumSet.of(Fault.CONTEXT_COUNTED_RAW, Fault.CONTEXT_FORM_ENCODED, Fault.CONTEXT_OFF_BY_ONE)) {
      m.put(f, Set.of("context.over-limit-rejected"));
    }
    m.put(Fault.ERROR_500_ON_MALFORMED_JSON, Set.of("malformed.rejected", "no-5xx"));
    m.put(Fault.HANDLE_WITHOUT_ID, Set.of("invite.handle"));
    m.put(Fault.HANDLE_WRONG_ECHO, Set.of("invite.handle"));
    m.put(Fault.HANDLE_NON_GUID_ID, Set.of("invite.handle"));
    m.put(Fault.HANDLE_DUPLICATE_IDS, Set.of("invite.unique-ids"));
    m.put(Fault.HANDLE_WRONG_CONTENT_TYPE, Set.of("invite.content-type"));
    m.put(Fault.CONTRACT_HEADER_NOT_CHECKED, Set.of("contract-version.rejected"));
    m.put(Fault.REJECT_UNKNOWN_PROPERTIES, Set.of("unknown-properties.accepted"));
    m.put(Fault.REJECT_ACTIVITY_WITHOUT_NAME, Set.of("activity.without-name"));
    m.put(Fault.ERROR_500_ON_LONE_SURROGATE, Set.of("invalid.rejected", "no-5xx"));
    m.put(Fault.ERROR_500_ON_DEEP_NESTING, Set.of("deep-body.rejected", "no-5xx"));
    m.put(Fault.OK_200_ON_GET, Set.of("method.rejected"));
    m.put(Fault.ACCEPT_WRONG_CONTENT_TYPE, Set.of("content-type.rejected"));
    m.put(Fault.ACTIVITY_WITH_BODY, Set.of("activity.empty-body", "activity.status-204"));
    return m;
  }

  @Test
  void everySimulatorFaultHasAnExpectedCheck() {
    assertEquals(EnumSet.allOf(Fault.class), EXPECTED.keySet(), "a new simulator fault needs its expected check here");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Fault.class)
  void theSuiteFailsOnEverySimulatorFault(Fault fault) {
    Set<String> expected = EXPECTED.get(fault);
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).fault(fault).start()) {
      ConformanceResult result = quick(simulator.baseUrl(), expected).run();
      assertKilled("simulator " + fault.name(), fault.description(), expected, result);
    }
  }

  Stream<FrameworkFault> frameworkFaults() {
    return FrameworkFault.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("frameworkFaults")
  void theSuiteFailsOnEveryFrameworkFault(FrameworkFault fault) {
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).start();
        FrontServer front = fault.start(simulator.baseUri())) {
      ConformanceResult result = quick(front.baseUrl(), fault.expected()).run();
      assertKilled("front " + fault.name() + " (" + fault.category() + ")", fault.description(), fault.expected(), result);
    }
  }

  Stream<LegalVariant> legalVariants() {
    return LegalVariant.all().stream();
  }

  /** The other direction: the whole default selection says a legal variant conforms. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("legalVariants")
  void everyLegalVariantConforms(LegalVariant variant) {
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).start();
        FrontServer front = variant.start(simulator.baseUri())) {
      ConformanceResult result = ConformanceSuite.builder().baseUrl(front.baseUrl()).tries(10).shrinkCycles(20)
          .seed(20261125L).timeout(Duration.ofSeconds(10)).build().run();
      System.out.println("==== legal " + variant.name() + "\n" + Reports.summary(result));
      assertEquals(Verdict.CONFORMS, result.verdict(), () -> variant.name() + ": " + Reports.summary(result));
      assertEquals(0, result.count(Outcome.SKIPPED) + result.count(Outcome.ERROR), () -> Reports.summary(result));
      assertEquals(ConformanceSuite.checks().size(), result.checks().size(), "the whole default selection ran");
      if (variant.name().equals("THROTTLES_SOME_REQUESTS")) {
        assertTrue(result.throttling().isPresent(), "it did throttle, and the retries made up for it");
      }
      passing.add("| " + variant.name() + " | " + variant.description().replace("|", "\\|") + " | "
          + result.verdict().label() + " | " + result.failures().stream().map(CheckResult::id).collect(Collectors.joining(", "))
          + " |");
    }
  }

  Stream<StubbedFault> stubbedFaults() {
    return StubbedFault.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stubbedFaults")
  void theSuiteFailsOnEveryStubbedFault(StubbedFault fault) {
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).start();
        StubbedFault.Server server = fault.start(simulator.baseUri())) {
      ConformanceSuite.Builder suite = builder(server.baseUrl(), fault.expected());
      if (fault.timeout() != null) {
        suite.timeout(fault.timeout());
      }
      assertKilled("stub " + fault.name(), fault.description(), fault.expected(), suite.build().run());
    }
  }

  private static ConformanceSuite quick(String baseUrl, Set<String> checks) {
    return builder(baseUrl, checks).build();
  }

  private static ConformanceSuite.Builder builder(String baseUrl, Set<String> checks) {
    return ConformanceSuite.builder().baseUrl(baseUrl).only(selection(checks)).tries(10).shrinkCycles(20)
        .seed(20261125L).timeout(Duration.ofSeconds(5));
  }

  /** The checks a fault must fail, and when none of them is a MUST check, the MUST checks they refine. */
  private static Set<String> selection(Set<String> expected) {
    if (mustLevel(expected)) {
      return expected;
    }
    Set<String> out = new TreeSet<>(expected);
    for (String id : expected) {
      out.add(Objects.requireNonNull(MUST_BESIDE.get(id), () -> "no MUST check beside " + id));
    }
    return out;
  }

  private static boolean mustLevel(Set<String> checks) {
    return checks.stream().anyMatch(id -> ConformanceSuite.checks().stream()
        .anyMatch(c -> c.id().equals(id) && c.level() == Level.MUST));
  }

  private void assertKilled(String name, String description, Set<String> expected, ConformanceResult result) {
    System.out.println("==== " + name + "\n" + Reports.summary(result));
    Set<String> failed = result.failures().stream().map(CheckResult::id).collect(Collectors.toCollection(TreeSet::new));
    assertTrue(failed.containsAll(expected), () -> name + ": expected " + expected + " to fail, failed " + failed
        + "\n" + Reports.summary(result));
    boolean mustLevel = mustLevel(expected);
    // A fault that breaks a MUST check makes the target not conform; a SHOULD-level one is flagged, not failed: the
    // MUST checks beside its SHOULD checks pass, and the target conforms.
    assertEquals(mustLevel ? Verdict.DOES_NOT_CONFORM : Verdict.CONFORMS, result.verdict(), () -> Reports.summary(result));
    if (!mustLevel) {
      for (String id : selection(expected)) {
        if (!expected.contains(id)) {
          assertEquals(Outcome.PASSED, result.check(id).orElseThrow().outcome(), () -> Reports.summary(result));
        }
      }
    }
    // The failure must carry what a developer needs: the shrunk request and the answer seen, with the seed.
    for (CheckResult check : result.failures()) {
      Failure f = check.failure().orElseThrow();
      assertEquals(20261125L, f.seed());
      assertTrue(f.request().curl().startsWith("curl ") || f.request().curl().contains("| curl "), f.request().curl());
    }
    kills.add("| " + name + " | " + description.replace("|", "\\|") + " | " + String.join(", ", new TreeSet<>(expected))
        + " | " + String.join(", ", failed) + " | " + result.verdict().label() + " |");
  }

  @AfterAll
  void writeKillTable() throws IOException {
    Path out = Path.of("target", "fault-catalogue.md");
    Files.createDirectories(out.getParent());
    List<String> lines = new ArrayList<>(kills);
    Collections.sort(lines);
    List<String> legal = new ArrayList<>(passing);
    Collections.sort(legal);
    int total = Fault.values().length + StubbedFault.all().size() + FrameworkFault.all().size();
    String table = "faulty implementations killed: " + lines.size() + "/" + total + "\n"
        + "legal variants passing: " + legal.size() + "/" + LegalVariant.all().size() + "\n\n"
        + "| faulty implementation | what it does | expected to fail | failed | verdict |\n|---|---|---|---|---|\n"
        + String.join("\n", lines) + "\n\n| legal variant | what it does | verdict | SHOULD checks failed |\n|---|---|---|---|\n"
        + String.join("\n", legal) + "\n";
    Files.writeString(out, table, StandardCharsets.UTF_8);
    System.out.println(table);
  }
}
