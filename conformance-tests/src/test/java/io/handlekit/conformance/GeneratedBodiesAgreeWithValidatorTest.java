package io.handlekit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.handlekit.core.ContextCharacters;
import io.handlekit.conformance.internal.generate.BodyCase;
import io.handlekit.conformance.internal.generate.Generators;
import io.handlekit.core.UriEncodedLength;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.ValidationReport;
import io.handlekit.validator.Violation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generators against the validator (strict): every valid body is valid, every labelled body breaks exactly
 * its label's rule, at its pointer, and nothing else.
 */
class GeneratedBodiesAgreeWithValidatorTest {
  private static final HandlesValidator VALIDATOR = HandlesValidator.create();
  private static final Fixture EXACT = Fixture.session("BD6C41C3-01c3-468a-a3b5-3e0fe8133862", "deathmatch", "session-49");

  private static final Fixture TEST_ACCOUNTS = Fixture.session("bd6c41c3-01c3-468a-a3b5-3e0fe8133862", "deathmatch", "s")
      .withInvitedXuids(List.of("2533274790395904", "2533274790395905")).withTitleIds(List.of("1234567"));

  static Stream<Fixture> fixtures() {
    return Stream.of(Fixture.anySession(), EXACT, TEST_ACCOUNTS);
  }

  @Test
  void aSessionFixtureIsKeptAndInvitesGoOnlyToItsAccounts() {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    forFirst(200, 8L, HandleBodies.valid(TEST_ACCOUNTS, 8L), body -> {
      com.fasterxml.jackson.databind.JsonNode tree;
      try {
        tree = json.readTree(body.body());
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
      assertEquals("bd6c41c3-01c3-468a-a3b5-3e0fe8133862", tree.at("/sessionRef/scid").asText().toLowerCase(java.util.Locale.ROOT));
      assertEquals("deathmatch", tree.at("/sessionRef/templateName").asText());
      if (body.type().equals("invite")) {
        assertEquals("s", tree.at("/sessionRef/name").asText());
        assertTrue(List.of("2533274790395904", "2533274790395905").contains(tree.get("invitedXuid").asText()), body::toString);
        assertEquals("1234567", tree.at("/inviteAttributes/titleId").asText());
      }
    });
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyGeneratedValidBodyIsValid(Fixture fixture) {
    forFirst(400, 20261125L, HandleBodies.valid(fixture, 20261125L), body -> {
      ValidationReport report = VALIDATOR.validateRequest(body.body());
      assertTrue(report.isValid(), () -> "errors " + report.errors() + " in " + body);
    });
  }

  @Test
  void bodiesWithUnknownPropertiesAreValidAndCarryOne() {
    forFirst(200, 7L, HandleBodies.withUnknownProperty(Fixture.anySession(), 7L), body -> {
      ValidationReport report = VALIDATOR.validateRequest(body.body());
      assertTrue(report.isValid(), () -> "errors " + report.errors() + " in " + body);
      assertTrue(report.violations().stream().anyMatch(v -> v.ruleId().equals("property.unknown")), body::toString);
    });
  }

  static Stream<BodyCase> labelledCases() {
    return fixtures().flatMap(f -> Stream.concat(Generators.invalid(f).stream(), Generators.malformed(f).stream()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("labelledCases")
  void everyLabelledBodyBreaksExactlyItsRule(BodyCase c) {
    qt().withFixedSeed(99L).withExamples(40).forAll(c.bodies()).checkAssert(body -> {
      assertEquals(c.ruleId(), body.ruleId());
      List<Violation> errors = VALIDATOR.validateRequest(body.body()).errors();
      assertEquals(1, errors.size(), () -> "expected only " + body.ruleId() + ", got " + errors + " for " + body);
      assertEquals(body.ruleId(), errors.get(0).ruleId(), () -> errors + " for " + body);
      assertEquals(body.pointer(), errors.get(0).pointer(), () -> errors + " for " + body);
    });
  }

  @Test
  void hostileBodiesAreRejectedByTheValidatorAndHaveTheirSize() throws Exception {
    for (HostileBody body : HandleBodies.deep()) {
      byte[] bytes = body.content().get().readAllBytes();
      assertEquals(body.length(), bytes.length, body.name());
      List<Violation> errors = VALIDATOR.validateRequest(bytes).errors();
      assertEquals(List.of(body.ruleId()), errors.stream().map(Violation::ruleId).toList(), body.name());
    }
    for (HostileBody body : HandleBodies.large()) {
      assertTrue(body.length() >= 16L << 20, body.name());
      long n = body.content().get().transferTo(java.io.OutputStream.nullOutputStream());
      assertEquals(body.length(), n, body.name());
    }
  }

  @ParameterizedTest
  @EnumSource(ContextCharacters.class)
  void contextsHaveExactlyTheEncodedLengthAsked(ContextCharacters characters) {
    for (int target : new int[] {255, 256, 257, 258}) {
      forFirst(50, target, HandleBodies.context(characters, target, target), text -> {
        assertEquals(target, rfc3986Length(text), text);
        assertEquals(target, UriEncodedLength.of(text), text);
        if (characters != ContextCharacters.UNRESERVED) {
          assertTrue(text.contains(characters.sample()) || UriEncodedLength.of(text) == target, text);
        }
      });
    }
  }

  @Test
  void mixedContextsHaveExactlyTheEncodedLengthAsked() {
    qt().withFixedSeed(3L).withExamples(200).forAll(Generators.mixedContext(256)).checkAssert(text ->
        assertEquals(256, rfc3986Length(text), text));
  }

  @Test
  void invitesWithContextAtTheLimitAreValidAndOverItAreNot() {
    for (ContextCharacters characters : ContextCharacters.values()) {
      forFirst(30, 5L, HandleBodies.inviteWithContext(Fixture.anySession(), characters, 256, 5L),
          body -> assertTrue(VALIDATOR.validateRequest(body.body()).isValid(), body::toString));
      forFirst(30, 5L, HandleBodies.inviteWithContext(Fixture.anySession(), characters, 257, 5L),
          body -> assertEquals(List.of("context.too-long"),
              VALIDATOR.validateRequest(body.body()).errors().stream().map(Violation::ruleId).toList(), body::toString));
    }
  }

  @Test
  void invalidByRuleIdOnlyBreaksThatRule() {
    forFirst(100, 11L, HandleBodies.invalid(Fixture.anySession(), "xuid.format", 11L),
        body -> assertEquals(Optional.of("/invitedXuid"), body.pointer()));
  }

  @Test
  void aSeedGivesTheSameBodiesAndAnotherSeedOthers() {
    // 250 bodies: past the first run of examples behind the stream
    List<ValidBody> first = HandleBodies.valid(Fixture.anySession(), 31L).limit(250).toList();
    assertEquals(first, HandleBodies.valid(Fixture.anySession(), 31L).limit(250).toList(), "seed 31 replayed");
    assertNotEquals(first, HandleBodies.valid(Fixture.anySession(), 32L).limit(250).toList(), "seeds 31 and 32");
    assertTrue(new HashSet<>(first).size() > 200, () -> "seed 31: only " + new HashSet<>(first).size()
        + " distinct bodies of 250");
  }

  /**
   * Holds {@code property} to the first {@code count} of {@code examples}, drawn with {@code seed}; a failure names
   * the seed and the example, so that it replays.
   */
  private static <T> void forFirst(int count, long seed, Stream<T> examples, Consumer<T> property) {
    Iterator<T> it = examples.limit(count).iterator();
    int seen = 0;
    while (it.hasNext()) {
      T example = it.next();
      try {
        property.accept(example);
      } catch (AssertionError e) {
        throw new AssertionError("seed " + seed + ", example " + seen + ": " + e.getMessage(), e);
      }
      seen++;
    }
    assertEquals(count, seen, "seed " + seed + ": examples drawn");
  }

  /** An oracle independent of the code under test: Java's form encoder, corrected to RFC 3986. */
  private static int rfc3986Length(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~").length();
  }
}
