package io.handlekit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.Rule;
import io.handlekit.validator.ValidationReport;
import io.handlekit.validator.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each fault changes exactly the behaviour it names: a catalogue of probes is sent to a fault-free simulator and to
 * one with the fault, and the probes answered differently must be exactly those the fault is about, answered the
 * wrong way.
 */
class FaultCatalogueTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HandlesValidator VALIDATOR = HandlesValidator.create();
  private static final String SCID = "bd6c41c3-01c3-468a-a3b5-3e0fe8133862";
  private static final String SESSION = "{\"scid\":\"" + SCID + "\",\"templateName\":\"deathmatch\",\"name\":\"s\"}";

  /** One request of the catalogue. */
  record Probe(String name, String method, String contentType, String contractVersion, String body) {
    static Probe post(String name, String body) {
      return new Probe(name, "POST", "application/json", "107", body);
    }
  }

  /** What a probe's answer looks like, without what differs every time (ids, dates). */
  record Outcome(int status, String mediaType, boolean hasBody, Set<String> ruleIds) {}

  private static String invite(String attributes) {
    return "{\"version\":1,\"type\":\"invite\",\"sessionRef\":" + SESSION + ",\"invitedXuid\":\"3210\","
        + "\"inviteAttributes\":{" + attributes + "}}";
  }

  private static String inviteWithXuid(String xuid) {
    return "{\"version\":1,\"type\":\"invite\",\"sessionRef\":" + SESSION + ",\"invitedXuid\":\"" + xuid + "\","
        + "\"inviteAttributes\":{\"titleId\":\"1234\"}}";
  }

  private static String activity(String session) {
    return "{\"version\":1,\"type\":\"activity\",\"sessionRef\":" + session + "}";
  }

  static final List<Probe> PROBES = List.of(
      Probe.post("validActivity", activity(SESSION)),
      Probe.post("activityNoName", activity("{\"scid\":\"" + SCID + "\",\"templateName\":\"deathmatch\"}")),
      Probe.post("unknownProperty", activity(SESSION).replace("{\"version\"", "{\"sessionref\":{},\"version\"")),
      Probe.post("validInvite", invite("\"titleId\":\"1234\"")),
      Probe.post("context256", invite("\"titleId\":\"1234\",\"context\":\"" + "a".repeat(256) + "\"")),
      Probe.post("context257", invite("\"titleId\":\"1234\",\"context\":\"" + "a".repeat(257) + "\"")),
      Probe.post("context258", invite("\"titleId\":\"1234\",\"context\":\"" + "a".repeat(258) + "\"")),
      Probe.post("context100Spaces", invite("\"titleId\":\"1234\",\"context\":\"" + " ".repeat(100) + "\"")),
      Probe.post("context100Accents", invite("\"titleId\":\"1234\",\"context\":\"" + "é".repeat(100) + "\"")),
      Probe.post("version2", activity(SESSION).replace("\"version\":1", "\"version\":2")),
      Probe.post("typeParty", activity(SESSION).replace("\"activity\"", "\"party\"")),
      Probe.post("noSessionRef", "{\"version\":1,\"type\":\"activity\"}"),
      Probe.post("mockScid", activity(SESSION.replace(SCID, "MockScid"))),
      Probe.post("titleIdOverflow", invite("\"titleId\":\"4294967296\"")),
      Probe.post("xuidAbc", inviteWithXuid("abc")),
      Probe.post("xuidEmpty", inviteWithXuid("")),
      Probe.post("xuidZero", inviteWithXuid("0")),
      Probe.post("trailingComma", activity(SESSION).replace("}}", "},}")),
      Probe.post("loneSurrogate", activity(SESSION.replace("\"s\"", "\"\\ud800\""))),
      Probe.post("deepNesting", "[".repeat(200) + "]".repeat(200)),
      Probe.post("emptyBody", ""),
      new Probe("headerMissing", "POST", "application/json", null, activity(SESSION)),
      new Probe("header103", "POST", "application/json", "103", activity(SESSION)),
      new Probe("headerAbc", "POST", "application/json", "abc", activity(SESSION)),
      new Probe("textPlain", "POST", "text/plain", "107", activity(SESSION)),
      new Probe("get", "GET", null, "107", ""),
      new Probe("delete", "DELETE", null, "107", ""));

  private static final Set<String> ACCEPTED_INVITES = Set.of("validInvite", "context256");

  /** A fault's expectation: the probes it changes, and what each changed answer must look like. */
  record Expectation(Set<String> probes, Predicate<Outcome> wrongAnswer) {}

  private static final Map<Fault, Expectation> EXPECTED = new EnumMap<>(Fault.class);

  static {
    Predicate<Outcome> accepted = o -> o.status() / 100 == 2;
    Predicate<Outcome> rejected = o -> o.status() == 400;
    Predicate<Outcome> crashed = o -> o.status() == 500;
    EXPECTED.put(Fault.ACCEPT_ANY_VERSION, new Expectation(Set.of("version2"), accepted));
    EXPECTED.put(Fault.ACCEPT_UNKNOWN_TYPE, new Expectation(Set.of("typeParty"), accepted));
    EXPECTED.put(Fault.ACCEPT_MISSING_SESSION_REF, new Expectation(Set.of("noSessionRef"), accepted));
    EXPECTED.put(Fault.ACCEPT_NON_GUID_SCID, new Expectation(Set.of("mockScid"), accepted));
    EXPECTED.put(Fault.CONTEXT_COUNTED_RAW,
        new Expectation(Set.of("context100Spaces", "context100Accents"), accepted));
    EXPECTED.put(Fault.CONTEXT_FORM_ENCODED, new Expectation(Set.of("context100Spaces"), accepted));
    EXPECTED.put(Fault.CONTEXT_OFF_BY_ONE, new Expectation(Set.of("context257"), accepted));
    EXPECTED.put(Fault.ACCEPT_OVERFLOWING_TITLE_ID, new Expectation(Set.of("titleIdOverflow"), accepted));
    EXPECTED.put(Fault.ACCEPT_NON_NUMERIC_XUID, new Expectation(Set.of("xuidAbc"), accepted));
    EXPECTED.put(Fault.ACCEPT_EMPTY_XUID, new Expectation(Set.of("xuidEmpty"), accepted));
    EXPECTED.put(Fault.ERROR_500_ON_MALFORMED_JSON, new Expectation(Set.of("trailingComma"), crashed));
    EXPECTED.put(Fault.HANDLE_WITHOUT_ID, new Expectation(ACCEPTED_INVITES,
        o -> o.status() == 201 && o.ruleIds().contains(Rule.PROPERTY_REQUIRED.id())));
    EXPECTED.put(Fault.HANDLE_WRONG_ECHO, new Expectation(ACCEPTED_INVITES,
        o -> o.status() == 201 && o.ruleIds().equals(Set.of(Rule.RESPONSE_ECHO_INVITED_XUID.id()))));
    EXPECTED.put(Fault.HANDLE_NON_GUID_ID, new Expectation(ACCEPTED_INVITES,
        o -> o.status() == 201 && o.ruleIds().equals(Set.of(Rule.GUID_FORMAT.id()))));
    // One handle looks right; the duplicate shows across two, see FaultBehaviourTest.
    EXPECTED.put(Fault.HANDLE_DUPLICATE_IDS, new Expectation(Set.of(), o -> false));
    EXPECTED.put(Fault.HANDLE_WRONG_CONTENT_TYPE, new Expectation(ACCEPTED_INVITES,
        o -> o.status() == 201 && o.mediaType().equals("text/plain") && o.ruleIds().isEmpty()));
    EXPECTED.put(Fault.CONTRACT_HEADER_NOT_CHECKED,
        new Expectation(Set.of("headerMissing", "header103", "headerAbc"), accepted));
    EXPECTED.put(Fault.REJECT_UNKNOWN_PROPERTIES, new Expectation(Set.of("unknownProperty"), rejected));
    EXPECTED.put(Fault.REJECT_ACTIVITY_WITHOUT_NAME, new Expectation(Set.of("activityNoName"), rejected));
    EXPECTED.put(Fault.ERROR_500_ON_LONE_SURROGATE, new Expectation(Set.of("loneSurrogate"), crashed));
    EXPECTED.put(Fault.ERROR_500_ON_DEEP_NESTING, new Expectation(Set.of("deepNesting"), crashed));
    EXPECTED.put(Fault.OK_200_ON_GET, new Expectation(Set.of("get"), o -> o.status() == 200));
    EXPECTED.put(Fault.ACCEPT_WRONG_CONTENT_TYPE, new Expectation(Set.of("textPlain"), accepted));
    EXPECTED.put(Fault.ACTIVITY_WITH_BODY, new Expectation(Set.of("validActivity", "activityNoName", "unknownProperty"),
        o -> o.status() == 200 && o.hasBody()));
  }

  private static HandlesSimulator clean;
  private static Map<String, Outcome> cleanOutcomes;

  @BeforeAll
  static void startClean() {
    clean = HandlesSimulator.start();
    cleanOutcomes = run(clean);
  }

  @AfterAll
  static void stopClean() {
    clean.close();
  }

  @Test
  void everyFaultHasAnExpectation() {
    assertEquals(Set.of(Fault.values()), EXPECTED.keySet());
  }

  @Test
  void theFaultFreeSimulatorAnswersTheCatalogueAsTheContractSays() {
    Map<String, Integer> statuses = new LinkedHashMap<>();
    cleanOutcomes.forEach((name, outcome) -> statuses.put(name, outcome.status()));
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (Probe probe : PROBES) {
      int status = switch (probe.name()) {
        case "validActivity", "activityNoName", "unknownProperty" -> 204;
        case "validInvite", "context256" -> 201;
        case "textPlain" -> 415;
        case "get", "delete" -> 405;
        default -> 400;
      };
      expected.put(probe.name(), status);
    }
    assertEquals(expected, statuses);
    for (String invite : ACCEPTED_INVITES) {
      assertEquals(Set.of(), cleanOutcomes.get(invite).ruleIds(), invite);
      assertEquals("application/json", cleanOutcomes.get(invite).mediaType());
    }
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void eachFaultChangesExactlyWhatItNames(Fault fault) {
    Expectation expectation = EXPECTED.get(fault);
    assertNotNull(expectation, fault.name());
    Map<String, Outcome> faulty;
    try (HandlesSimulator sim = HandlesSimulator.builder().fault(fault).start()) {
      assertEquals(Set.of(fault), sim.faults());
      faulty = run(sim);
    }
    Set<String> changed = new TreeSet<>();
    List<String> details = new ArrayList<>();
    for (Probe probe : PROBES) {
      Outcome before = cleanOutcomes.get(probe.name());
      Outcome after = faulty.get(probe.name());
      if (!before.equals(after)) {
        changed.add(probe.name());
        details.add(probe.name() + ": " + before + " -> " + after);
      }
    }
    assertEquals(new TreeSet<>(expectation.probes()), changed, String.join("\n", details));
    for (String name : expectation.probes()) {
      assertTrue(expectation.wrongAnswer().test(faulty.get(name)), name + " answered " + faulty.get(name));
    }
  }

  private static Map<String, Outcome> run(HandlesSimulator sim) {
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (Probe probe : PROBES) {
      Http.Response response = Http.to(sim.handlesUri()).method(probe.method())
          .header("Content-Type", probe.contentType())
          .header("X-Xbl-Contract-Version", probe.contractVersion())
          .body(probe.body()).send();
      outcomes.put(probe.name(), outcome(probe, response));
    }
    return outcomes;
  }

  private static Outcome outcome(Probe probe, Http.Response response) {
    String mediaType = response.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
    Set<String> rules = new TreeSet<>();
    if (response.status() == 201) {
      try {
        JsonNode request = JSON.readTree(probe.body());
        ValidationReport report = VALIDATOR.validateInviteHandle(response.body(), request);
        report.errors().stream().map(Violation::ruleId).forEach(rules::add);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    } else if (response.status() == 400) {
      response.text().lines().map(line -> line.split(" ", 2)[0]).forEach(rules::add);
    }
    return new Outcome(response.status(), mediaType, response.body().length > 0, rules);
  }

  @Test
  void theCatalogueNamesEachProbeOnce() {
    assertEquals(PROBES.size(), PROBES.stream().map(Probe::name).distinct().count());
    assertFalse(PROBES.isEmpty());
  }
}
