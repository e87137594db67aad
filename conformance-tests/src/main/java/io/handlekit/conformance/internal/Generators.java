package io.handlekit.conformance.internal;

import io.handlekit.conformance.Fixture;
import io.handlekit.conformance.ValidBody;
import org.quicktheories.core.Gen;

/** Valid trees written as bodies, members in a generated order. */
public final class Generators {
  private Generators() {}

  static Gen<ValidBody> write(Gen<Tree> trees) {
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

  public static Gen<ValidBody> inviteWithContext(Fixture fixture, Gen<String> context) {
    Gen<Tree> invites = ValidTrees.invite(fixture, false);
    return write(rs -> {
      Tree tree = invites.generate(rs);
      tree.inviteAttributes().put("context", context.generate(rs));
      return tree;
    });
  }
}
