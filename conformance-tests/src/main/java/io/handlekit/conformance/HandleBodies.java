package io.handlekit.conformance;

import io.handlekit.conformance.internal.generate.BodyCase;
import io.handlekit.conformance.internal.generate.ContextStrings;
import io.handlekit.conformance.internal.generate.Generators;
import io.handlekit.conformance.internal.generate.HostileCases;
import io.handlekit.conformance.internal.generate.InvalidCases;
import io.handlekit.conformance.internal.generate.MalformedCases;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The body generators of the suite, as QuickTheories {@link Gen}s for tests of one's own. Every generator shrinks:
 * a failing body shrinks towards the plainest one that still fails (optional fields dropped, names short and
 * ASCII, members in the usual order).
 *
 * <pre>{@code
 * qt().forAll(HandleBodies.validInvite(Fixture.anySession()))
 *     .checkAssert(body -> assertEquals(201, post(body.body())));
 * }</pre>
 */
public final class HandleBodies {
  private HandleBodies() {}

  /**
   * Valid activity bodies: the session's name present or absent, GUID letter case varied, unknown extra
   * properties at every level sometimes, members in any order.
   */
  public static Gen<ValidBody> validActivity(Fixture fixture) {
    return Generators.activity(fixture, true);
  }

  /**
   * Valid invite bodies: {@code id}, {@code context}, {@code contextString} and {@code senderString} present or
   * absent, titleId as a string (or, less often, as an integer: valid, with an informational note), contexts up to
   * exactly 256 encoded characters, unknown extra properties sometimes, members in any order.
   */
  public static Gen<ValidBody> validInvite(Fixture fixture) {
    return Generators.invite(fixture, true);
  }

  /** Valid bodies of both types. */
  public static Gen<ValidBody> valid(Fixture fixture) {
    return Generate.oneOf(validActivity(fixture), validInvite(fixture));
  }

  /** Valid bodies that carry at least one unknown property (servers must ignore it). */
  public static Gen<ValidBody> withUnknownProperty(Fixture fixture) {
    return Generators.withUnknownProperty(fixture);
  }

  /**
   * Valid invite bodies whose {@code inviteAttributes.context} has a URI-encoded length of exactly
   * {@code encodedLength} (at most 256 keeps them valid), made of {@code characters} padded with unreserved ASCII.
   */
  public static Gen<ValidBody> inviteWithContext(Fixture fixture, ContextCharacters characters, int encodedLength) {
    return Generators.inviteWithContext(fixture, ContextStrings.exact(characters, encodedLength));
  }

  /** Context values of URI-encoded length exactly {@code encodedLength}, of one class of characters plus padding. */
  public static Gen<String> context(ContextCharacters characters, int encodedLength) {
    return ContextStrings.exact(characters, encodedLength);
  }

  /** Invalid bodies of every kind the suite knows, each breaking exactly one rule, labelled with it. */
  public static Gen<LabelledBody> invalid(Fixture fixture) {
    return oneOf(InvalidCases.all(fixture));
  }

  /** Invalid bodies breaking the rule with {@code ruleId} only. */
  public static Gen<LabelledBody> invalid(Fixture fixture, String ruleId) {
    List<BodyCase> cases = InvalidCases.all(fixture).stream().filter(c -> c.ruleId().equals(ruleId)).toList();
    if (cases.isEmpty()) {
      throw new IllegalArgumentException("no generator breaks the rule \"" + ruleId + "\"");
    }
    return oneOf(cases);
  }

  /**
   * Bodies that are not one strict JSON object in UTF-8: comments, trailing commas, duplicate keys, truncation,
   * not JSON, not an object, invalid UTF-8, UTF-16, the seed document's broken samples, an empty body.
   */
  public static Gen<LabelledBody> malformed(Fixture fixture) {
    return oneOf(MalformedCases.all(fixture));
  }

  /** Bodies of at least 16 MiB, made as they are read. */
  public static List<HostileBody> large() {
    return HostileCases.large();
  }

  /** Bodies nested at least 10 000 levels deep. */
  public static List<HostileBody> deep() {
    return HostileCases.deep();
  }

  private static Gen<LabelledBody> oneOf(List<BodyCase> cases) {
    List<Gen<LabelledBody>> gens = cases.stream().map(BodyCase::bodies).toList();
    return Generate.pick(gens).flatMap(g -> g);
  }
}
