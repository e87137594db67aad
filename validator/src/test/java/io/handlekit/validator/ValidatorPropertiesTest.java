package io.handlekit.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.handlekit.testkit.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.handlekit.testkit.BrokenBody;
import io.handlekit.testkit.BrokenRule;
import io.handlekit.testkit.BrokenRules;
import io.handlekit.testkit.JsonText;
import io.handlekit.testkit.MalformedBodies;
import io.handlekit.testkit.MalformedCase;
import io.handlekit.testkit.ValidTrees;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ValidatorPropertiesTest {
  private static final HandlesValidator VALIDATOR = HandlesValidator.create();

  // Escaping non-ASCII keeps a lone surrogate as \\ud800 in the bytes; plain UTF-8 encoding would turn it into '?'.
  private static final com.fasterxml.jackson.databind.ObjectWriter ESCAPING = new com.fasterxml.jackson.databind.ObjectMapper()
      .writer().with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII);

  private static byte[] escapedBytes(JsonNode body) {
    try {
      return ESCAPING.writeValueAsBytes(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> errors(ValidationReport report) {
    return report.errors().stream().map(v -> v.ruleId() + " " + v.pointer().orElse("-")).toList();
  }

  /** Every way the catalogue knows of breaking one rule. */
  static Stream<BrokenRule> brokenRules() {
    return BrokenRules.all(ValidTrees.anySession()).stream();
  }

  /** Bodies of every case of the catalogue, each made from a valid one. */
  static Gen<BrokenBody> brokenBodies() {
    return Generate.pick(brokenRules().map(BrokenRule::bodies).toList()).flatMap(bodies -> bodies);
  }

  @Test
  void generatedValidBodiesAreAlwaysValid() {
    qt().forAll(ValidTrees.anySession().any(true)).checkAssert(tree -> {
      ObjectNode body = tree.root();
      String text = JsonText.write(body);
      assertEquals(List.of(), errors(VALIDATOR.validateRequest(text.getBytes(StandardCharsets.UTF_8))), text);
      assertEquals(List.of(), errors(VALIDATOR.validateRequest(text)), text);
      assertEquals(List.of(), errors(VALIDATOR.validateRequest(body)), text);
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void everySingleRuleMutationYieldsThatRuleAtThePointerAndNoOtherError(BrokenRule rule) {
    qt().withExamples(60).forAll(rule.bodies()).checkAssert(broken -> {
      List<String> expected = List.of(rule.ruleId() + " " + broken.pointer());
      assertEquals(rule.ruleId(), broken.ruleId());
      assertEquals(expected, errors(VALIDATOR.validateRequest(broken.bytes())), broken::toString);
      byte[] escaped = escapedBytes(broken.broken());
      assertEquals(expected, errors(VALIDATOR.validateRequest(escaped)),
          () -> rule + ": " + new String(escaped, StandardCharsets.US_ASCII));
      assertEquals(expected, errors(VALIDATOR.validateRequest(broken.broken())), broken::toString);
    });
  }

  static Stream<MalformedCase> malformedCases() {
    return MalformedBodies.all(ValidTrees.anySession()).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedCases")
  void everyMalformedBodyYieldsThatRuleAndNoOtherError(MalformedCase malformed) {
    qt().withExamples(40).forAll(malformed.bodies()).checkAssert(body -> {
      assertEquals(malformed.ruleId(), body.ruleId());
      assertEquals(List.of(body.ruleId() + " " + body.pointer().orElse("-")), errors(VALIDATOR.validateRequest(body.bytes())),
          body::toString);
    });
  }

  @Test
  void arbitraryBytesNeverThrowAndAreAlwaysLocated() {
    Gen<byte[]> bytes = Generate.byteArrays(integers().between(0, 200), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
    qt().withExamples(2000).forAll(bytes).checkAssert(input -> {
      ValidationReport report = VALIDATOR.validateRequest(input);
      assertNotNull(report);
      for (Violation violation : report.violations()) {
        assertTrue(violation.pointer().isPresent() || violation.location().isPresent() || violation.rule() == Rule.INPUT_EMPTY,
            violation.toString());
      }
    });
  }

  @Test
  void arbitraryTextNeverThrows() {
    Gen<String> jsonish = strings().betweenCodePoints(0, 0x10FFFF).ofLengthBetween(0, 60)
        .mix(Generate.pick(List.of("{", "}", "[", "]", ":", ",", "\"", "\\u", "\\ud800", "1e999999", "-0", "null", "true"))
            .zip(strings().ascii().ofLengthBetween(0, 20), (a, b) -> "{\"" + b + "\":" + a));
    qt().withExamples(2000).forAll(jsonish).checkAssert(text -> {
      assertNotNull(VALIDATOR.validateRequest(text));
      assertNotNull(VALIDATOR.validateRequest(text.getBytes(StandardCharsets.UTF_8)));
    });
  }

  /** Arbitrary JSON values, a few levels deep, with the contract's property names among the keys. */
  static Gen<JsonNode> arbitraryJson(int depth) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    Gen<String> keys = Generate.pick(List.of("version", "type", "sessionRef", "scid", "templateName", "name", "invitedXuid",
        "inviteAttributes", "titleId", "context", "id", "x"));
    Gen<JsonNode> leaves = Generate.oneOf(
        strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 12).map(s -> (JsonNode) nodes.textNode(s)),
        Generate.pick(List.of("activity", "invite", "transfer", "1", "0", "")).map(s -> (JsonNode) nodes.textNode(s)),
        integers().all().map(i -> (JsonNode) nodes.numberNode(i)),
        Generate.pick(List.<JsonNode>of(nodes.nullNode(), nodes.booleanNode(true), nodes.numberNode(1.5), nodes.numberNode(1.0))));
    if (depth == 0) {
      return leaves;
    }
    Gen<JsonNode> children = arbitraryJson(depth - 1);
    Gen<JsonNode> objects = Generate.intArrays(integers().between(0, 5), integers().between(0, 11)).zip(
        children, keys, (picks, child, key) -> {
          ObjectNode object = nodes.objectNode();
          for (int pick : picks) {
            object.set(key + pick, child);
          }
          object.set(key, child);
          return (JsonNode) object;
        });
    return Generate.oneOf(leaves, objects, children.map(child -> (JsonNode) nodes.arrayNode().add(child).add(child)));
  }

  @Test
  void arbitraryJsonNeverThrows() {
    qt().withExamples(1000).forAll(arbitraryJson(4)).checkAssert(json -> {
      assertNotNull(VALIDATOR.validateRequest(json));
      assertNotNull(VALIDATOR.validateRequest(json.toString()));
      assertNotNull(VALIDATOR.validateInviteHandle(json, json));
    });
  }

  @Test
  void invalidBodiesAreNeverValidAgainAfterAnUnrelatedValidOne() {
    // the validator keeps no state between calls: interleaving does not change a verdict
    qt().forAll(brokenBodies()).checkAssert(testCase -> {
      assertTrue(VALIDATOR.validateRequest(testCase.valid()).isValid(), testCase::toString);
      assertFalse(VALIDATOR.validateRequest(testCase.broken()).isValid(), testCase::toString);
      assertTrue(VALIDATOR.validateRequest(testCase.valid()).isValid(), testCase::toString);
    });
  }

  /** The UTF-8 check agrees with the JDK's strict decoder (no overlong forms, no encoded surrogates). */
  @Test
  void utf8CheckAgreesWithTheJdkDecoder() {
    Gen<Integer> pieces = Generate.pick(List.of(0x22, 0x61, 0x5C, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC,
        0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xA0, 0x9F, 0x8F, 0x90));
    Gen<byte[]> bytes = Generate.intArrays(integers().between(2, 40), pieces).map(ints -> {
      byte[] body = new byte[ints.length + 2];
      body[0] = '{';
      body[1] = '"';
      for (int i = 0; i < ints.length; i++) {
        body[i + 2] = (byte) (int) ints[i];
      }
      return body;
    });
    qt().withExamples(3000).forAll(bytes).checkAssert(body -> {
      boolean jdkDecodes;
      try {
        StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body));
        jdkDecodes = true;
      } catch (java.nio.charset.CharacterCodingException e) {
        jdkDecodes = false;
      }
      assertEquals(!jdkDecodes, VALIDATOR.validateRequest(body).has(Rule.INPUT_ENCODING), java.util.Arrays.toString(body));
    });
  }
}
