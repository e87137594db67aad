package io.handlekit.testkit;

import io.handlekit.core.ContextCharacters;
import io.handlekit.core.ContractLimits;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Values of {@code inviteAttributes.context} of an exact URI-encoded length (RFC 3986 over UTF-8, only
 * {@code A-Z a-z 0-9 - . _ ~} literal), built from one class of characters padded with unreserved ASCII, or from
 * a mix of all classes. Not every class reaches every length alone (a 4-byte character counts 12), hence the
 * padding.
 */
public final class ContextStrings {
  private static final Gen<Boolean> MOSTLY = Generate.frequency(List.of(
      Pair.of(3, Generate.constant(true)), Pair.of(2, Generate.constant(false))));

  private ContextStrings() {}

  /** The characters of each class the generators draw from. */
  static List<String> pool(ContextCharacters characters) {
    return switch (characters) {
      case UNRESERVED -> Draws.UNRESERVED.codePoints().mapToObj(Character::toString).toList();
      case SPACE -> List.of(" ");
      case TWO_BYTE -> List.of("é", "ñ", "ü", "ß", "ж", "Ω");
      case THREE_BYTE -> List.of("한", "글", "中", "あ", "€");
      case FOUR_BYTE -> List.of("😀", "🎮", "𝄞", "𠜎");
    };
  }

  /** A string of encoded length exactly {@code target}: as many characters of the class as fit, or fewer, plus padding. */
  public static Gen<String> exact(ContextCharacters characters, int target) {
    int width = characters.encodedWidth();
    int most = target / width;
    Gen<Integer> fewer = Generate.range(Math.min(1, most), most);
    List<String> members = pool(characters);
    return rs -> {
      // As many as fit (so 256 is reached with the least padding) more often than fewer; shrinks to "as many".
      int k = MOSTLY.generate(rs) ? most : fewer.generate(rs);
      long seed = Draws.SEED.generate(rs);
      java.util.SplittableRandom random = seed == 0 ? null : new java.util.SplittableRandom(seed);
      List<String> tokens = new ArrayList<>(k + target - k * width);
      for (int i = 0; i < k; i++) {
        tokens.add(random == null ? members.get(0) : members.get(random.nextInt(members.size())));
      }
      pad(tokens, target - k * width, random);
      return joined(tokens, random);
    };
  }

  /** A string of encoded length exactly {@code target} mixing every class. */
  public static Gen<String> mixed(int target) {
    ContextCharacters[] classes = ContextCharacters.values();
    List<String> reserved = List.of("&", "=", "/", "?", "%", "+", ":", "!");
    return rs -> {
      long seed = Draws.SEED.generate(rs);
      java.util.SplittableRandom random = seed == 0 ? null : new java.util.SplittableRandom(seed);
      List<String> tokens = new ArrayList<>();
      int remaining = target;
      // Bounded: every round takes at least 1 from remaining. Seed 0 (shrunk) is padding only.
      while (random != null && remaining >= 12) {
        ContextCharacters c = classes[random.nextInt(classes.length)];
        if (c == ContextCharacters.SPACE && random.nextBoolean()) {
          tokens.add(reserved.get(random.nextInt(reserved.size()))); // other reserved ASCII count 3 like the space
        } else {
          List<String> members = pool(c);
          tokens.add(members.get(random.nextInt(members.size())));
        }
        remaining -= c.encodedWidth();
      }
      pad(tokens, remaining, random);
      return joined(tokens, random);
    };
  }

  /** A valid context of any length up to the limit, the limit itself often. */
  public static Gen<String> valid() {
    Gen<Integer> length = Generate.frequency(List.of(Pair.of(3, Generate.range(0, 40)),
        Pair.of(1, Generate.range(41, ContractLimits.MAX_CONTEXT_LENGTH)),
        Pair.of(2, Generate.constant(ContractLimits.MAX_CONTEXT_LENGTH))));
    Gen<Boolean> oneClass = Generate.booleans();
    Gen<ContextCharacters> classes = Generate.enumValues(ContextCharacters.class);
    return rs -> {
      int target = length.generate(rs);
      return oneClass.generate(rs) && target >= 12 ? exact(classes.generate(rs), target).generate(rs) : mixed(target).generate(rs);
    };
  }

  private static void pad(List<String> tokens, int count, java.util.SplittableRandom random) {
    for (int i = 0; i < count; i++) {
      tokens.add(random == null ? "a" : String.valueOf(Draws.UNRESERVED.charAt(random.nextInt(Draws.UNRESERVED.length()))));
    }
  }

  /** The tokens shuffled by {@code random}, or in the order built when there is none (the shrunk form). */
  private static String joined(List<String> tokens, java.util.SplittableRandom random) {
    if (random != null) {
      for (int i = tokens.size() - 1; i > 0; i--) {
        java.util.Collections.swap(tokens, i, random.nextInt(i + 1));
      }
    }
    return String.join("", tokens);
  }
}
