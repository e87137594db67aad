package io.handlekit.validator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.handlekit.core.Theories.qt;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.Mutation;
import io.handlekit.validator.ValidBodies;
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
    Gen<JsonNode> mutated = Mutation.cases().map(testCase -> (JsonNode) testCase.mutated());
    return Generate.oneOf(ValidBodies.bodies().map(body -> (JsonNode) body), mutated, mutated);
  }

  @Test
  void fastPathConformsExactlyWhenEveritDoes() {
    qt().withExamples(3000).forAll(validAndMutated()).checkAssert(body -> {
      String text = body.toString();
      assertEquals(EveritReference.requestFaults(text).isEmpty(), ContractShape.isRequest(body), text);
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
