package io.handlekit.validator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.handlekit.testkit.Theories.qt;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.testkit.BrokenRule;
import io.handlekit.testkit.BrokenRules;
import io.handlekit.testkit.ValidTrees;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Violation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The validator against plain everit on the same schema, fed the same text and nothing of the validator's:
 * the fast path says "conforms" exactly when everit does, and every place everit faults is a place the
 * validator reports an error.
 */
class EveritAgreementTest {
  private static final HandlesValidator VALIDATOR = HandlesValidator.create();

  private static Gen<JsonNode> validAndMutated() {
    ValidTrees trees = ValidTrees.anySession();
    Gen<JsonNode> mutated = Generate.pick(BrokenRules.all(trees).stream().map(BrokenRule::bodies).toList())
        .flatMap(bodies -> bodies).map(broken -> broken.broken());
    return Generate.oneOf(trees.any(true).map(tree -> (JsonNode) tree.root()), mutated, mutated);
  }

  /**
   * Exactly, but for the one place the schema is more lenient than the contract: a pattern's {@code $} in Java's
   * regular expressions (everit's) also matches before a final line break, so an id with a trailing newline passes
   * everit; the fast path refuses it, and then every error of the report is such an id's format.
   */
  @Test
  void fastPathConformsExactlyWhenEveritDoes() {
    qt().withExamples(3000).forAll(validAndMutated()).checkAssert(body -> {
      String text = body.toString();
      boolean everitConforms = EveritReference.requestFaults(text).isEmpty();
      if (everitConforms && !ContractShape.isRequest(body)) {
        List<Violation> errors = VALIDATOR.validateRequest(body).errors();
        assertFalse(errors.isEmpty(), text);
        for (Violation error : errors) {
          assertTrue(Set.of(Rule.GUID_FORMAT, Rule.XUID_FORMAT).contains(error.rule())
              && body.at(error.pointer().orElseThrow()).asText().endsWith("\n"), () -> error + " in " + text);
        }
      } else {
        assertEquals(everitConforms, ContractShape.isRequest(body), text);
      }
    });
  }

  @Test
  void everyPlaceEveritFaultsIsAnErrorOfTheValidator() {
    qt().withExamples(3000).forAll(validAndMutated()).checkAssert(body -> {
      String text = body.toString();
      EveritReference.assertAgrees(EveritReference.requestFaults(text), VALIDATOR.validateRequest(text), text);
    });
  }
}
