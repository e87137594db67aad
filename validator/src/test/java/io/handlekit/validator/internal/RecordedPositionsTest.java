package io.handlekit.validator.internal;

import static io.handlekit.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handlekit.testkit.BrokenRule;
import io.handlekit.testkit.BrokenRules;
import io.handlekit.testkit.JsonText;
import io.handlekit.testkit.ValidTrees;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.ValidationReport;
import io.handlekit.validator.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The positions recorded while parsing place every violation exactly where a second pass over the text would (the
 * way the validator placed them before): same line, column and byte offset, for bytes and for text, on bodies with
 * findings of every kind the catalogue makes, unknown properties among them, written compactly and pretty-printed.
 */
class RecordedPositionsTest {
  private static final HandlesValidator VALIDATOR = HandlesValidator.create();
  private static final SecondPassLocations SECOND_PASS = new SecondPassLocations(InputDecoder.factory(64));

  private static Gen<String> bodiesWithFindings() {
    ValidTrees trees = ValidTrees.anySession();
    Gen<String> broken = Generate.pick(BrokenRules.all(trees).stream().map(BrokenRule::bodies).toList())
        .flatMap(bodies -> bodies).map(body -> JsonText.write(body.broken()));
    Gen<String> unknown = trees.withUnknownProperty().map(tree -> JsonText.write(tree.root()));
    Gen<String> compact = Generate.oneOf(broken, unknown);
    // Pretty-printed too: several lines, and values at columns past multi-byte characters of earlier values.
    return compact.zip(Generate.booleans(), (text, pretty) -> pretty ? pretty(text) : text);
  }

  /** {@code compact} pretty-printed, a lone surrogate (which Jackson writes raw) written as its escape again. */
  private static String pretty(String compact) {
    String pretty;
    try {
      pretty = new com.fasterxml.jackson.databind.ObjectMapper().readTree(compact).toPrettyString();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder out = new StringBuilder(pretty.length());
    for (int i = 0; i < pretty.length(); i++) {
      char c = pretty.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < pretty.length() && Character.isLowSurrogate(pretty.charAt(i + 1))) {
        out.append(c).append(pretty.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The text with everything outside printable ASCII escaped, so that a failure's message survives any report. */
  private static String ascii(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F || c == '\n' ? String.valueOf((char) c)
        : String.format("\\u%04x", c)));
    return out.toString();
  }

  private static List<Violation> unplaced(ValidationReport report) {
    return report.violations().stream().map(v -> v.pointer().isPresent()
        ? new Violation(v.rule(), v.severity(), v.pointer(), Optional.empty(), v.message()) : v).toList();
  }

  @Test
  void violationsAreWhereASecondPassFindsThem() {
    qt().withExamples(2000).forAll(bodiesWithFindings()).describedAs(RecordedPositionsTest::ascii).checkAssert(text -> {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      ValidationReport fromBytes = VALIDATOR.validateRequest(bytes);
      assertTrue(!fromBytes.violations().isEmpty(), () -> ascii(text));
      assertEquals(SECOND_PASS.place(unplaced(fromBytes), bytes, 0), fromBytes.violations(), () -> ascii(text));
      ValidationReport fromText = VALIDATOR.validateRequest(text);
      assertEquals(SECOND_PASS.place(unplaced(fromText), text, 0), fromText.violations(), () -> ascii(text));
    });
  }

  @Test
  void aByteOrderMarkShiftsNothingButTheOffsets() {
    String text = "{\"version\":2,\"type\":\"activity\",\"sessionRef\":{\"scid\":\"MockScid\",\"templateName\":\"t\"}}";
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    ValidationReport report = VALIDATOR.validateRequest(withBom);
    assertEquals(SECOND_PASS.place(unplaced(report), withBom, 3), report.violations());
    ValidationReport fromText = VALIDATOR.validateRequest("\uFEFF" + text);
    assertEquals(SECOND_PASS.place(unplaced(fromText), "\uFEFF" + text, 1), fromText.violations());
  }
}
