package io.handlekit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import io.handlekit.core.Xuid;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A property test that fails says its seed, and the same seed generates the same examples again. */
class TheoriesTest {

  @Test
  void aFalsifiedPropertyNamesItsSeedAndHowToRerunIt() {
    AssertionError failure = assertThrows(AssertionError.class,
        () -> Theories.qt(42).forAll(integers().all()).checkAssert(i -> assertTrue(i < 0 || i > 1000)));
    assertTrue(failure.getMessage().contains("Seed 42: rerun with -D" + Theories.SEED_PROPERTY + "=42"), failure.getMessage());
    assertTrue(failure.getMessage().contains("Property falsified"), failure.getMessage());
  }

  @Test
  void generatorsThatGiveUpNameTheSeedToo() {
    IllegalStateException failure = assertThrows(IllegalStateException.class,
        () -> Theories.qt(7).forAll(integers().all().assuming(i -> false)).checkAssert(i -> {}));
    assertTrue(failure.getMessage().startsWith("Seed 7: rerun with -D" + Theories.SEED_PROPERTY + "=7"), failure.getMessage());
  }

  @Test
  void theSameSeedGeneratesTheSameExamples() {
    List<Integer> first = new ArrayList<>();
    List<Integer> second = new ArrayList<>();
    Theories.qt(123).withExamples(50).forAll(integers().all()).checkAssert(first::add);
    Theories.qt(123).withExamples(50).forAll(integers().all()).checkAssert(second::add);
    assertEquals(first, second);
    assertEquals(50, first.size());
  }

  @Test
  void xuidsAreGeneratedWithoutAssumptions() {
    // No example is filtered away: every seed yields as many XUIDs as asked for, none of them 0.
    for (long seed = 0; seed < 20; seed++) {
      List<Xuid> xuids = new ArrayList<>();
      Theories.qt(seed).withExamples(200).forAll(ModelGenerators.xuids()).checkAssert(xuids::add);
      assertEquals(200, xuids.size());
    }
  }
}
