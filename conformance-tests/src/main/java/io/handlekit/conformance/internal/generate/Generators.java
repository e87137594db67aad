package io.handlekit.conformance.internal.generate;

import io.handlekit.core.ContextCharacters;
import io.handlekit.conformance.Fixture;
import io.handlekit.conformance.LabelledBody;
import io.handlekit.conformance.ValidBody;
import io.handlekit.core.HandleType;
import io.handlekit.core.PropertyNames;
import io.handlekit.testkit.BrokenRule;
import io.handlekit.testkit.BrokenRules;
import io.handlekit.testkit.ContextStrings;
import io.handlekit.testkit.FixedSession;
import io.handlekit.testkit.JsonText;
import io.handlekit.testkit.MalformedBodies;
import io.handlekit.testkit.MalformedCase;
import io.handlekit.testkit.Tree;
import io.handlekit.testkit.ValidTrees;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * The testkit's generators and catalogue, as the suite sends them: valid trees written as bodies, members in a
 * generated order; the cases a server must reject as {@link BodyCase}s of {@link LabelledBody}s.
 *
 * <p>Internal: public only because {@code HandleBodies} and the checks use it; not API.
 */
public final class Generators {
  private Generators() {}

  /** The testkit's valid trees naming the fixture's session. */
  static ValidTrees trees(Fixture fixture) {
    if (fixture instanceof Fixture.Session s) {
      return ValidTrees.of(new FixedSession(s.scid(), s.templateName(), s.sessionName(), s.invitedXuids(), s.titleIds()));
    }
    return ValidTrees.anySession();
  }

  private static Gen<ValidBody> write(Gen<Tree> trees) {
    return rs -> {
      Tree tree = trees.generate(rs);
      return new ValidBody(tree.type(), JsonText.bytes(JsonText.reorder(tree.root(), rs)));
    };
  }

  public static Gen<ValidBody> activity(Fixture fixture, boolean extras) {
    return write(trees(fixture).activity(extras));
  }

  public static Gen<ValidBody> activityWithoutName(Fixture fixture) {
    return write(trees(fixture).activityWithoutName());
  }

  public static Gen<ValidBody> invite(Fixture fixture, boolean extras) {
    return write(trees(fixture).invite(extras));
  }

  public static Gen<ValidBody> withUnknownProperty(Fixture fixture) {
    return write(trees(fixture).withUnknownProperty());
  }

  /** Valid bodies of both types, unknown extra properties added when {@code extras}. */
  public static Gen<ValidBody> any(Fixture fixture, boolean extras) {
    return write(trees(fixture).any(extras));
  }

  /** Valid invites whose {@code invitedXuid} is drawn from {@code xuids} (which must hold valid XUIDs). */
  public static Gen<ValidBody> inviteWithXuid(Fixture fixture, Gen<String> xuids) {
    return inviteWith(fixture, (t, rs) -> t.root().put(PropertyNames.INVITED_XUID, xuids.generate(rs)));
  }

  /**
   * Valid invites whose {@code titleId} is drawn from {@code titleIds} (which must be in range), written as a
   * string when {@code asString}, else as a JSON integer.
   */
  public static Gen<ValidBody> inviteWithTitleId(Fixture fixture, Gen<Long> titleIds, boolean asString) {
    return asString
        ? inviteWith(fixture, (t, rs) -> t.inviteAttributes().put(PropertyNames.TITLE_ID, Long.toString(titleIds.generate(rs))))
        : inviteWith(fixture, (t, rs) -> t.inviteAttributes().put(PropertyNames.TITLE_ID, titleIds.generate(rs)));
  }

  /** Valid invites changed by {@code change} (which must keep them valid): the edges of the valid space. */
  private static Gen<ValidBody> inviteWith(Fixture fixture, BiConsumer<Tree, RandomnessSource> change) {
    Gen<Tree> invites = trees(fixture).invite(false);
    return write(rs -> {
      Tree tree = invites.generate(rs).copy();
      change.accept(tree, rs);
      return tree;
    });
  }

  /**
   * Valid bodies that also carry an unknown property whose name is a known one in another letter case
   * ({@code Version}, {@code SESSIONREF}...), with a value that would break the contract if it were the known one:
   * a server matching names case-insensitively rejects them, or worse, reads them.
   */
  public static Gen<ValidBody> withCaseVariantProperty(Fixture fixture) {
    Gen<Tree> trees = trees(fixture).any(false);
    Gen<Integer> which = Generate.range(0, 5);
    return write(rs -> {
      Tree tree = trees.generate(rs).copy();
      switch (which.generate(rs)) {
        case 0 -> tree.root().put(BrokenRules.otherCase(PropertyNames.VERSION).generate(rs), 2);
        case 1 -> tree.root().put(BrokenRules.otherCase(PropertyNames.TYPE).generate(rs),
            (tree.isInvite() ? HandleType.ACTIVITY : HandleType.INVITE).wireName());
        case 2 -> tree.root().put(BrokenRules.otherCase(PropertyNames.SESSION_REF).generate(rs), "not a session");
        case 3 -> tree.sessionRef().put(BrokenRules.otherCase(PropertyNames.SCID).generate(rs), "MockScid");
        case 4 -> tree.sessionRef().put(BrokenRules.otherCase(PropertyNames.TEMPLATE_NAME).generate(rs), "");
        default -> {
          if (tree.isInvite()) {
            tree.inviteAttributes().put(BrokenRules.otherCase(PropertyNames.TITLE_ID).generate(rs), "not a title");
          } else {
            tree.root().put("Version", "1");
          }
        }
      }
      return tree;
    });
  }

  public static Gen<ValidBody> inviteWithContext(Fixture fixture, Gen<String> context) {
    Gen<Tree> invites = trees(fixture).invite(false);
    return write(rs -> {
      Tree tree = invites.generate(rs);
      tree.inviteAttributes().put(PropertyNames.CONTEXT, context.generate(rs));
      return tree;
    });
  }

  /** Context values of URI-encoded length exactly {@code target}, of one class of characters plus padding. */
  public static Gen<String> context(ContextCharacters characters, int target) {
    return ContextStrings.exact(characters, target);
  }

  /** Context values of URI-encoded length exactly {@code target}, mixing every class. */
  public static Gen<String> mixedContext(int target) {
    return ContextStrings.mixed(target);
  }

  /** The catalogue's bodies that break one rule of the contract and that a server must reject, in a stable order. */
  public static List<BodyCase> invalid(Fixture fixture) {
    return BrokenRules.all(trees(fixture)).stream().filter(BrokenRule::rejectedByServers)
        .map(c -> new BodyCase(c.name(), c.ruleId(), c.bodies().map(
            b -> new LabelledBody(b.ruleId(), Optional.of(b.pointer()), b.bytes()))))
        .toList();
  }

  /** The catalogue's bodies that are not one strict JSON object in UTF-8 and that a server must reject. */
  public static List<BodyCase> malformed(Fixture fixture) {
    return MalformedBodies.all(trees(fixture)).stream().filter(MalformedCase::rejectedByServers)
        .map(c -> new BodyCase(c.name(), c.ruleId(), c.bodies().map(
            b -> new LabelledBody(b.ruleId(), b.pointer(), b.bytes()))))
        .toList();
  }
}
