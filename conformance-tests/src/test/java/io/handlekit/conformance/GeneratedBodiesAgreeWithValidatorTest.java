package io.handlekit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.handlekit.conformance.internal.generate.BodyCase;
import io.handlekit.conformance.internal.generate.ContextStrings;
import io.handlekit.conformance.internal.generate.InvalidCases;
import io.handlekit.conformance.internal.generate.MalformedCases;
import io.handlekit.core.UriEncodedLength;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.ValidationReport;
import io.handlekit.validator.Violation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
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
    qt().withFixedSeed(8L).withExamples(200).forAll(HandleBodies.valid(TEST_ACCOUNTS)).checkAssert(body -> {
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
    qt().withFixedSeed(20261125L).withExamples(400).forAll(HandleBodies.valid(fixture)).checkAssert(body -> {
      ValidationReport report = VALIDATOR.validateRequest(body.body());
      assertTrue(report.isValid(), () -> "errors " + report.errors() + " in " + body);
    });
  }

  @Test
  void bodiesWithUnknownPropertiesAreValidAndCarryOne() {
    qt().withFixedSeed(7L).withExamples(200).forAll(HandleBodies.withUnknownProperty(Fixture.anySession()))
        .checkAssert(body -> {
          ValidationReport report = VALIDATOR.validateRequest(body.body());
          assertTrue(report.isValid(), () -> "errors " + report.errors() + " in " + body);
          assertTrue(report.violations().stream().anyMatch(v -> v.ruleId().equals("property.unknown")), body::toString);
        });
  }

  static Stream<BodyCase> labelledCases() {
    return fixtures().flatMap(f -> Stream.concat(InvalidCases.all(f).stream(), MalformedCases.all(f).stream()));
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
      qt().withFixedSeed(target).withExamples(50).forAll(HandleBodies.context(characters, target)).checkAssert(text -> {
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
    qt().withFixedSeed(3L).withExamples(200).forAll(ContextStrings.mixed(256)).checkAssert(text ->
        assertEquals(256, rfc3986Length(text), text));
  }

  @Test
  void invitesWithContextAtTheLimitAreValidAndOverItAreNot() {
    for (ContextCharacters characters : ContextCharacters.values()) {
      qt().withFixedSeed(5L).withExamples(30).forAll(HandleBodies.inviteWithContext(Fixture.anySession(), characters, 256))
          .checkAssert(body -> assertTrue(VALIDATOR.validateRequest(body.body()).isValid(), body::toString));
      qt().withFixedSeed(5L).withExamples(30).forAll(HandleBodies.inviteWithContext(Fixture.anySession(), characters, 257))
          .checkAssert(body -> assertEquals(List.of("context.too-long"),
              VALIDATOR.validateRequest(body.body()).errors().stream().map(Violation::ruleId).toList(), body::toString));
    }
  }

  @Test
  void invalidByRuleIdOnlyBreaksThatRule() {
    qt().withFixedSeed(11L).withExamples(100).forAll(HandleBodies.invalid(Fixture.anySession(), "xuid.format"))
        .checkAssert(body -> assertEquals(Optional.of("/invitedXuid"), body.pointer()));
  }

  /** An oracle independent of the code under test: Java's form encoder, corrected to RFC 3986. */
  private static int rfc3986Length(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~").length();
  }
}
