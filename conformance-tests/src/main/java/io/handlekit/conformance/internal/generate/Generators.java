package io.handlekit.conformance.internal.generate;

import io.handlekit.conformance.Fixture;
import io.handlekit.conformance.ValidBody;
import io.handlekit.core.HandleType;
import io.handlekit.core.PropertyNames;
import org.quicktheories.core.Gen;

/**
 * Valid trees written as bodies, members in a generated order.
 *
 * <p>Internal: public only because {@code HandleBodies} and the checks use it; not API.
 */
public final class Generators {
  private Generators() {}

  private static Gen<ValidBody> write(Gen<Tree> trees) {
    return rs -> {
      Tree tree = trees.generate(rs);
      return new ValidBody(tree.type(), JsonText.bytes(JsonText.reorder(tree.root(), rs)));
    };
  }

  public static Gen<ValidBody> activity(Fixture fixture, boolean extras) {
    return write(ValidTrees.activity(fixture, extras));
  }

  public static Gen<ValidBody> activityWithoutName(Fixture fixture) {
    return write(ValidTrees.activityWithoutName(fixture));
  }

  public static Gen<ValidBody> invite(Fixture fixture, boolean extras) {
    return write(ValidTrees.invite(fixture, extras));
  }

  public static Gen<ValidBody> withUnknownProperty(Fixture fixture) {
    return write(ValidTrees.withUnknownProperty(fixture));
  }

  /** Valid bodies of both types, unknown extra properties added when {@code extras}. */
  public static Gen<ValidBody> any(Fixture fixture, boolean extras) {
    return write(ValidTrees.any(fixture, extras));
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
  private static Gen<ValidBody> inviteWith(Fixture fixture, java.util.function.BiConsumer<Tree, org.quicktheories.core.RandomnessSource> change) {
    Gen<Tree> invites = ValidTrees.invite(fixture, false);
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
    Gen<Tree> trees = ValidTrees.any(fixture, false);
    Gen<Integer> which = org.quicktheories.generators.Generate.range(0, 5);
    return write(rs -> {
      Tree tree = trees.generate(rs).copy();
      switch (which.generate(rs)) {
        case 0 -> tree.root().put(InvalidCases.otherCase(PropertyNames.VERSION).generate(rs), 2);
        case 1 -> tree.root().put(InvalidCases.otherCase(PropertyNames.TYPE).generate(rs),
            (tree.isInvite() ? HandleType.ACTIVITY : HandleType.INVITE).wireName());
        case 2 -> tree.root().put(InvalidCases.otherCase(PropertyNames.SESSION_REF).generate(rs), "not a session");
        case 3 -> tree.sessionRef().put(InvalidCases.otherCase(PropertyNames.SCID).generate(rs), "MockScid");
        case 4 -> tree.sessionRef().put(InvalidCases.otherCase(PropertyNames.TEMPLATE_NAME).generate(rs), "");
        default -> {
          if (tree.isInvite()) {
            tree.inviteAttributes().put(InvalidCases.otherCase(PropertyNames.TITLE_ID).generate(rs), "not a title");
          } else {
            tree.root().put("Version", "1");
          }
        }
      }
      return tree;
    });
  }

  public static Gen<ValidBody> inviteWithContext(Fixture fixture, Gen<String> context) {
    Gen<Tree> invites = ValidTrees.invite(fixture, false);
    return write(rs -> {
      Tree tree = invites.generate(rs);
      tree.inviteAttributes().put(PropertyNames.CONTEXT, context.generate(rs));
      return tree;
    });
  }
}
