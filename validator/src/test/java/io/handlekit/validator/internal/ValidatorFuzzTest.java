package io.handlekit.validator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.Profile;
import io.handlekit.validator.Rule;
import io.handlekit.validator.ValidationReport;
import io.handlekit.validator.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Coverage-guided fuzz tests of every way into the validator. The property: no throwable escapes, no input makes
 * it fail inside (no {@code internal.error}), and where the input is a JSON object, the report agrees with plain
 * everit (see {@link EveritReference}) and the fast path says "conforms" exactly when everit does. Whether a text
 * is one strict JSON object at all is held to plain Jackson, which shares nothing with the validator's own tree
 * builder: what it reads as an object, the validator never calls malformed, and what it refuses, the validator never
 * accepts. A body given as bytes gets exactly the report of the exact path (a tree of the whole body), whether or not
 * the one-pass reading ({@link RequestScan}) took it.
 *
 * <p>{@code ./mvnw verify} runs each test on its committed seeds (the resource folder
 * {@code ValidatorFuzzTestInputs/<method>}: every hostile input of the issues, the facts sheet's bodies, and every
 * crash fuzzing found). Fuzzing for real is documented in the README.
 */
class ValidatorFuzzTest {
  private static final HandlesValidator VALIDATOR = HandlesValidator.create();
  private static final HandlesValidator UNLIMITED = HandlesValidator.builder().maxBodyBytes(Integer.MAX_VALUE).build();
  private static final Settings SETTINGS = new Settings(Profile.STRICT, Map.of(), Locale.ENGLISH,
      HandlesValidator.DEFAULT_MAX_BODY_BYTES, HandlesValidator.DEFAULT_MAX_DEPTH, HandlesValidator.DEFAULT_MAX_FINDINGS);
  // the engine of VALIDATOR, to hold its one-pass reading of bytes to the exact path's
  private static final Engine ENGINE = new Engine(SETTINGS);
  private static final InputDecoder DECODER = new InputDecoder(SETTINGS.maxBodyBytes(), SETTINGS.maxDepth());
  // While fuzzing, inputs above this size are passed over: the seeds' 1 MiB bodies would otherwise make the fuzzer
  // mutate megabytes at a few executions a second. They are judged in regression mode, like every seed; the time
  // the validator takes on large bodies is the benchmarks' business.
  private static final int MAX_FUZZED_INPUT = 16 * 1024;
  private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null && !System.getenv("JAZZER_FUZZ").isEmpty();
  private static final JsonNode REQUEST = FuzzInputs.tree(FuzzInputs.utf8("{\"version\":1,\"type\":\"invite\","
      + "\"sessionRef\":{\"scid\":\"bd6c41c3-01c3-468a-a3b5-3e0fe8133862\",\"templateName\":\"deathmatch\","
      + "\"name\":\"session-49\"},\"invitedXuid\":\"3210\",\"inviteAttributes\":{\"titleId\":\"1234567\"}}"));

  // Plain Jackson without limits of its own (the validator's limits are its own rules) and without the hash-flood
  // refusal (colliding keys are legal JSON): strict about everything else, as Jackson is by default.
  private static final JsonMapper PLAIN = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE)
              .maxNumberLength(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE).maxNameLength(Integer.MAX_VALUE)
              .build())
          .disable(JsonFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW).build())
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  @FuzzTest(maxDuration = "10m")
  void requestBytes(byte[] body) throws IOException {
    if (FUZZING && body.length > MAX_FUZZED_INPUT) {
      return;
    }
    ValidationReport report = VALIDATOR.validateRequest(body);
    String label = EveritReference.label(new String(body, StandardCharsets.UTF_8));
    assertEquals(ENGINE.exactRequest(body), report, "one-pass reading: " + label);
    strictUtf8(body).ifPresentOrElse(decoded -> agreesOnWhatIsJson(decoded, report, label),
        () -> assertFalse(report.isValid(), "not UTF-8, yet valid: " + label));
    InputDecoder.Text text = DECODER.checkBytes(body, new Findings(SETTINGS));
    JsonNode tree = text == null ? null : DECODER.parse(text, new ValuePositions(), new Findings(SETTINGS));
    holdsToTheReference(tree, report, label);
    if (body.length <= HandlesValidator.DEFAULT_MAX_BODY_BYTES) {
      assertEquals(errors(report), errors(UNLIMITED.validateRequest(new ByteArrayInputStream(body))), "stream: " + label);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void requestText(byte[] data) {
    if (FUZZING && data.length > MAX_FUZZED_INPUT) {
      return;
    }
    String body = FuzzInputs.text(data);
    ValidationReport report = VALIDATOR.validateRequest(body);
    agreesOnWhatIsJson(body, report, EveritReference.label(body));
    holdsToTheReference(DECODER.parse(body, new ValuePositions(), new Findings(SETTINGS)), report, EveritReference.label(body));
  }

  @FuzzTest(maxDuration = "10m")
  void requestTree(byte[] data) {
    if (FUZZING && data.length > MAX_FUZZED_INPUT) {
      return;
    }
    JsonNode tree = FuzzInputs.tree(data);
    ValidationReport report = VALIDATOR.validateRequest(tree);
    assertFalse(report.has(Rule.INTERNAL_ERROR), report.toString());
    String label = EveritReference.label(new String(data, StandardCharsets.UTF_8));
    if (tree.isObject() && !report.has(Rule.INPUT_TOO_LARGE)) {
      EveritReference.assertFastPathAgrees(tree, SETTINGS.maxDepth(), report, label);
      EveritReference.assertAgrees(EveritReference.faults(EveritReference.REQUEST,
          OrgJsonTree.convert(tree, SETTINGS.maxDepth())), report, label);
    }
    ValidationReport handle = VALIDATOR.validateInviteHandle(tree, tree);
    assertFalse(handle.has(Rule.INTERNAL_ERROR), handle.toString());
  }

  @FuzzTest(maxDuration = "10m")
  void inviteHandle(byte[] response) {
    if (FUZZING && response.length > MAX_FUZZED_INPUT) {
      return;
    }
    ValidationReport report = VALIDATOR.validateInviteHandle(response, REQUEST);
    String label = EveritReference.label(new String(response, StandardCharsets.UTF_8));
    InputDecoder.Text text = DECODER.checkBytes(response, new Findings(SETTINGS));
    JsonNode tree = text == null ? null : DECODER.parse(text, new ValuePositions(), new Findings(SETTINGS));
    if (tree != null && tree.isObject()) {
      EveritReference.assertAgrees(EveritReference.faults(EveritReference.INVITE_HANDLE,
          OrgJsonTree.convert(tree, SETTINGS.maxDepth())), report, label);
      ValidationReport fromTree = VALIDATOR.validateInviteHandle(tree, REQUEST);
      assertEquals(report.isValid(), fromTree.isValid(), label);
    } else {
      assertIsRejectedAndLocated(report, label);
    }
    assertFalse(VALIDATOR.validateInviteHandle(response, (io.handlekit.core.InviteHandleRequest) null).has(Rule.INTERNAL_ERROR));
  }

  private static void holdsToTheReference(JsonNode tree, ValidationReport report, String label) {
    if (tree != null && tree.isObject()) {
      EveritReference.assertFastPathAgrees(tree, SETTINGS.maxDepth(), report, label);
      EveritReference.assertAgrees(EveritReference.faults(EveritReference.REQUEST,
          OrgJsonTree.convert(tree, SETTINGS.maxDepth())), report, label);
    } else {
      assertIsRejectedAndLocated(report, label);
    }
  }

  /** What plain Jackson reads as one object is never malformed to the validator; what it refuses is never valid. */
  private static void agreesOnWhatIsJson(String text, ValidationReport report, String label) {
    boolean object;
    try {
      object = PLAIN.readTree(text) instanceof com.fasterxml.jackson.databind.node.ObjectNode;
    } catch (IOException | RuntimeException notJson) {
      object = false;
    }
    if (object) {
      for (Rule rule : new Rule[] {Rule.JSON_MALFORMED, Rule.JSON_NOT_OBJECT, Rule.JSON_DUPLICATE_KEY, Rule.INPUT_ENCODING}) {
        assertFalse(report.has(rule), "plain Jackson reads one object, the validator says " + rule.id() + ": " + label);
      }
    } else {
      assertFalse(report.isValid(), "plain Jackson reads no single object, yet valid: " + label);
    }
  }

  private static java.util.Optional<String> strictUtf8(byte[] bytes) {
    try {
      return java.util.Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException notUtf8) {
      return java.util.Optional.empty();
    }
  }

  // Not one JSON object: rejected, and every violation says where (a pointer or a line and column).
  private static void assertIsRejectedAndLocated(ValidationReport report, String label) {
    assertFalse(report.isValid(), label);
    assertFalse(report.has(Rule.INTERNAL_ERROR), report.toString());
    for (Violation violation : report.violations()) {
      assertTrue(violation.pointer().isPresent() || violation.location().isPresent()
          || violation.rule() == Rule.INPUT_EMPTY || violation.rule() == Rule.INPUT_TOO_LARGE, violation.toString());
    }
  }

  private static java.util.List<String> errors(ValidationReport report) {
    return report.errors().stream().map(v -> v.ruleId() + " " + v.pointer().orElse("-")).toList();
  }
}
