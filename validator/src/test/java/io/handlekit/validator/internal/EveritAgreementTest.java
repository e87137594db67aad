package io.handlekit.validator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.handlekit.core.Theories.qt;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.schema.HandleSchema;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.Mutation;
import io.handlekit.validator.ValidBodies;
import io.handlekit.validator.Rule;
import io.handlekit.validator.ValidationReport;
import io.handlekit.validator.Violation;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
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
  private static final Schema PLAIN = SchemaLoader.builder()
      .schemaClient(url -> HandleSchema.byId(URI.create(url)).orElseThrow().open())
      .draftV7Support()
      .schemaJson(new JSONObject(HandleSchema.HANDLE_REQUEST.text()))
      .build().load().build();
  /** Rules that no schema expresses; everit cannot see them. */
  private static final Set<Rule> SEMANTIC = EnumSet.of(Rule.XUID_RANGE, Rule.TITLE_ID_RANGE, Rule.CONTEXT_TOO_LONG,
      Rule.STRING_LONE_SURROGATE, Rule.TYPE_NOT_COVERED);

  private static List<String> everitFaults(String text) {
    try {
      PLAIN.validate(new JSONTokener(text).nextValue());
      return List.of();
    } catch (ValidationException e) {
      List<String> pointers = new ArrayList<>();
      collect(e, pointers);
      return pointers;
    }
  }

  private static void collect(ValidationException e, List<String> pointers) {
    if (e.getCausingExceptions().isEmpty()) {
      pointers.add(e.getPointerToViolation().substring(1));
    } else {
      e.getCausingExceptions().forEach(cause -> collect(cause, pointers));
    }
  }

  private static Gen<JsonNode> validAndMutated() {
    Gen<JsonNode> mutated = Mutation.cases().map(testCase -> (JsonNode) testCase.mutated());
    return Generate.oneOf(ValidBodies.bodies().map(body -> (JsonNode) body), mutated, mutated);
  }

  @Test
  void fastPathConformsExactlyWhenEveritDoes() {
    qt().withExamples(3000).forAll(validAndMutated()).checkAssert(body -> {
      String text = body.toString();
      assertEquals(everitFaults(text).isEmpty(), ContractShape.isRequest(body), text);
    });
  }

  @Test
  void everyPlaceEveritFaultsIsAnErrorOfTheValidator() {
    qt().withExamples(3000).forAll(validAndMutated()).checkAssert(body -> {
      String text = body.toString();
      ValidationReport report = VALIDATOR.validateRequest(text);
      assertTrue(!report.has(Rule.SCHEMA_OTHER), "every schema failure maps to a named rule: " + report);
      Set<String> reported = new TreeSet<>();
      for (Violation error : report.errors()) {
        reported.add(error.pointer().orElse("?"));
      }
      for (String pointer : everitFaults(text)) {
        assertTrue(reported.contains(pointer), pointer + " not reported for " + text + ": " + report);
      }
      if (everitFaults(text).isEmpty()) {
        for (Violation error : report.errors()) {
          assertTrue(SEMANTIC.contains(error.rule()), error + " where everit found nothing: " + text);
        }
      }
    });
  }
}
