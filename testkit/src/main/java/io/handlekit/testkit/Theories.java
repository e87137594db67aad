package io.handlekit.testkit;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.ExceptionReporter;
import org.quicktheories.core.Reporter;

/**
 * The entry point of every property test: QuickTheories with a seed that is printed whenever the property fails
 * (or its generators give up), and that can be given back to rerun it exactly:
 * {@code ./mvnw -B -pl validator -am verify -Dtest=ValidatorPropertiesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dhandlekit.seed=<seed>}. Without the property each run draws a fresh seed.
 */
public final class Theories {
  /** The system property that fixes the seed of every property test in the run. */
  public static final String SEED_PROPERTY = "handlekit.seed";

  private Theories() {}

  /** {@code QuickTheory.qt()} with the run's seed and a reporter that names it. */
  public static QuickTheory qt() {
    String fixed = System.getProperty(SEED_PROPERTY);
    return qt(fixed == null || fixed.isBlank() ? ThreadLocalRandom.current().nextLong() : Long.parseLong(fixed.strip()));
  }

  /** {@code QuickTheory.qt()} with {@code seed} and a reporter that names it. */
  public static QuickTheory qt(long seed) {
    return QuickTheory.qt().withFixedSeed(seed).withReporter(new SeedReporter(seed));
  }

  /** QuickTheories' own report, with the seed and how to rerun it added to every failure. */
  static final class SeedReporter implements Reporter {
    private final long seed;
    private final ExceptionReporter delegate = new ExceptionReporter();

    SeedReporter(long seed) {
      this.seed = seed;
    }

    String rerun() {
      return "Seed " + seed + ": rerun with -D" + SEED_PROPERTY + "=" + seed;
    }

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest, Throwable cause, List<Object> other,
        AsString<Object> toString) {
      try {
        delegate.falisification(seed, examplesUsed, smallest, cause, other, toString);
      } catch (AssertionError failure) {
        throw new AssertionError(rerun() + "\n" + failure.getMessage(), cause);
      }
    }

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest, List<Object> other, AsString<Object> toString) {
      try {
        delegate.falisification(seed, examplesUsed, smallest, other, toString);
      } catch (AssertionError failure) {
        throw new AssertionError(rerun() + "\n" + failure.getMessage());
      }
    }

    @Override
    public void valuesExhausted(int examplesUsed) {
      throw new IllegalStateException(rerun() + "\nGave up after finding only " + examplesUsed
          + " example(s) matching the assumptions: generate the values constructively instead of filtering them");
    }
  }
}
