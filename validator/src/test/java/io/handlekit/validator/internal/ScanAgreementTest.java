package io.handlekit.validator.internal;

import static io.handlekit.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.handlekit.testkit.BrokenRule;
import io.handlekit.testkit.BrokenRules;
import io.handlekit.testkit.JsonText;
import io.handlekit.testkit.MalformedBodies;
import io.handlekit.testkit.MalformedBody;
import io.handlekit.testkit.MalformedCase;
import io.handlekit.testkit.Tree;
import io.handlekit.testkit.ValidTrees;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.Profile;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The one-pass reading of a body's bytes ({@link RequestScan}) against the exact path (a tree of the whole body, the
 * schema when the shape is wrong): on every body, valid, with findings of every kind the catalogue makes, malformed,
 * or carrying unknown members of any JSON (deep, escaped, with surrogates, numbers of every form, duplicate names),
 * written with any whitespace, the validator's report is the exact path's report, whichever configuration; and the
 * reading never gives up on what traffic sends: valid bodies, unknown properties, ids that break their grammar.
 */
class ScanAgreementTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ValidTrees TREES = ValidTrees.anySession();
  private static final Engine STRICT = engine(Profile.STRICT, Map.of(), Locale.ENGLISH, HandlesValidator.DEFAULT_MAX_DEPTH,
      HandlesValidator.DEFAULT_MAX_FINDINGS);
  // Lenient, Korean, a rule ignored and one raised, the smallest depth and a report of two: the findings kept and
  // their order depend on the order the rules add them in, which the reading must not change.
  private static final Engine OTHER = engine(Profile.LENIENT, severities(), Locale.KOREAN, 3, 2);
  private static final String WHITESPACE = " \t\n\r";

  private static Engine engine(Profile profile, Map<Rule, Severity> overrides, Locale locale, int maxDepth,
      int maxFindings) {
    return new Engine(new Settings(profile, overrides, locale, HandlesValidator.DEFAULT_MAX_BODY_BYTES, maxDepth,
        maxFindings));
  }

  private static Map<Rule, Severity> severities() {
    Map<Rule, Severity> overrides = new EnumMap<>(Rule.class);
    overrides.put(Rule.TITLE_ID_NUMBER, null);
    overrides.put(Rule.PROPERTY_UNKNOWN, Severity.ERROR);
    return overrides;
  }

  // ---- the bodies

  /** Valid trees, with unknown properties at every level, members in any order. */
  private static Gen<JsonNode> valid() {
    Gen<Tree> trees = Generate.oneOf(TREES.any(true), TREES.withUnknownProperty());
    return rs -> JsonText.reorder(trees.generate(rs).root(), rs);
  }

  private static Gen<JsonNode> broken() {
    return Generate.pick(BrokenRules.all(TREES).stream().map(BrokenRule::bodies).toList())
        .flatMap(bodies -> bodies).map(body -> body.broken());
  }

  private static Gen<byte[]> malformed() {
    return Generate.pick(MalformedBodies.all(TREES).stream().map(MalformedCase::bodies).toList())
        .flatMap(bodies -> bodies).map(MalformedBody::bytes);
  }

  /**
   * JSON text of any shape, for an unknown member's value: nested up to 40 levels (past the smallest depth limits),
   * strings with escapes (surrogate pairs, lone surrogates, every short escape, a bad one), numbers of every form,
   * objects that may name a member twice.
   */
  private static Gen<String> anyJson() {
    Gen<String> strings = Generate.pick(List.of("\"\"", "\"plain\"", "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\u00e9\\u1234\"",
        "\"\\ud83d\\ude00\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\ud800\\u0041\"", "\"\\x\"", "\"\\u12g4\"", "\"한국어\"",
        "\"😀\"", "\"\u007f\""));
    Gen<String> numbers = Generate.pick(List.of("0", "-0", "1", "-12", "1.5", "-0.0e-7", "1E+9", "2e400", "01", "1.",
        ".5", "-", "1e", "123456789012345678901234567890"));
    Gen<String> literals = Generate.pick(List.of("true", "false", "null", "tru", "nul", "True"));
    Gen<String> scalar = Generate.oneOf(strings, numbers, literals);
    Gen<Integer> depth = Generate.frequency(List.of(
        org.quicktheories.api.Pair.of(6, Generate.range(0, 3)), org.quicktheories.api.Pair.of(1, Generate.range(30, 40))));
    Gen<Integer> width = Generate.range(0, 3);
    Gen<Boolean> object = Generate.booleans();
    Gen<String> names = Generate.pick(List.of("a", "b", "a", "\\u0061", "한", ""));
    return rs -> {
      StringBuilder out = new StringBuilder();
      int levels = depth.generate(rs);
      StringBuilder closing = new StringBuilder();
      for (int level = 0; level < levels; level++) {
        boolean isObject = object.generate(rs);
        out.append(isObject ? '{' : '[');
        int before = width.generate(rs);
        for (int k = 0; k < before; k++) {
          if (isObject) {
            out.append('"').append(names.generate(rs)).append("\":");
          }
          out.append(scalar.generate(rs)).append(',');
        }
        if (isObject) {
          out.append("\"").append(names.generate(rs)).append("\":");
        }
        closing.insert(0, isObject ? '}' : ']');
      }
      return out.append(scalar.generate(rs)).append(closing).toString();
    };
  }

  /** A valid body with one more root member whose value is {@link #anyJson()}. */
  private static Gen<byte[]> withAnyJson() {
    return valid().zip(anyJson(), (tree, json) -> {
      String text = JsonText.write(tree);
      return ("{\"extra\":" + json + "," + text.substring(1)).getBytes(StandardCharsets.UTF_8);
    });
  }

  /** {@code json} with whitespace (spaces, tabs, LF, CR, CRLF) drawn between its tokens, strings left alone. */
  private static Gen<byte[]> spaced(Gen<byte[]> json) {
    Gen<Integer> draws = Generate.range(0, 40);
    return rs -> {
      byte[] compact = json.generate(rs);
      int every = draws.generate(rs);
      if (every == 0) {
        return compact;
      }
      StringBuilder out = new StringBuilder();
      String text = new String(compact, StandardCharsets.UTF_8);
      boolean inString = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        out.append(c);
        if (inString) {
          if (c == '\\' && i + 1 < text.length()) {
            out.append(text.charAt(++i));
          } else if (c == '"') {
            inString = false;
          }
        } else if (c == '"') {
          inString = true;
        } else if ("{[,:".indexOf(c) >= 0 && draws.generate(rs) < every) {
          int kind = draws.generate(rs) % 5;
          out.append(kind == 4 ? "\r\n" : String.valueOf(WHITESPACE.charAt(kind % WHITESPACE.length())));
        }
      }
      // Bytes that are not UTF-8 (the malformed cases) do not survive the round trip through text: keep them as given.
      boolean utf8 = Arrays.equals(text.getBytes(StandardCharsets.UTF_8), compact);
      return utf8 ? out.toString().getBytes(StandardCharsets.UTF_8) : compact;
    };
  }

  private static Gen<byte[]> anyBody() {
    Gen<byte[]> trees = Generate.oneOf(valid(), broken()).map(JsonText::bytes);
    return spaced(Generate.oneOf(trees, trees, malformed(), withAnyJson()));
  }

  /** The body as text a failure message can show: anything outside printable ASCII escaped. */
  private static String shown(byte[] body) {
    StringBuilder out = new StringBuilder();
    new String(body, StandardCharsets.UTF_8).chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F
        ? String.valueOf((char) c) : String.format("\\u%04x", c)));
    return out.toString();
  }

  // ---- the properties

  @Test
  void theReportIsTheExactPathsOnEveryBody() {
    qt().withExamples(4000).forAll(anyBody()).describedAs(ScanAgreementTest::shown).checkAssert(body -> {
      assertEquals(STRICT.exactRequest(body), STRICT.request(body), () -> shown(body));
      assertEquals(OTHER.exactRequest(body), OTHER.request(body), () -> shown(body));
    });
  }

  /** {@code node} with every character that JSON writes as an escape (and every surrogate) replaced by a letter. */
  private static JsonNode withoutEscapes(JsonNode node) {
    if (node.isTextual()) {
      return NODES.textNode(unescaped(node.textValue()));
    }
    if (node.isObject()) {
      ObjectNode out = NODES.objectNode();
      for (Entry<String, JsonNode> member : node.properties()) {
        out.set(unescaped(member.getKey()), withoutEscapes(member.getValue()));
      }
      return out;
    }
    if (node.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode out = NODES.arrayNode();
      node.forEach(element -> out.add(withoutEscapes(element)));
      return out;
    }
    return node;
  }

  private static String unescaped(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c) ? 'x' : c);
      }
    }
    return out.toString();
  }

  @Test
  void theReadingTakesWhatTrafficSends() {
    Gen<JsonNode> traffic = Generate.oneOf(valid(), valid().map(ScanAgreementTest::mockScid));
    qt().withExamples(2000).forAll(spaced(traffic.map(ScanAgreementTest::withoutEscapes).map(JsonText::bytes)))
        .describedAs(ScanAgreementTest::shown)
        .checkAssert(body -> assertNotNull(
            RequestScan.read(body, HandlesValidator.DEFAULT_MAX_BODY_BYTES, HandlesValidator.DEFAULT_MAX_DEPTH),
            () -> shown(body)));
  }

  // XSAPI's test fixture as the scid: the most common error.
  private static JsonNode mockScid(JsonNode body) {
    ObjectNode copy = (ObjectNode) body.deepCopy();
    ((ObjectNode) copy.get("sessionRef")).put("scid", "MockScid");
    return copy;
  }
}
