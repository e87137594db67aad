package io.handlekit.conformance.internal.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Configuration;
import org.quicktheories.core.Gen;
import org.quicktheories.core.NoGuidance;
import org.quicktheories.core.Reporter;
import org.quicktheories.core.Strategy;

/**
 * Values of a generator drawn outside a property: QuickTheories hands out values only to the properties it runs,
 * so this runs one whose property always holds and keeps what it was given. The values are the examples such a
 * run tries, in its order: the bounds of every draw first, then random ones, none twice within a run.
 *
 * <p>Internal: public only because {@code HandleBodies} and the checks use it; not API.
 */
public final class Examples {
  /** The examples drawn per run behind a stream. */
  static final int BATCH = 100;
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  // The property always holds, so nothing is ever reported.
  private static final Reporter SILENT = new Reporter() {
    @Override
    public void falisification(long seed, int examples, Object smallest, Throwable cause, List<Object> others,
        AsString<Object> toString) {}

    @Override
    public void falisification(long seed, int examples, Object smallest, List<Object> others,
        AsString<Object> toString) {}

    @Override
    public void valuesExhausted(int examples) {}
  };

  private Examples() {}

  /**
   * The values one run of at most {@code examples} examples draws with {@code seed}, in order: fewer when the
   * generator has fewer distinct values.
   */
  public static <T> List<T> drawn(Gen<T> gen, long seed, int examples) {
    List<T> out = new ArrayList<>();
    Strategy strategy = new Strategy(Configuration.defaultPRNG(seed), examples, -1, 0, 10, SILENT,
        prng -> new NoGuidance());
    QuickTheory.qt(() -> strategy).forAll(gen).check(value -> out.add(value) || true);
    return out;
  }

  /**
   * An endless, ordered stream of the values of {@code gen}: runs of {@value #BATCH} examples one after the other,
   * each with a seed of its own derived from {@code seed} and its index, so the same seed gives the same stream. A
   * value may come again in a later run (each run starts at the bounds of every draw).
   */
  public static <T> Stream<T> stream(Gen<T> gen, long seed) {
    return LongStream.iterate(0, batch -> batch + 1)
        .mapToObj(batch -> drawn(gen, new SplittableRandom(seed + batch * GOLDEN_GAMMA).nextLong(), BATCH))
        .flatMap(List::stream);
  }
}
