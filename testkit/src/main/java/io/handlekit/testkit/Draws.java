package io.handlekit.testkit;

import static org.quicktheories.generators.SourceDSL.longs;

import io.handlekit.core.ContractLimits;
import java.util.List;
import java.util.Locale;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The small generators the body generators are made of. Each shrinks towards the plainest value (lower case, the
 * first choice, the shortest length), so a shrunk failing body is as readable as the failure allows.
 */
final class Draws {
  static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
  static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  /** A sort key per member; shrinks to 0, i.e. to the order the builder wrote. */
  static final Gen<Integer> ORDER = Generate.range(0, 9);

  private static final Gen<Long> CASE_MASK = Generate.frequency(List.of(
      Pair.of(3, Generate.constant(0L)), Pair.of(1, Generate.constant(-1L)), Pair.of(2, longs().all())));

  /**
   * Long strings draw one seed rather than one value per character: QuickTheories records (and hashes) every
   * draw, and a 256-character string drawn character by character costs more than the request that sends it.
   * Seed 0, where shrinking ends, is the plainest string ({@code aaa...}); the length shrinks on its own.
   */
  static final Gen<Long> SEED = longs().between(0, Long.MAX_VALUE);

  // Weights of the scripts in mixed text: mostly ASCII, then Latin-1, Hangul, CJK, emoji, CJK extension B, and the
  // whole Unicode range from the space up (the last, its surrogates skipped: it stops 0x800 short and steps over them).
  private static final int[][] SCRIPTS = {
      {0x61, 0x7A, 4}, {0x30, 0x39, 1}, {0x41, 0x5A, 1}, {0x20, 0x7E, 2}, {0xA1, 0xFF, 1}, {0xAC00, 0xD7A3, 1},
      {0x4E00, 0x9FFF, 1}, {0x1F600, 0x1F64F, 2}, {0x20000, 0x2A6DF, 1}, {0x20, 0x10FFFF - 0x800, 1}};
  private static final int[] WHOLE_RANGE = SCRIPTS[SCRIPTS.length - 1];
  private static final int SCRIPT_WEIGHT = java.util.Arrays.stream(SCRIPTS).mapToInt(s -> s[2]).sum();
  private static final Gen<Boolean> ONE_SCRIPT = Generate.frequency(List.of(
      Pair.of(3, Generate.constant(false)), Pair.of(1, Generate.constant(true))));

  private Draws() {}

  /** A GUID, its hex letters in lower, upper or mixed case. */
  static Gen<String> guid() {
    Gen<io.handlekit.core.Guid> guids = ModelGenerators.guids();
    return rs -> withCase(guids.generate(rs).toString(), CASE_MASK.generate(rs));
  }

  /** {@code guid} with its letters' case taken from the bits of {@code mask}. */
  static String withCase(String guid, long mask) {
    StringBuilder out = new StringBuilder(guid.length());
    for (int i = 0; i < guid.length(); i++) {
      char c = guid.charAt(i);
      boolean upper = ((mask >>> (i % 64)) & 1) == 1;
      out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return out.toString();
  }

  /** The scid of {@code guid} in a generated letter case. */
  static Gen<String> caseOf(String guid) {
    String lower = guid.toLowerCase(Locale.ROOT);
    return rs -> withCase(lower, CASE_MASK.generate(rs));
  }

  /** A string of exactly {@code length} code points, mixed scripts or one script (100 emoji is a valid name). */
  static Gen<String> text(int length) {
    return rs -> {
      boolean oneScript = ONE_SCRIPT.generate(rs);
      long seed = SEED.generate(rs);
      if (seed == 0) {
        return "a".repeat(length);
      }
      java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
      int[] only = oneScript ? script(random) : null;
      StringBuilder out = new StringBuilder(length * 2);
      for (int i = 0; i < length; i++) {
        int[] range = only != null ? only : script(random);
        int codePoint = range[0] + random.nextInt(range[1] - range[0] + 1);
        out.appendCodePoint(range == WHOLE_RANGE && codePoint >= Character.MIN_SURROGATE ? codePoint + 0x800 : codePoint);
      }
      return out.toString();
    };
  }

  private static int[] script(java.util.SplittableRandom random) {
    int pick = random.nextInt(SCRIPT_WEIGHT);
    for (int[] script : SCRIPTS) {
      pick -= script[2];
      if (pick < 0) {
        return script;
      }
    }
    return SCRIPTS[0];
  }

  /** {@code length} characters of {@code alphabet} chosen by {@code seed}; seed 0 repeats the first. */
  static String of(String alphabet, int length, long seed) {
    if (seed == 0) {
      return String.valueOf(alphabet.charAt(0)).repeat(length);
    }
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  /** A session or template name: 1 to 100 code points, the bounds often. */
  static Gen<String> name() {
    Gen<Integer> length = Generate.frequency(List.of(
        Pair.of(6, Generate.range(1, 24)), Pair.of(2, Generate.range(25, 100)),
        Pair.of(1, Generate.constant(100)), Pair.of(1, Generate.constant(1))));
    return length.flatMap(Draws::text);
  }

  /** Alphanumeric ASCII of {@code min} to {@code max} characters. */
  static Gen<String> alnum(int min, int max) {
    Gen<Integer> length = Generate.range(min, max);
    return rs -> of(ALNUM, length.generate(rs), SEED.generate(rs));
  }

  /** A XUID: a decimal uint64 from 1 to 2^64-1, the bounds often. */
  static Gen<String> xuid() {
    Gen<String> any = ModelGenerators.xuids().map(Object::toString);
    return Generate.frequency(List.of(Pair.of(6, any), Pair.of(1, Generate.constant("1")),
        Pair.of(1, Generate.constant(ContractLimits.MAX_XUID_TEXT)), Pair.of(1, longs().between(1, 1_000_000).map(v -> String.valueOf(v)))));
  }

  /** A title id value, 0 to 4294967295. */
  static Gen<Long> titleId() {
    return Generate.frequency(List.of(Pair.of(6, ModelGenerators.titleIds().map(io.handlekit.core.TitleId::value)),
        Pair.of(1, Generate.constant(ContractLimits.MIN_TITLE_ID)), Pair.of(1, Generate.constant(ContractLimits.MAX_TITLE_ID))));
  }
}
