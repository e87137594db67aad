package io.handlekit.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handlekit.testkit.BrokenRule;
import io.handlekit.testkit.BrokenRules;
import io.handlekit.testkit.MalformedBodies;
import io.handlekit.testkit.MalformedCase;
import io.handlekit.testkit.Theories;
import io.handlekit.testkit.ValidTrees;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The testkit's catalogue of one-rule-broken bodies names rules by their id; here each id is held to a real rule, and
 * every rule a request body can break to a case of the catalogue. A new rule fails this test until it has a case
 * (which the validator's properties and the conformance suite then both exercise) or a reason below.
 */
class CatalogueCoversTheRulesTest {
  private static final HandlesValidator VALIDATOR = HandlesValidator.create();

  /** Rules the catalogue has no case for, each with the reason and where they are tested instead. */
  private static final Map<Rule, String> NOT_IN_THE_CATALOGUE = Map.ofEntries(
      Map.entry(Rule.INPUT_TOO_LARGE, "a limit of the validator, not of the contract: HostileInputTest, InputTest"),
      Map.entry(Rule.JSON_TOO_DEEP, "a limit of the validator, not of the contract: HostileInputTest, InputTest"),
      Map.entry(Rule.EXPIRATION_FORMAT, "an invite handle's (the response's): InviteHandleTest"),
      Map.entry(Rule.RESPONSE_ECHO_SESSION_REF, "an invite handle's (the response's): InviteHandleTest"),
      Map.entry(Rule.RESPONSE_ECHO_INVITED_XUID, "an invite handle's (the response's): InviteHandleTest"),
      Map.entry(Rule.RESPONSE_ECHO_TITLE_ID, "an invite handle's (the response's): InviteHandleTest"),
      Map.entry(Rule.CONTRACT_VERSION_MISSING, "the header's: ContractVersionTest"),
      Map.entry(Rule.CONTRACT_VERSION_NOT_INTEGER, "the header's: ContractVersionTest"),
      Map.entry(Rule.CONTRACT_VERSION_TOO_LOW, "the header's: ContractVersionTest"),
      Map.entry(Rule.TITLE_ID_NUMBER, "a finding on a valid body, which the valid generators make: see below"),
      Map.entry(Rule.CONTEXT_STRING_PREFIX, "a finding on a valid body, which the valid generators make: see below"),
      Map.entry(Rule.PROPERTY_UNKNOWN, "a finding on a valid body, which the valid generators make: see below"),
      Map.entry(Rule.FINDINGS_TRUNCATED, "about the report, not the body: HostileInputTest"),
      Map.entry(Rule.SCHEMA_OTHER, "a catch-all the tests keep unused: EveritReference.assertAgrees"),
      Map.entry(Rule.INTERNAL_ERROR, "the tool's own failure, never the body's"));

  private static Set<String> catalogueRuleIds() {
    ValidTrees trees = ValidTrees.anySession();
    return Stream.concat(BrokenRules.all(trees).stream().map(BrokenRule::ruleId),
        MalformedBodies.all(trees).stream().map(MalformedCase::ruleId)).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyRuleIdOfTheCatalogueIsARule() {
    for (String id : catalogueRuleIds()) {
      assertTrue(Rule.byId(id).isPresent(), () -> "the catalogue names \"" + id + "\", which is no rule");
    }
  }

  @Test
  void everyRuleIsBrokenByTheCatalogueOrSaysWhyNot() {
    Set<Rule> covered = catalogueRuleIds().stream().map(id -> Rule.byId(id).orElseThrow())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
    Set<Rule> both = EnumSet.copyOf(covered);
    both.retainAll(NOT_IN_THE_CATALOGUE.keySet());
    assertEquals(Set.of(), both, "in the catalogue after all: drop them from NOT_IN_THE_CATALOGUE");
    Set<Rule> missing = EnumSet.allOf(Rule.class);
    missing.removeAll(covered);
    missing.removeAll(NOT_IN_THE_CATALOGUE.keySet());
    assertEquals(Set.of(), missing, "rules without a case in the testkit's catalogue (BrokenRules, MalformedBodies)"
        + " and without a reason here");
  }

  @Test
  void theValidGeneratorsMakeEveryFindingAValidBodyCanCarry() {
    Set<String> seen = new TreeSet<>();
    // A fixed seed: which findings 500 bodies carry is a fact about the generators, not a chance per run.
    Theories.qt(20261127L).withExamples(500).forAll(ValidTrees.anySession().any(true)).checkAssert(tree ->
        VALIDATOR.validateRequest(tree.root()).violations().forEach(v -> seen.add(v.ruleId())));
    Set<String> expected = Stream.of(Rule.TITLE_ID_NUMBER, Rule.CONTEXT_STRING_PREFIX, Rule.PROPERTY_UNKNOWN)
        .map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, seen, () -> "findings of valid bodies; rules: " + Arrays.toString(Rule.values()));
  }
}
