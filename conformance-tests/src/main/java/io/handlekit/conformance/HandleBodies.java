package io.handlekit.conformance;

import io.handlekit.core.ContextCharacters;
import io.handlekit.conformance.internal.generate.BodyCase;
import io.handlekit.conformance.internal.generate.Examples;
import io.handlekit.conformance.internal.generate.Generators;
import io.handlekit.conformance.internal.generate.HostileCases;
import java.util.List;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The body generators of the suite, as plain Java streams for tests of one's own, whatever test library they use.
 *
 * <p>Each method takes a seed and returns an endless, ordered stream: the same arguments and seed give the same
 * bodies in the same order, so a test that names its seed when it fails can be replayed. A stream starts at the
 * bounds of every choice, the plainest body first (optional fields left out, names short and ASCII, members in the
 * usual order), then roams the whole space; a body may come more than once. Take what you need with
 * {@link Stream#limit}:
 *
 * <pre>{@code
 * long seed = 42;
 * HandleBodies.validInvite(Fixture.anySession(), seed).limit(200)
 *     .forEach(body -> assertEquals(201, post(body.body()), () -> "seed " + seed + ": " + body));
 * }</pre>
 *
 * or return such a stream from the {@code @MethodSource} of a JUnit parameterized test. Unlike the suite's own
 * checks, which shrink a failing body to the plainest one that still fails, a stream does not shrink.
 */
public final class HandleBodies {
  private HandleBodies() {}

  /**
   * Valid activity bodies: the session's name present or absent, GUID letter case varied, unknown extra
   * properties at every level sometimes, members in any order.
   */
  public static Stream<ValidBody> validActivity(Fixture fixture, long seed) {
    return Examples.stream(Generators.activity(fixture, true), seed);
  }

  /**
   * Valid invite bodies: {@code id}, {@code context}, {@code contextString} and {@code senderString} present or
   * absent, titleId as a string (or, less often, as an integer: valid, with an informational note), contexts up to
   * exactly 256 encoded characters, unknown extra properties sometimes, members in any order.
   */
  public static Stream<ValidBody> validInvite(Fixture fixture, long seed) {
    return Examples.stream(Generators.invite(fixture, true), seed);
  }

  /** Valid bodies of both types. */
  public static Stream<ValidBody> valid(Fixture fixture, long seed) {
    return Examples.stream(Generate.oneOf(Generators.activity(fixture, true), Generators.invite(fixture, true)), seed);
  }

  /** Valid bodies that carry at least one unknown property (servers must ignore it). */
  public static Stream<ValidBody> withUnknownProperty(Fixture fixture, long seed) {
    return Examples.stream(Generators.withUnknownProperty(fixture), seed);
  }

  /**
   * Valid invite bodies whose {@code inviteAttributes.context} has a URI-encoded length of exactly
   * {@code encodedLength} (at most 256 keeps them valid), made of {@code characters} padded with unreserved ASCII.
   */
  public static Stream<ValidBody> inviteWithContext(Fixture fixture, ContextCharacters characters, int encodedLength,
      long seed) {
    return Examples.stream(Generators.inviteWithContext(fixture, Generators.context(characters, encodedLength)), seed);
  }

  /** Context values of URI-encoded length exactly {@code encodedLength}, of one class of characters plus padding. */
  public static Stream<String> context(ContextCharacters characters, int encodedLength, long seed) {
    return Examples.stream(Generators.context(characters, encodedLength), seed);
  }

  /** Invalid bodies of every kind the suite knows, each breaking exactly one rule, labelled with it. */
  public static Stream<LabelledBody> invalid(Fixture fixture, long seed) {
    return Examples.stream(oneOf(Generators.invalid(fixture)), seed);
  }

  /**
   * Invalid bodies breaking the rule with {@code ruleId} only.
   *
   * @throws IllegalArgumentException when no generator breaks that rule
   */
  public static Stream<LabelledBody> invalid(Fixture fixture, String ruleId, long seed) {
    List<BodyCase> cases = Generators.invalid(fixture).stream().filter(c -> c.ruleId().equals(ruleId)).toList();
    if (cases.isEmpty()) {
      throw new IllegalArgumentException("no generator breaks the rule \"" + ruleId + "\"");
    }
    return Examples.stream(oneOf(cases), seed);
  }

  /**
   * Bodies that are not one strict JSON object in UTF-8: comments, trailing commas, duplicate keys, truncation,
   * not JSON, not an object, invalid UTF-8, UTF-16, the seed document's broken samples, an empty body.
   */
  public static Stream<LabelledBody> malformed(Fixture fixture, long seed) {
    return Examples.stream(oneOf(Generators.malformed(fixture)), seed);
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
