package io.handlekit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The suite's public classes of context characters are the testkit's, which build the contexts, one for one. */
class ContextCharactersTest {

  @Test
  void sameClassesWidthsAndSamplesAsTheTestkit() {
    assertEquals(Arrays.stream(io.handlekit.testkit.ContextCharacters.values()).map(Enum::name).toList(),
        Arrays.stream(ContextCharacters.values()).map(Enum::name).toList());
    for (ContextCharacters characters : ContextCharacters.values()) {
      io.handlekit.testkit.ContextCharacters same = io.handlekit.testkit.ContextCharacters.valueOf(characters.name());
      assertEquals(same.encodedWidth(), characters.encodedWidth(), characters.name());
      assertEquals(same.sample(), characters.sample(), characters.name());
    }
  }
}
